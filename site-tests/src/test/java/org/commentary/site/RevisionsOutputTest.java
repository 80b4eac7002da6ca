package org.commentary.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.commentary.validation.Problem;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Corrected, withdrawn and moved articles, read from the built site: what readers, feed readers and
 * search engines see of each, and the clear errors for revisions that cannot be right.
 */
class RevisionsOutputTest {

    private static final String CORRECTED = "articles/2024/grain-insurance-corrected.html";
    private static final String MOVED = "articles/2024/customs-union-moved.html";
    private static final String WITHDRAWN = "articles/2024/harbour-column-withdrawn.html";
    private static final String LINKING = "articles/2024/links-to-old-addresses.html";

    private static FixtureBake.Result bake;

    @BeforeAll
    static void bakeOnce() {
        bake = FixtureBake.bake("revisions", "fixtures/revisions/published");
        assertThat(bake.succeeded()).as(bake.describe()).isTrue();
    }

    private static String text(String sitePath) {
        try {
            return Files.readString(bake.site().file(sitePath), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document xml(String sitePath) {
        return Jsoup.parse(text(sitePath), "", Parser.xmlParser());
    }

    private static Element entry(Document feed, String sitePath) {
        return feed.select("entry").stream()
                .filter(e -> e.select("link[rel=alternate]").attr("href").endsWith(sitePath))
                .findFirst().orElseThrow(() -> new AssertionError("no entry for " + sitePath));
    }

    @Test
    void aCorrectedArticleShowsItsUpdateAndCorrectionsAboveTheAttribution() {
        Document page = bake.site().page(CORRECTED);
        assertThat(page.select(".article__header .article__updated time").attr("datetime")).isEqualTo("2024-05-20");
        assertThat(page.select(".article__updated").text()).isEqualTo("Updated 20 May 2024");
        List<String> corrections = page.select(".corrections li").eachText();
        assertThat(corrections).containsExactly(
                "6 May 2024: The second paragraph gave the premium as 4 per cent of hull value; it was 0.4 per cent.",
                "20 May 2024: An earlier version named the wrong port authority.");
        Element article = page.selectFirst("main article");
        int box = article.children().indexOf(article.selectFirst("section.corrections"));
        int footer = article.children().indexOf(article.selectFirst("footer.attribution"));
        assertThat(box).as("the corrections box comes right before the attribution footer").isEqualTo(footer - 1);
    }

    @Test
    void aCorrectionReachesTheFeedTheStructuredDataAndTheSitemap() {
        Element entry = entry(xml("feed.xml"), CORRECTED);
        assertThat(entry.selectFirst("published").text()).isEqualTo("2024-05-02T00:00:00Z");
        assertThat(entry.selectFirst("updated").text()).isEqualTo("2024-05-20T00:00:00Z");
        assertThat(entry.selectFirst("id").text()).isEqualTo("tag:the-commentary-ledger,2024:" + CORRECTED);

        Document page = bake.site().page(CORRECTED);
        String jsonLd = page.select("script[type=application/ld+json]").html();
        assertThat(jsonLd).contains("\"dateModified\":\"2024-05-20\"", "\"@type\":\"CorrectionComment\"",
                "\"text\":\"An earlier version named the wrong port authority.\"");
        assertThat(page.select("meta[property=article:modified_time]").attr("content")).isEqualTo("2024-05-20");

        Element url = xml("sitemap.xml").select("url").stream()
                .filter(u -> u.selectFirst("loc").text().endsWith(CORRECTED)).findFirst().orElseThrow();
        assertThat(url.selectFirst("lastmod").text()).isEqualTo("2024-05-20");
    }

    @Test
    void feedsHavePermanentIdsALanguageAndPublicationDates() {
        Document feed = xml("feed.xml");
        Element root = feed.selectFirst("feed");
        assertThat(root.attr("xml:lang")).isEqualTo("en");
        assertThat(root.selectFirst("> id").text()).startsWith("tag:");
        for (Element entry : feed.select("entry")) {
            assertThat(entry.selectFirst("id").text()).startsWith("tag:the-commentary-ledger,2024:articles/");
            assertThat(entry.select("published")).hasSize(1);
        }
        assertThat(entry(feed, MOVED).selectFirst("id").text())
                .as("a moved article keeps the id of its first address")
                .isEqualTo("tag:the-commentary-ledger,2024:articles/2024/customs-union.html");
    }

    @Test
    void articlesAskSearchEnginesNotToIndexTheCopyUnlessTheyAllowIt() {
        Document corrected = bake.site().page(CORRECTED);
        assertThat(corrected.select("meta[name=robots]").attr("content")).isEqualTo("noindex, follow");
        assertThat(corrected.select("link[rel=canonical]").attr("href")).endsWith(CORRECTED);
        assertThat(bake.site().page(LINKING).select("meta[name=robots]").attr("content")).isEqualTo("index, follow");
    }

    @Test
    void aWithdrawnArticleLeavesANoticeWithItsAttributionOnly() {
        Document notice = bake.site().page(WITHDRAWN);
        assertThat(notice.select("h1").text()).isEqualTo("The Harbour Column We No Longer Carry");
        assertThat(notice.select(".byline").text()).isEqualTo("By Sefa Okonkwo");
        assertThat(notice.select(".withdrawal__reason").text())
                .isEqualTo("Withdrawn at the request of the copyright holder.");
        assertThat(notice.select(".withdrawal__date time").attr("datetime")).isEqualTo("2024-09-01");
        assertThat(notice.select(".attribution__source a").first().attr("href"))
                .isEqualTo("https://lagoon-courier.example/2024/03/harbour-column");
        assertThat(notice.select(".attribution__copyright").text()).isEqualTo("© Sefa Okonkwo, The Lagoon Courier, 2024");
        assertThat(notice.select("meta[name=robots]").attr("content")).isEqualTo("noindex, follow");
        assertThat(notice.select("script[type=application/ld+json]")).as("no article JSON-LD").isEmpty();
        assertThat(notice.select(".article__body")).isEmpty();
        assertThat(notice.select("meta[name=description], meta[property=og:description]").eachAttr("content"))
                .as("the page's description is never the article's summary").noneMatch(d -> d.contains("SENTINEL"));
    }

    @Test
    void nothingOfAWithdrawnArticlesTextRemainsInAnyOutputFileOrTheOfflineCopy() throws IOException {
        List<String> leaks = new ArrayList<>();
        try (Stream<Path> files = Files.walk(bake.output())) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                scan(bake.output().relativize(file).toString(), Files.readAllBytes(file), leaks);
            }
        }
        Path zip = bake.output().resolveSibling("commentary-ledger-site.zip");
        assertThat(zip).exists();
        int entries = 0;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries++;
                scan("zip:" + e.getName(), readAll(in), leaks);
            }
        }
        assertThat(entries).isGreaterThan(10);
        assertThat(leaks).isEmpty();

