package org.commentary.plan;

import static org.commentary.testsupport.ReaderTestArticles.article;
import static org.commentary.testsupport.ReaderTestArticles.siteModel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.commentary.content.PublishedArticle;
import org.commentary.plan.Pages.ArticlePage;
import org.commentary.plan.Pages.FeedPage;
import org.commentary.plan.Pages.HomePage;
import org.commentary.plan.Pages.SitemapPage;
import org.commentary.plan.Pages.TaxonomyPage;
import org.commentary.plan.Pages.TermPage;
import org.commentary.plan.Views.Pager;
import org.commentary.site.SiteModel;
import org.commentary.site.SiteSettings;
import org.commentary.site.SiteUrl;
import org.commentary.validation.Problem;
import org.junit.jupiter.api.Test;

/** The page plan, checked without templates or disk: which pages exist and what each one's model says. */
class PagePlannerTest {

    private static final SiteSettings PAGES_OF_TWO = new SiteSettings(SiteUrl.of("https://ledger.example/sub/"), 2);

    private static PagePlan plan(SiteModel model) {
        return PagePlanner.plan(model, PAGES_OF_TWO);
    }

    private static Map<String, PlannedPage> byPath(PagePlan plan) {
        return plan.pages().stream().collect(Collectors.toMap(PlannedPage::path, Function.identity()));
    }

    private static PublishedArticle dated(String slug, String date) {
        return article(slug).date(date).build();
    }

    @Test
    void eachArticleLinksToItsNewerAndOlderNeighbour() {
        Map<String, PlannedPage> pages = byPath(plan(siteModel(dated("old", "2024-01-01"),
                dated("new", "2024-03-01"), dated("mid", "2024-02-01"))));

        ArticlePage newest = (ArticlePage) pages.get("articles/2024/new.html").model();
        ArticlePage middle = (ArticlePage) pages.get("articles/2024/mid.html").model();
        ArticlePage oldest = (ArticlePage) pages.get("articles/2024/old.html").model();
        assertNull(newest.newer());
        assertEquals("articles/2024/mid.html", newest.older().path());
        assertEquals("articles/2024/new.html", middle.newer().path());
        assertEquals("articles/2024/old.html", middle.older().path());
        assertEquals("Title of mid", oldest.newer().title());
        assertNull(oldest.older());
        assertEquals("../../", pages.get("articles/2024/mid.html").rootpath());
    }

    @Test
    void homePagesSplitAtThePageSize() {
        List<PublishedArticle> five = new ArrayList<>();
        for (int day = 1; day <= 5; day++) {
            five.add(dated("a" + day, "2024-01-0" + day));
        }
        Map<String, PlannedPage> pages = byPath(plan(siteModel(five.toArray(PublishedArticle[]::new))));

        HomePage first = (HomePage) pages.get("index.html").model();
        HomePage second = (HomePage) pages.get("page/2.html").model();
        HomePage last = (HomePage) pages.get("page/3.html").model();
        assertFalse(pages.containsKey("page/4.html"));
        assertFalse(pages.containsKey("page/1.html"), "page one is index.html");
        assertEquals(List.of("articles/2024/a5.html", "articles/2024/a4.html"),
                first.articles().stream().map(Views.ArticleCard::path).toList());
        assertEquals(new Pager(1, 3, "", "page/2.html"), first.pager());
        assertEquals(new Pager(2, 3, "index.html", "page/3.html"), second.pager());
        assertEquals(new Pager(3, 3, "page/2.html", ""), last.pager());
        assertEquals(1, last.articles().size());
        assertEquals("Latest commentary, page 3", last.title());
        assertEquals("../", pages.get("page/3.html").rootpath());
    }

    @Test
    void exactlyFullPagesMakeNoEmptyPageAndAnEmptyCollectionStillHasAHome() {
        Map<String, PlannedPage> four = byPath(plan(siteModel(dated("a", "2024-01-01"), dated("b", "2024-01-02"),
                dated("c", "2024-01-03"), dated("d", "2024-01-04"))));
        assertTrue(four.containsKey("page/2.html"));
        assertFalse(four.containsKey("page/3.html"));

        Map<String, PlannedPage> none = byPath(plan(siteModel()));
        HomePage home = (HomePage) none.get("index.html").model();
        assertTrue(home.articles().isEmpty());
        assertEquals(new Pager(1, 1, "", ""), home.pager());
        assertTrue(none.containsKey("regions/index.html"));
    }

