package org.commentary.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.commentary.content.PublishedArticle;
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
        String updated = timestamp(newest.isEmpty() ? LocalDate.EPOCH : newest.get(0).metadata().date());
        Feed feed = new Feed(title, collection.tagline(), url.absolute(path), url.absolute(path),
                url.absolute(pagePath), updated, entries);
        return PlannedPage.at(path, PageKind.FEED, new FeedPage(feed));
    }

    private FeedEntry entry(PublishedArticle article) {
        List<String> categories = new ArrayList<>();
        article.metadata().regions().stream().map(Term::name).forEach(categories::add);
        article.metadata().themes().stream().map(Term::name).forEach(categories::add);
        Attribution attribution = Attribution.of(article.metadata(), collection);
        return new FeedEntry(article.metadata().title(), url.absolute(article.path()),
                timestamp(article.metadata().date()), article.metadata().authors(), article.metadata().summary(),
                List.copyOf(categories), attribution.source(), attribution.sourceUrl(), attribution.copyrightLine());
    }

    private static String timestamp(LocalDate date) {
        return date + "T00:00:00Z";
    }
}
