/**
 * Stage 2: the immutable {@link org.commentary.site.SiteModel} a collection reads into, and the
 * {@link org.commentary.site.CollectionReader} that re-reads only what changed; the build settings.
 */
package org.commentary.site;