    @Test
    void everyTermHasPaginatedPagesAndTheIndexCountsItsArticles() {
        Map<String, PlannedPage> pages = byPath(plan(siteModel(
                article("a").date("2024-01-01").regions("Europe").build(),
                article("b").date("2024-01-02").regions("Europe", "South Asia").build(),
                article("c").date("2024-01-03").regions("Europe").build())));

        TermPage europe = (TermPage) pages.get("regions/europe.html").model();
        TermPage europeTwo = (TermPage) pages.get("regions/europe/2.html").model();
        assertEquals("Europe", europe.term().name());
        assertEquals(3, europe.term().count());
        assertEquals(new Pager(1, 2, "", "regions/europe/2.html"), europe.pager());
        assertEquals(List.of("articles/2024/a.html"), europeTwo.articles().stream().map(Views.ArticleCard::path).toList());
        assertEquals("Europe, page 2", europeTwo.title());
        assertEquals("../../", pages.get("regions/europe/2.html").rootpath());
        assertFalse(pages.containsKey("regions/south-asia/2.html"));

        TaxonomyPage regions = (TaxonomyPage) pages.get("regions/index.html").model();
        assertEquals(List.of("Europe:3", "South Asia:1"),
                regions.terms().stream().map(t -> t.name() + ":" + t.count()).toList());
        for (String index : List.of("themes/index.html", "authors/index.html", "sources/index.html")) {
            assertTrue(pages.containsKey(index), index);
        }
        assertTrue(pages.containsKey("authors/ann-author.html"));
        assertTrue(pages.containsKey("sources/the-harbour-review.html"));
    }

    @Test
    void feedsCarryTheNewestTwentyWithAbsoluteUrls() {
        List<PublishedArticle> articles = new ArrayList<>();
        LocalDate start = LocalDate.of(2024, 1, 1);
        for (int i = 0; i < 22; i++) {
            articles.add(article("a" + i).date(start.plusDays(i)).build());
        }
        Map<String, PlannedPage> pages = byPath(plan(siteModel(articles.toArray(PublishedArticle[]::new))));

        Views.Feed site = ((FeedPage) pages.get("feed.xml").model()).feed();
        assertEquals(FeedPlanner.ENTRIES, site.entries().size());
        assertEquals("https://ledger.example/sub/articles/2024/a21.html", site.entries().get(0).url());
        assertEquals("https://ledger.example/sub/articles/2024/a2.html", site.entries().get(19).url());
        assertEquals("2024-01-22T00:00:00Z", site.updated());
        assertEquals("https://ledger.example/sub/feed.xml", site.selfUrl());
        Views.Feed europe = ((FeedPage) pages.get("regions/europe.xml").model()).feed();
        assertEquals(20, europe.entries().size());
        assertEquals("https://ledger.example/sub/regions/europe.html", europe.pageUrl());
    }

    @Test
    void theSitemapListsReaderPagesOnlyAndThe404PageLinksAbsolutely() {
        PagePlan plan = plan(siteModel(dated("a", "2024-05-06")));
        Map<String, PlannedPage> pages = byPath(plan);

        List<Views.SitemapUrl> urls = ((SitemapPage) pages.get("sitemap.xml").model()).urls();
        Set<String> locs = urls.stream().map(Views.SitemapUrl::loc).collect(Collectors.toSet());
        assertTrue(locs.contains("https://ledger.example/sub/index.html"));
        assertTrue(locs.contains("https://ledger.example/sub/search.html"));
        assertFalse(locs.contains("https://ledger.example/sub/404.html"));
        assertFalse(locs.stream().anyMatch(loc -> loc.endsWith(".xml")), locs.toString());
        assertTrue(urls.contains(new Views.SitemapUrl("https://ledger.example/sub/articles/2024/a.html", "2024-05-06")));
        assertEquals(urls.stream().map(Views.SitemapUrl::loc).sorted().toList(),
                urls.stream().map(Views.SitemapUrl::loc).toList(), "sorted");

        assertEquals("https://ledger.example/sub/", pages.get("404.html").rootpath());
        Map<String, PlannedFile> files = plan.files().stream()
                .collect(Collectors.toMap(PlannedFile::path, Function.identity()));
        assertTrue(new String(files.get("robots.txt").bytes(), StandardCharsets.UTF_8)
                .contains("Sitemap: https://ledger.example/sub/sitemap.xml"));
        assertTrue(new String(files.get("search/text/0.js").bytes(), StandardCharsets.UTF_8)
                .contains("articles/2024/a.html"));
    }

