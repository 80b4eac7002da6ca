package org.commentary.render;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.commentary.content.PublishedArticle;
import org.commentary.jbake.ContentEngine;
import org.jbake.template.RenderingException;

/** Writes one page per published article, linked to its newer and older neighbours. */
final class ArticlePages {

    private final PageWriter writer;
    private final PageModels models;

    ArticlePages(PageWriter writer, PageModels models) {
        this.writer = writer;
        this.models = models;
    }

    /** Writes every article; {@code articles} must be newest first. */
    void write(List<PublishedArticle> articles) throws RenderingException {
        for (int i = 0; i < articles.size(); i++) {
            PublishedArticle article = articles.get(i);
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("article", models.full(article));
            if (i > 0) {
                values.put("newer", neighbour(articles.get(i - 1)));
            }
            if (i + 1 < articles.size()) {
                values.put("older", neighbour(articles.get(i + 1)));
            }
            writer.write(ContentEngine.ARTICLE, article.path(), article.metadata().title(), article.content().html(),
                    values);
        }
    }

    private static Map<String, Object> neighbour(PublishedArticle article) {
        return PageModels.link(article.metadata().title(), article.path());
    }
}
