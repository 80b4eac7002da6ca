/**
 * Stage 1 of the pipeline: where a collection's sources are ({@link org.commentary.source.SourceFolders})
 * and the one walk over them ({@link org.commentary.source.SourceTree}) that the build, {@code check}
 * and {@code serve} share.
 */
package org.commentary.source;
