package org.commentary.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.commentary.content.PublishedArticle;
import org.commentary.jbake.ContentEngine;
import org.commentary.taxonomy.RelatedArticles;
import org.jbake.template.RenderingException;

/**
 * Writes one page per published article, linked to its newer and older neighbours and to the
 * articles most related to it, with its structured data in the page head.
 */
final class ArticlePages {

    /** How many related articles each page lists. */
    static final int RELATED = 3;

    private final PageWriter writer;
    private final PageModels models;
    private final RelatedArticles related;
    private final StructuredData structuredData;

    ArticlePages(PageWriter writer, PageModels models, RelatedArticles related, StructuredData structuredData) {
        this.writer = writer;
        this.models = models;
        this.related = related;
        this.structuredData = structuredData;
    }

    /** Writes every article; {@code articles} must be newest first. */
    void write(List<PublishedArticle> articles) throws RenderingException {
        for (int i = 0; i < articles.size(); i++) {
            PublishedArticle article = articles.get(i);
            Map<String, Object> values = new LinkedHashMap<>();
            Map<String, Object> model = models.full(article);
            values.put("article", model);
            values.put("head", structuredData.head(article, String.valueOf(model.get("summary"))));
            values.put("related", related(article));
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

    // Related by theme and region, leaving out the author's own articles ("More by" lists those).
    private List<Map<String, Object>> related(PublishedArticle article) {
        List<String> authors = article.metadata().authors();
        List<Map<String, Object>> models = new ArrayList<>();
        for (PublishedArticle other : related.of(article, RELATED,
                other -> other.metadata().authors().stream().anyMatch(authors::contains))) {
            Map<String, Object> model = neighbour(other);
            model.put("date", Dates.iso(other.metadata().date()));
            model.put("date_label", Dates.label(other.metadata().date()));
            model.put("authors", other.metadata().authors());
            models.add(model);
        }
        return models;
    }

    private static Map<String, Object> neighbour(PublishedArticle article) {
        return PageModels.link(article.metadata().title(), article.path());
    }
}
