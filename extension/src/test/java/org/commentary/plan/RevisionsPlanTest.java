package org.commentary.plan;

import static org.commentary.testsupport.ReaderTestArticles.article;
import static org.commentary.testsupport.ReaderTestArticles.siteModel;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.commentary.content.PublishedArticle;
import org.commentary.plan.Pages.ArchivePage;
import org.commentary.plan.Pages.ArticlePage;
import org.commentary.plan.Pages.FeedPage;
import org.commentary.plan.Pages.RedirectPage;
import org.commentary.plan.Pages.SitemapPage;
import org.commentary.plan.Pages.WithdrawnPage;
import org.commentary.plan.Views.FeedEntry;
import org.commentary.plan.Views.SitemapUrl;
import org.commentary.site.SiteModel;
import org.commentary.site.SiteSettings;
import org.commentary.site.SiteUrl;
import org.commentary.vocabulary.Collection;
import org.junit.jupiter.api.Test;

/** What corrections, withdrawals, moves and the robots policy change in the page plan. */
class RevisionsPlanTest {

    private static final SiteSettings SETTINGS = new SiteSettings(SiteUrl.of("https://ledger.example/sub/"), 10);

    private static Map<String, PlannedPage> pages(SiteModel model) {
        return PagePlanner.plan(model, SETTINGS).pages().stream()
                .collect(Collectors.toMap(PlannedPage::path, Function.identity()));
    }

    private static PublishedArticle corrected() {
        return article("corrected").date("2024-03-01").updated("2024-03-05")
                .correction("2024-03-09", "The tonnage was 40,000, not 4,000.").build();
    }

    private static PublishedArticle withdrawn() {
        return article("taken-down").date("2024-02-01").authors("Ann Author")
                .withdrawn("2024-06-01", "Withdrawn at the request of the copyright holder.").build();
    }

    @Test
    void aCorrectedArticleShowsAndDatesItsRevisions() {
        Map<String, PlannedPage> pages = pages(siteModel(corrected(), article("plain").date("2024-01-01").build()));
        ArticlePage page = (ArticlePage) pages.get("articles/2024/corrected.html").model();
        assertEquals("2024-03-05", page.article().updated());
        assertEquals("5 March 2024", page.article().updatedLabel());
        assertEquals("The tonnage was 40,000, not 4,000.", page.article().corrections().get(0).text());
        assertTrue(page.head().jsonLd().contains("\"dateModified\":\"2024-03-09\""), page.head().jsonLd());
        assertTrue(page.head().jsonLd().contains("\"@type\":\"CorrectionComment\""));
        assertTrue(page.head().meta().contains(new Views.MetaTag("article:modified_time", "2024-03-09")));

        FeedEntry entry = ((FeedPage) pages.get("feed.xml").model()).feed().entries().get(0);
        assertEquals("2024-03-01T00:00:00Z", entry.published());
        assertEquals("2024-03-09T00:00:00Z", entry.updated());
        List<SitemapUrl> urls = ((SitemapPage) pages.get("sitemap.xml").model()).urls();
        assertTrue(urls.contains(new SitemapUrl("https://ledger.example/sub/articles/2024/corrected.html",
                "2024-03-09")), urls::toString);
        assertTrue(urls.contains(new SitemapUrl("https://ledger.example/sub/articles/2024/plain.html",
                "2024-01-01")));

        ArticlePage plain = (ArticlePage) pages.get("articles/2024/plain.html").model();
        assertFalse(plain.head().jsonLd().contains("dateModified"), "an unrevised article has no dateModified");
    }

    @Test
    void feedIdsArePermanentTagUrisThatSurviveAMove() {
        Map<String, PlannedPage> pages = pages(siteModel(article("new-name").date("2024-03-01")
                .aliases("articles/2021/first-name.html", "articles/2023/second-name.html").build()));
        Views.Feed feed = ((FeedPage) pages.get("feed.xml").model()).feed();
        assertEquals("tag:the-test-ledger,2024:feed.xml", feed.id());
        assertEquals("en", feed.language());
        assertEquals("tag:the-test-ledger,2024:articles/2021/first-name.html", feed.entries().get(0).id());
        assertEquals("https://ledger.example/sub/articles/2024/new-name.html", feed.entries().get(0).url());
    }

