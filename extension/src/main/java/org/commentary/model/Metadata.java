package org.commentary.model;

/** The interpreted header of a content file: an article, or a standalone page such as About. */
public sealed interface Metadata permits ArticleMetadata, PageMetadata {

    String title();

    Status status();
}
