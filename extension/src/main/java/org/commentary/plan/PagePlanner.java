package org.commentary.plan;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.commentary.content.ContentFile;
import org.commentary.plan.Pages.NotFoundPage;
import org.commentary.plan.Pages.SearchPage;
import org.commentary.plan.Pages.SitemapPage;
import org.commentary.plan.Pages.StandalonePage;
import org.commentary.plan.Views.SitemapUrl;
import org.commentary.site.SiteModel;
import org.commentary.site.SiteSettings;

/**
 * Decides every file a site consists of, from the site model and the settings alone: a pure
 * function with no templates and no disk, so each page's model can be checked on its own.
 */
public final class PagePlanner {

    /** The search data's manifest, a plain script so that the search page can load it from file://. */
    public static final String SEARCH_DATA = SearchIndex.MANIFEST;

    private static final Set<PageKind> NOT_IN_SITEMAP = Set.of(PageKind.FEED, PageKind.SITEMAP, PageKind.NOT_FOUND,
            PageKind.WITHDRAWN, PageKind.REDIRECT);

    private PagePlanner() {
    }

    /** The whole site; {@code model} must have no problems. */
    public static PagePlan plan(SiteModel model, SiteSettings settings) {
        if (model.hasProblems()) {
            throw new IllegalArgumentException("A collection with problems is never planned for publishing");
        }
        ViewFactory views = new ViewFactory(model.data().collection(), model.taxonomies(), model.articles());
        StructuredData structuredData = new StructuredData(settings.url(), model.data().collection(),
                model.taxonomies());
        List<PlannedPage> pages = new ArrayList<>(
                new ArticlePlanner(views, model.related(), structuredData).plan(model.articles()));
        MovedAndWithdrawn notices = new MovedAndWithdrawn(structuredData, model.data().collection());
        model.withdrawn().forEach(article -> pages.add(notices.withdrawn(article)));
        pages.addAll(notices.redirects(model.articles()));
        pages.addAll(notices.redirects(model.withdrawn()));
        for (ContentFile page : model.pages()) {
            pages.add(PlannedPage.at(page.outputPath(), PageKind.STANDALONE,
                    new StandalonePage(page.metadata().title(), page.html())));
        }
        ListingPlanner listings = new ListingPlanner(views, settings.pageSize());
        pages.addAll(listings.home(model.articles()));
        pages.add(listings.archive(model.articles()));
        pages.addAll(new TaxonomyPlanner(views, settings.pageSize()).plan(model.taxonomies()));
        pages.add(PlannedPage.at("search.html", PageKind.SEARCH, new SearchPage()));
        pages.addAll(new FeedPlanner(settings.url(), model.data().collection()).plan(model.articles(),
                model.taxonomies()));
        // The web host serves 404.html for a missing URL at any depth: its links are absolute.
        pages.add(new PlannedPage("404.html", PageKind.NOT_FOUND, new NotFoundPage(), settings.url().base()));
        pages.add(sitemap(pages, model, settings));

        List<PlannedFile> files = new ArrayList<>();
        files.addAll(SearchIndex.files(model.articles(), model.taxonomies()));
        String robots = "User-agent: *\nAllow: /\n\nSitemap: " + settings.url().absolute("sitemap.xml") + "\n";
        files.add(PlannedFile.generated("robots.txt", robots.getBytes(StandardCharsets.UTF_8)));
        for (Map.Entry<Path, String> asset : model.assets().entrySet()) {
            files.add(PlannedFile.copy(asset.getValue(), asset.getKey()));
        }
        for (Map.Entry<Path, String> resource : model.resources().entrySet()) {
            files.add(PlannedFile.copy(resource.getValue(), resource.getKey()));
        }
        return new PagePlan(views.site(settings), pages, files);
    }

    // Every reader-facing HTML page, sorted, articles with their date.
    private static PlannedPage sitemap(List<PlannedPage> pages, SiteModel model, SiteSettings settings) {
        Map<String, String> dates = new HashMap<>();
        model.articles().forEach(article -> dates.put(article.path(), Dates.iso(article.metadata().lastModified())));
        List<SitemapUrl> urls = pages.stream()
                .filter(page -> !NOT_IN_SITEMAP.contains(page.kind()) && page.path().endsWith(".html"))
                .map(PlannedPage::path)
                .sorted()
                .map(path -> new SitemapUrl(settings.url().absolute(path), dates.getOrDefault(path, "")))
                .toList();
        return PlannedPage.at("sitemap.xml", PageKind.SITEMAP, new SitemapPage(urls));
    }
}
