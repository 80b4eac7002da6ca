package org.commentary.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.commentary.model.ArticleMetadata;
import org.commentary.model.Attribution;
import org.commentary.vocabulary.Collection;
import org.commentary.vocabulary.Term;
import org.jsoup.Jsoup;

/**
 * Builds every value a template sees. Paths are relative to the site root; templates prefix them
 * with {@code content.rootpath}, so each link is relative to the page that holds it.
 */
final class PageModels {

    private static final int EXCERPT_WORDS = 45;
    private static final int WORDS_PER_MINUTE = 220;

    private final Collection collection;

    PageModels(Collection collection) {
        this.collection = collection;
    }

    Map<String, Object> site() {
        Map<String, Object> site = new LinkedHashMap<>();
        site.put("name", collection.name());
        site.put("tagline", collection.tagline());
        return site;
    }

    /** The short form used in lists: home, archive, neighbours. */
    Map<String, Object> summary(Article article) {
        ArticleMetadata meta = article.metadata();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", meta.title());
        model.put("path", article.path());
        model.put("date", Dates.iso(meta.date()));
        model.put("date_label", Dates.label(meta.date()));
        model.put("authors", meta.authors());
        model.put("regions", terms(meta.regions()));
        model.put("themes", terms(meta.themes()));
        model.put("source", meta.source());
        model.put("summary", meta.summary().isEmpty() ? excerpt(article.content().html()) : meta.summary());
        return model;
    }

    /** Everything an article page shows. */
    Map<String, Object> full(Article article) {
        ArticleMetadata meta = article.metadata();
        Map<String, Object> model = summary(article);
        model.put("translators", meta.translators());
        model.put("source_date", Dates.iso(meta.sourceDate()));
        model.put("source_date_label", Dates.label(meta.sourceDate()));
        model.put("reading_minutes", readingMinutes(article.content().html()));
        model.put("attribution", attribution(Attribution.of(meta, collection)));
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

    private static List<Map<String, Object>> terms(List<Term> terms) {
        List<Map<String, Object>> models = new ArrayList<>();
        for (Term term : terms) {
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("name", term.name());
            model.put("slug", term.slug());
            model.put("description", term.description());
            models.add(model);
        }
        return models;
    }

    private static String excerpt(String html) {
        String[] words = Jsoup.parse(html).text().split("\\s+");
        if (words.length <= EXCERPT_WORDS) {
            return String.join(" ", words);
        }
        return String.join(" ", java.util.Arrays.copyOf(words, EXCERPT_WORDS)) + "…";
    }

    private static int readingMinutes(String html) {
        int words = Jsoup.parse(html).text().split("\\s+").length;
        return Math.max(1, Math.round(words / (float) WORDS_PER_MINUTE));
    }
}
