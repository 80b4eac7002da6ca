package org.commentary.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.commentary.content.PublishedArticle;
import org.commentary.model.Attribution;
import org.commentary.taxonomy.Taxonomies;
import org.commentary.taxonomy.Taxonomy;
import org.commentary.taxonomy.TermGroup;
import org.commentary.vocabulary.Collection;
import org.commentary.vocabulary.Term;
import org.jbake.template.RenderingException;

/** Writes Atom feeds: one for the whole collection and one per term. URLs are absolute. */
final class FeedPages {

    static final String ATOM = "atom";
    static final String SITE_FEED = "feed.xml";
    private static final int ENTRIES = 20;

    private final PageWriter writer;
    private final SiteUrl url;
    private final Collection collection;

    FeedPages(PageWriter writer, SiteUrl url, Collection collection) {
        this.writer = writer;
        this.url = url;
        this.collection = collection;
    }

    void write(List<PublishedArticle> articles, Taxonomies taxonomies) throws RenderingException {
        writeFeed(SITE_FEED, collection.name(), "index.html", articles);
        for (Taxonomy taxonomy : Taxonomy.values()) {
            for (TermGroup group : taxonomies.groups(taxonomy)) {
                writeFeed(group.feedPath(), collection.name() + ": " + group.name(), group.pagePath(1),
                        group.articles());
            }
        }
    }

    private void writeFeed(String path, String title, String pagePath, List<PublishedArticle> articles)
            throws RenderingException {
        List<PublishedArticle> newest = articles.subList(0, Math.min(ENTRIES, articles.size()));
        Map<String, Object> feed = new LinkedHashMap<>();
        feed.put("title", title);
        feed.put("subtitle", collection.tagline());
        feed.put("id", url.absolute(path));
        feed.put("self_url", url.absolute(path));
        feed.put("page_url", url.absolute(pagePath));
        feed.put("updated", timestamp(newest.isEmpty() ? LocalDate.EPOCH : newest.get(0).metadata().date()));
        List<Map<String, Object>> entries = new ArrayList<>();
        for (PublishedArticle article : newest) {
            entries.add(entry(article));
        }
        feed.put("entries", entries);
        writer.write(ATOM, path, title, "", Map.of("feed", feed));
    }

    private Map<String, Object> entry(PublishedArticle article) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("title", article.metadata().title());
        entry.put("url", url.absolute(article.path()));
        entry.put("updated", timestamp(article.metadata().date()));
        entry.put("authors", article.metadata().authors());
        entry.put("summary", article.metadata().summary());
        List<String> categories = new ArrayList<>();
        article.metadata().regions().stream().map(Term::name).forEach(categories::add);
        article.metadata().themes().stream().map(Term::name).forEach(categories::add);
        entry.put("categories", categories);
        Attribution attribution = Attribution.of(article.metadata(), collection);
        entry.put("source", attribution.source());
        entry.put("source_url", attribution.sourceUrl());
        entry.put("rights", attribution.copyrightLine());
        return entry;
    }

    private static String timestamp(LocalDate date) {
        return date + "T00:00:00Z";
    }
}
