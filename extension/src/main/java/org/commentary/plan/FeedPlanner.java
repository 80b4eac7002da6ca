package org.commentary.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.commentary.content.PublishedArticle;
import org.commentary.model.ArticleMetadata;
import org.commentary.model.Attribution;
import org.commentary.plan.Pages.FeedPage;
import org.commentary.plan.Views.Feed;
import org.commentary.plan.Views.FeedEntry;
import org.commentary.site.SiteUrl;
import org.commentary.taxonomy.Taxonomies;
import org.commentary.taxonomy.Taxonomy;
import org.commentary.taxonomy.TermGroup;
import org.commentary.vocabulary.Collection;
import org.commentary.vocabulary.Term;

/** Atom feeds: one for the whole collection and one per term, each with the newest entries. URLs are absolute. */
final class FeedPlanner {

    static final String SITE_FEED = "feed.xml";
    /** Entries per feed. */
    static final int ENTRIES = 20;

    private final SiteUrl url;
    private final Collection collection;

    FeedPlanner(SiteUrl url, Collection collection) {
        this.url = url;
        this.collection = collection;
    }

    List<PlannedPage> plan(List<PublishedArticle> articles, Taxonomies taxonomies) {
        List<PlannedPage> feeds = new ArrayList<>();
        feeds.add(feed(SITE_FEED, collection.name(), "index.html", articles));
        for (Taxonomy taxonomy : Taxonomy.values()) {
            for (TermGroup group : taxonomies.groups(taxonomy)) {
                feeds.add(feed(group.feedPath(), collection.name() + ": " + group.name(), group.pagePath(1),
                        group.articles()));
            }
        }
        return feeds;
    }

    private PlannedPage feed(String path, String title, String pagePath, List<PublishedArticle> articles) {
        List<PublishedArticle> newest = articles.subList(0, Math.min(ENTRIES, articles.size()));
        List<FeedEntry> entries = newest.stream().map(this::entry).toList();
        // A correction to an older entry changes the feed too: its date is the latest of any entry's.
        LocalDate latest = newest.stream().map(a -> a.metadata().lastModified()).max(LocalDate::compareTo)
                .orElse(LocalDate.EPOCH);
        Feed feed = new Feed(title, collection.tagline(), collection.tagUri(path), collection.language(), url.absolute(path),
                url.absolute(pagePath), timestamp(latest), entries);
        return PlannedPage.at(path, PageKind.FEED, new FeedPage(feed));
    }

    private FeedEntry entry(PublishedArticle article) {
        ArticleMetadata meta = article.metadata();
        List<String> categories = new ArrayList<>();
        meta.regions().stream().map(Term::name).forEach(categories::add);
        meta.themes().stream().map(Term::name).forEach(categories::add);
        Attribution attribution = Attribution.of(meta, collection);
        return new FeedEntry(collection.tagUri(permanentPath(article)), meta.title(), url.absolute(article.path()),
                timestamp(meta.date()), timestamp(meta.lastModified()), meta.authors(), meta.summary(),
                List.copyOf(categories), attribution.source(), attribution.sourceUrl(), attribution.copyrightLine());
    }

    /**
     * The path an entry's id is made from: the article's first address (its first alias, when it
     * has moved), so that moving the file does not make feed readers show it again as new.
     */
    static String permanentPath(PublishedArticle article) {
        List<String> aliases = article.metadata().aliases();
        return aliases.isEmpty() ? article.path() : aliases.get(0);
    }

    private static String timestamp(LocalDate date) {
        return date + "T00:00:00Z";
    }
}