    @Test
    void aBodyEditChangesOnlyThatArticlesPage() {
        PublishedArticle a = dated("a", "2024-01-01");
        PublishedArticle b = article("b").date("2024-01-02").summary("Its own summary.").build();
        PagePlan before = plan(siteModel(a, b));
        PagePlan again = plan(siteModel(a, b));
        PagePlan edited = plan(siteModel(a, article("b").date("2024-01-02").summary("Its own summary.")
                .html("<p>New text.</p>").build()));

        assertTrue(before.pages().equals(again.pages()), "the same collection plans the same pages");
        assertEquals(Set.of("articles/2024/b.html"), changedPages(before, edited));
    }

    @Test
    void aBodyEditWithoutASummaryChangesTheExcerptInListings() {
        PublishedArticle a = dated("a", "2024-01-01");
        PagePlan before = plan(siteModel(a, dated("b", "2024-01-02")));
        PagePlan edited = plan(siteModel(a, article("b").date("2024-01-02").html("<p>New text.</p>").build()));

        Set<String> changed = changedPages(before, edited);
        assertTrue(changed.containsAll(Set.of("articles/2024/b.html", "index.html", "regions/europe.html")),
                changed.toString());
        assertFalse(changed.contains("articles/2024/a.html"), changed.toString());
    }

    @Test
    void aTitleEditMovesIntoListingsNeighboursAndFeeds() {
        PublishedArticle a = dated("a", "2024-01-01");
        PagePlan before = plan(siteModel(a, dated("b", "2024-01-02")));
        PagePlan edited = plan(siteModel(a, article("b").date("2024-01-02").title("A new title").build()));

        Set<String> changed = changedPages(before, edited);
        assertTrue(changed.containsAll(Set.of("articles/2024/b.html", "articles/2024/a.html", "index.html",
                "archive.html", "regions/europe.html", "feed.xml")), changed.toString());
        assertFalse(changed.contains("search.html"), changed.toString());
        assertFalse(changed.contains("regions/index.html"), changed.toString());
    }

    @Test
    void aCollectionWithProblemsIsNeverPlanned() {
        SiteModel good = siteModel(dated("a", "2024-01-01"));
        SiteModel bad = new SiteModel(good.folders(), good.data(), good.articles(), List.of(), good.pages(), 0,
                good.taxonomies(), good.related(), Map.of(), Map.of(),
                List.of(new Problem(java.nio.file.Path.of("x.md"), 1, "title", "missing")), Map.of(), true);
        assertThrows(IllegalArgumentException.class, () -> plan(bad));
    }

    private static Set<String> changedPages(PagePlan before, PagePlan after) {
        Map<String, PlannedPage> old = byPath(before);
        return after.pages().stream().filter(page -> !page.equals(old.get(page.path()))).map(PlannedPage::path)
                .collect(Collectors.toSet());
    }

    @Test
    void pagesAreDistinctAndArticlesComeFirst() {
        PagePlan plan = plan(siteModel(dated("a", "2024-01-01"), dated("b", "2024-01-02")));
        List<String> paths = plan.paths().toList();
        assertEquals(paths.size(), Set.copyOf(paths).size(), "no path planned twice");
        assertEquals(PageKind.ARTICLE, plan.pages().get(0).kind());
        assertNotEquals(plan.pages().get(0).path(), plan.pages().get(1).path());
    }
}
