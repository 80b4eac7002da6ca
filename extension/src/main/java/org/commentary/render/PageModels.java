package org.commentary.render;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.commentary.content.PublishedArticle;
import org.commentary.model.ArticleMetadata;
import org.commentary.model.Attribution;
import org.commentary.taxonomy.Taxonomies;
import org.commentary.taxonomy.Taxonomy;
import org.commentary.taxonomy.TermGroup;
import org.commentary.vocabulary.Collection;

/**
 * Builds every value a template sees. Paths are relative to the site root; templates prefix them
 * with {@code content.rootpath}, so each link is relative to the page that holds it.
 */
final class PageModels {

    private static final int EXCERPT_WORDS = 45;
    private static final int WORDS_PER_MINUTE = 220;
    private static final int MORE_BY = 3;

    private final Collection collection;
    private final Taxonomies taxonomies;
    private final Map<PublishedArticle, Map<String, Object>> summaries = new IdentityHashMap<>();

    PageModels(Collection collection, Taxonomies taxonomies) {
        this.collection = collection;
        this.taxonomies = taxonomies;
    }

    Map<String, Object> site() {
        Map<String, Object> site = new LinkedHashMap<>();
        site.put("name", collection.name());
        site.put("tagline", collection.tagline());
        List<Map<String, Object>> sections = new ArrayList<>();
        for (Taxonomy taxonomy : Taxonomy.values()) {
            sections.add(taxonomy(taxonomy));
        }
        site.put("taxonomies", sections);
        return site;
    }

    /** The short form used in lists: home, archive, term pages. Built once per article, then shared. */
    Map<String, Object> summary(PublishedArticle article) {
        return summaries.computeIfAbsent(article, this::buildSummary);
    }

    private Map<String, Object> buildSummary(PublishedArticle article) {
        ArticleMetadata meta = article.metadata();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", meta.title());
        model.put("path", article.path());
        model.put("date", Dates.iso(meta.date()));
        model.put("date_label", Dates.label(meta.date()));
        model.put("authors", terms(Taxonomy.AUTHOR, article));
        model.put("regions", terms(Taxonomy.REGION, article));
        model.put("themes", terms(Taxonomy.THEME, article));
        model.put("source", terms(Taxonomy.SOURCE, article).get(0));
        model.put("summary", meta.summary().isEmpty() ? excerpt(article.content().text()) : meta.summary());
        return model;
    }

    /** Everything an article page shows. */
    Map<String, Object> full(PublishedArticle article) {
        ArticleMetadata meta = article.metadata();
        Map<String, Object> model = new LinkedHashMap<>(summary(article));
        model.put("translators", meta.translators());
        model.put("source_date", Dates.iso(meta.sourceDate()));
        model.put("source_date_label", Dates.label(meta.sourceDate()));
        model.put("reading_minutes", readingMinutes(article.content().text()));
        model.put("attribution", attribution(Attribution.of(meta, collection)));
        model.put("more_by", moreBy(article));
        return model;
    }

    /** A taxonomy's name and index page. */
    static Map<String, Object> taxonomy(Taxonomy taxonomy) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("key", taxonomy.folder());
        model.put("label", taxonomy.label());
        model.put("singular", taxonomy.singular());
        model.put("path", taxonomy.indexPath());
        return model;
    }

    /** A term with its page, feed, description and count. */
    static Map<String, Object> term(TermGroup group) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("name", group.name());
        model.put("slug", group.slug());
        model.put("path", group.pagePath(1));
        model.put("feed_path", group.feedPath());
        model.put("description", group.description());
        model.put("homepage", group.homepage());
        model.put("count", group.articles().size());
        return model;
    }

    static Map<String, Object> attribution(Attribution attribution) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("source", attribution.source());
        model.put("source_url", attribution.sourceUrl());
        model.put("source_title", attribution.sourceTitle());
        model.put("source_date", Dates.iso(attribution.sourceDate()));
        model.put("source_date_label", Dates.label(attribution.sourceDate()));
        model.put("copyright_line", attribution.copyrightLine());
        model.put("license", attribution.license());
        model.put("changes", attribution.changes());
        model.put("translators", attribution.translators());
        model.put("disclaimer", attribution.disclaimer());
        model.put("fair_use", attribution.fairUse());
        return model;
    }

    static Map<String, Object> link(String title, String path) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", title);
        model.put("path", path);
        return model;
    }

    private List<Map<String, Object>> terms(Taxonomy taxonomy, PublishedArticle article) {
        List<Map<String, Object>> models = new ArrayList<>();
        for (String name : taxonomy.namesOf(article)) {
            models.add(term(taxonomies.group(taxonomy, name)));
        }
        return models;
    }

    // For each author, a few of their newest other articles.
    private List<Map<String, Object>> moreBy(PublishedArticle article) {
        List<Map<String, Object>> sections = new ArrayList<>();
        for (String name : article.metadata().authors()) {
            TermGroup author = taxonomies.group(Taxonomy.AUTHOR, name);
            List<Map<String, Object>> others = new ArrayList<>();
            for (PublishedArticle other : author.articles()) {
                if (others.size() == MORE_BY) {
                    break;
                }
                if (other != article) {
                    others.add(link(other.metadata().title(), other.path()));
                }
            }
            if (!others.isEmpty()) {
                Map<String, Object> section = new LinkedHashMap<>();
                section.put("author", term(author));
                section.put("articles", others);
                sections.add(section);
            }
        }
        return sections;
    }

    private static String excerpt(String text) {
        String start = PlainText.firstWords(text, EXCERPT_WORDS);
        return start.length() < text.strip().length() ? start + "…" : start;
    }

    private static int readingMinutes(String text) {
        return Math.max(1, Math.round(PlainText.wordCount(text) / (float) WORDS_PER_MINUTE));
    }
}
