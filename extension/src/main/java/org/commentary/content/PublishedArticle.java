package org.commentary.content;

import java.util.Comparator;

import org.commentary.model.ArticleMetadata;

/** A published article as the renderers see it: its checked content and its metadata. */
public record PublishedArticle(ContentFile content, ArticleMetadata metadata) {

    /** Newest first; ties broken by path so every build lists articles in the same order. */
    public static final Comparator<PublishedArticle> NEWEST_FIRST = Comparator
            .comparing((PublishedArticle a) -> a.metadata().date()).reversed()
            .thenComparing(a -> a.content().outputPath());

    /** Where the article's page is, relative to the site root. */
    public String path() {
        return content.outputPath();
    }
}