        String lists = text("index.html") + text("archive.html") + text("feed.xml") + text("sitemap.xml")
                + text("sources/index.html") + text("authors/index.html");
        assertThat(lists).doesNotContain("harbour-column-withdrawn", "Sefa Okonkwo");
        assertThat(bake.site().exists("authors/sefa-okonkwo.html"))
                .as("an author whose only article is withdrawn has no page").isFalse();
    }

    private static void scan(String name, byte[] bytes, List<String> leaks) {
        String content = new String(bytes, StandardCharsets.ISO_8859_1);
        for (String sentinel : List.of("WITHDRAWN-BODY-SENTINEL", "WITHDRAWN-SUMMARY-SENTINEL", "quay cranes")) {
            if (content.contains(sentinel)) {
                leaks.add(name + " contains " + sentinel);
            }
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        return in.readAllBytes();
    }

    @Test
    void eachAliasIsASmallNoindexRedirectThatWorksFromDisk() {
        String alias = "articles/2024/customs-union.html";
        Document old = bake.site().page(alias);
        String refresh = old.select("meta[http-equiv=refresh]").attr("content");
        assertThat(refresh).startsWith("0; url=");
        assertThat(bake.site().resolve(alias, refresh.substring("0; url=".length()))).contains(MOVED);
        assertThat(old.select("link[rel=canonical]").attr("href")).endsWith(MOVED);
        assertThat(old.select("meta[name=robots]").attr("content")).isEqualTo("noindex, follow");
        assertThat(bake.site().resolve(alias, old.select("main .moved a").attr("href"))).contains(MOVED);

        String elsewhere = "old-site/customs.html";
        String there = bake.site().page(elsewhere).select("meta[http-equiv=refresh]").attr("content");
        assertThat(bake.site().resolve(elsewhere, there.substring("0; url=".length()))).contains(MOVED);

        assertThat(text("sitemap.xml")).doesNotContain("customs-union.html<", "old-site/");
        assertThat(bake.site().exists(bake.site().resolve(LINKING, "customs-union.html").orElseThrow()))
                .as("a link to the old address still resolves").isTrue();
    }

    @Test
    void impossibleRevisionsAreErrorsNamingTheFileTheLineAndTheFix() {
        FixtureBake.Result rejected = FixtureBake.bake("revisions-rejected", "fixtures/revisions/rejected");
        assertThat(rejected.succeeded()).isFalse();
        String dir = "articles/2024/";
        assertThat(messages(rejected, dir + "alias-onto-article.md")).containsExactly(
                "9: aliases: \"articles/2024/correction-before-article.html\" is the address of another content"
                        + " file's page, so no redirect can be written there; remove the alias (or rename what is"
                        + " published there)");
        assertThat(messages(rejected, dir + "alias-onto-home.md")).containsExactly(
                "9: aliases: \"index.html\" is a page the site writes itself (home, archive, listings, feeds), so no"
                        + " redirect can be written there; remove the alias (or rename what is published there)");
        assertThat(messages(rejected, dir + "shared-alias-one.md")).isEmpty();
        assertThat(messages(rejected, dir + "shared-alias-two.md")).containsExactly(
                "9: aliases: \"articles/2020/shared-old-address.html\" is also an alias of"
                        + " content/articles/2024/shared-alias-one.md; an old address can lead to one article only,"
                        + " remove it from one of the two");
        assertThat(messages(rejected, dir + "alias-unsafe.md")).singleElement().asString()
                .startsWith("9: aliases: \"../../etc/passwd.html\" is not a page path of this site");
        assertThat(messages(rejected, dir + "correction-before-article.md")).containsExactly(
                "9: corrections: the correction dated 2024-07-01 is before the article was republished (2024-07-06);"
                        + " check both dates");
        assertThat(messages(rejected, dir + "correction-in-future.md")).containsExactly(
                "9: corrections: the correction dated 2099-01-01 is in the future; give the day it was made");
        assertThat(messages(rejected, dir + "withdrawn-without-reason.md")).containsExactly(
                "11: withdrawn_reason: missing; add \"withdrawn_reason=Withdrawn at the request of the copyright"
                        + " holder.\" to the header");
        assertThat(rejected.output().resolve("index.html")).doesNotExist();
    }

    private static List<String> messages(FixtureBake.Result result, String contentPath) {
        return result.problemsFor(contentPath).stream()
                .map((Problem p) -> p.line() + ": " + p.field() + ": " + p.message()).toList();
    }
}
