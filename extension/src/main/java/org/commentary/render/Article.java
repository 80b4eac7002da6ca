package org.commentary.render;

import java.util.Comparator;

import org.commentary.content.ContentFile;
import org.commentary.model.ArticleMetadata;

/** A published article as the renderers see it: its checked content and its metadata. */
record Article(ContentFile content, ArticleMetadata metadata) {

    /** Newest first; ties broken by path so every build lists articles in the same order. */
    static final Comparator<Article> NEWEST_FIRST = Comparator
            .comparing((Article a) -> a.metadata().date()).reversed()
            .thenComparing(a -> a.content().outputPath());

    String path() {
        return content.outputPath();
    }
}