    @Test
    void aWithdrawnArticleLeavesOnlyItsNotice() {
        PublishedArticle gone = withdrawn();
        Map<String, PlannedPage> pages = pages(siteModel(gone, article("kept").date("2024-01-01").build()));

        PlannedPage notice = pages.get("articles/2024/taken-down.html");
        assertEquals(PageKind.WITHDRAWN, notice.kind());
        WithdrawnPage page = (WithdrawnPage) notice.model();
        assertEquals("Withdrawn at the request of the copyright holder.", page.reason());
        assertEquals("2024-06-01", page.date());
        assertEquals("noindex, follow", page.head().robots());
        assertEquals("", page.head().jsonLd());

        ArchivePage archive = (ArchivePage) pages.get("archive.html").model();
        assertEquals(1, archive.years().stream().mapToInt(y -> y.articles().size()).sum());
        assertFalse(pages.containsKey("authors/ann-author.html") && pages.get("authors/ann-author.html").model()
                .toString().contains("taken-down"), "the author's page does not list it");
        for (PlannedPage other : pages.values()) {
            if (other != notice) {
                assertFalse(other.model().toString().contains("taken-down"), () -> other.path() + " mentions it");
            }
        }
        String search = new String(PagePlanner.plan(siteModel(gone), SETTINGS).files().stream()
                .filter(f -> f.path().equals(PagePlanner.SEARCH_DATA)).findFirst().orElseThrow().bytes(),
                StandardCharsets.UTF_8);
        assertFalse(search.contains("taken-down"), search);
    }

    @Test
    void aWithdrawnNoticeMarksATitleInAnotherLanguage() {
        PublishedArticle spanish = article("retirado").date("2024-02-01").language("es")
                .withdrawn("2024-06-01", "Retirado a petición del titular.").build();
        PublishedArticle english = article("gone").date("2024-02-02")
                .withdrawn("2024-06-01", "Withdrawn at the request of the copyright holder.").build();
        Map<String, PlannedPage> pages = pages(siteModel(spanish, english));
        assertEquals("es", ((WithdrawnPage) pages.get("articles/2024/retirado.html").model()).lang());
        assertEquals("", ((WithdrawnPage) pages.get("articles/2024/gone.html").model()).lang());
    }

    @Test
    void eachAliasIsANoindexRedirectToTheArticle() {
        Map<String, PlannedPage> pages = pages(siteModel(article("new-name").date("2024-03-01")
                .aliases("articles/2021/old-name.html", "old.html").build()));
        for (String alias : List.of("articles/2021/old-name.html", "old.html")) {
            PlannedPage redirect = pages.get(alias);
            assertEquals(PageKind.REDIRECT, redirect.kind());
            RedirectPage page = (RedirectPage) redirect.model();
            assertEquals("articles/2024/new-name.html", page.target());
            assertEquals("articles/2024/new-name.html", page.head().refresh());
            assertEquals("https://ledger.example/sub/articles/2024/new-name.html", page.head().canonical());
            assertEquals("noindex, follow", page.head().robots());
        }
        List<SitemapUrl> urls = ((SitemapPage) pages.get("sitemap.xml").model()).urls();
        assertFalse(urls.stream().anyMatch(u -> u.loc().contains("old")), urls::toString);
    }

    @Test
    void anArticleMovedBackKeepsItsFirstAddressAsFeedIdAndWritesNoRedirectOverItself() {
        PublishedArticle back = article("first-name").date("2024-03-01")
                .aliases("articles/2024/first-name.html", "articles/2024/second-name.html").build();
        Map<String, PlannedPage> pages = pages(siteModel(back));
        assertEquals(PageKind.ARTICLE, pages.get("articles/2024/first-name.html").kind());
        assertEquals(PageKind.REDIRECT, pages.get("articles/2024/second-name.html").kind());
        assertEquals("tag:the-test-ledger,2024:articles/2024/first-name.html",
                ((FeedPage) pages.get("feed.xml").model()).feed().entries().get(0).id());
    }

    @Test
    void articlesAreNoindexUnlessTheyOrTheCollectionSayOtherwise() {
        Map<String, PlannedPage> pages = pages(siteModel(article("default").build(),
                article("licensed").robots("index, follow").build()));
        assertEquals("noindex, follow", ((ArticlePage) pages.get("articles/2024/default.html").model()).head().robots());
        assertEquals("index, follow", ((ArticlePage) pages.get("articles/2024/licensed.html").model()).head().robots());
        assertEquals("https://ledger.example/sub/articles/2024/default.html",
                ((ArticlePage) pages.get("articles/2024/default.html").model()).head().canonical());
    }

    @Test
    void theCollectionCanPointCanonicalLinksAtTheOriginals() {
        SiteModel model = siteModel(article("a").sourceUrl("https://harbour-review.example/a").build());
        Collection original = new Collection("The Test Ledger", "", "D.", "F.", "en", "index, follow", true,
                "ledger.example,2024");
        SiteModel pointing = new SiteModel(model.folders(), new org.commentary.vocabulary.SiteData(original,
                model.data().regions(), model.data().themes(), model.data().authors(), model.data().sources()),
                model.articles(), model.withdrawn(), model.pages(), 0, model.taxonomies(), model.related(), Map.of(),
                Map.of(), List.of(), Map.of(), true);
        ArticlePage page = (ArticlePage) pages(pointing).get("articles/2024/a.html").model();
        assertEquals("https://harbour-review.example/a", page.head().canonical());
        assertEquals("index, follow", page.head().robots());
    }
}
