/**
 * One content file from disk to a checked {@link org.commentary.content.ContentFile}: header,
 * metadata, body conversion (remembered between builds by {@link org.commentary.content.BodyCache}).
 */
package org.commentary.content;
