package org.commentary.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.assertj.core.api.SoftAssertions;
import org.commentary.site.reader.NuHtmlChecker;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * Rules any valid collection keeps, checked on a baked site against the sources it was baked from. What is
 * published is found by walking content/ with the tests' header reader; nothing here names an article,
 * author, title, region or slug, so editors can add, rename and remove articles, images and vocabulary freely.
 * Each subclass says which site: {@link CollectionRulesTest} checks the one {@code mvn package} baked from the
 * repository, {@link MaintainerEditsTest} a copy of it after a maintainer's edits. How the generator lays out
 * each page is tested on the fixture collection ({@link FixtureCollection}); the same rules in a browser are in
 * {@code CollectionInBrowserTest}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CollectionRules {

    private static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /**
     * A baked site and the source folder it was baked from (the one holding content/, data/ and
     * jbake.properties).
     */
    record BakedCollection(SiteUnderTest site, Path source) {
    }

    private SiteUnderTest site;
    private Path source;
    private List<ContentHeader> published;
    private List<ContentHeader> drafts;
    private String base;

    /** The site the rules check, baked (by the subclass, if it bakes) before any rule runs; called once. */
    protected abstract BakedCollection bakedCollection();

    @BeforeAll
    void readTheSiteAndItsContent() {
        BakedCollection collection = bakedCollection();
        site = collection.site();
        source = collection.source();
        List<ContentHeader> content = ContentHeader.readAll(source.resolve("content"));
        published = content.stream().filter(ContentHeader::isPublished).toList();
        drafts = content.stream().filter(ContentHeader::isDraft).toList();
        base = new DataFiles(source).siteUrl();
    }

    @Test
    void everyPublishedArticleAndPageHasItsPage() {
        SoftAssertions soft = new SoftAssertions();
        for (ContentHeader file : published) {
            soft.assertThat(site.exists(file.outputPath())).as("page of content/%s", file).isTrue();
            if (site.exists(file.outputPath())) {
                soft.assertThat(site.page(file.outputPath()).select("main h1").eachText()).as("headings of %s", file)
                        .isNotEmpty();
            }
        }
        soft.assertAll();
    }

    @Test
    void everyPublishedArticleCarriesOneAttributionFooter() {
        DataFiles data = new DataFiles(source);
        String disclaimer = nfc(data.collectionText("disclaimer"));
        String fairUse = nfc(data.collectionText("fair_use"));
        SoftAssertions soft = new SoftAssertions();
        for (ContentHeader article : published.stream().filter(ContentHeader::isArticle).toList()) {
            String page = article.outputPath();
            if (!site.exists(page)) {
                continue; // reported by everyPublishedArticleAndPageHasItsPage
            }
            Elements footers = site.page(page).select("footer.attribution");
            soft.assertThat(footers).as("%s: attribution footers", page).hasSize(1);
            if (footers.size() != 1) {
                continue;
            }
            Element footer = footers.first();
            soft.assertThat(footer.select("a[href]").eachAttr("href")).as("%s: the footer links the original", page)
                    .contains(article.get("source_url"));
            soft.assertThat(footer.text()).as("%s: the footer names the original outlet", page)
                    .contains(article.get("source"));
            soft.assertThat(footer.select("p").eachText()).as("%s: the footer's © line", page)
                    .contains("© " + article.get("copyright").replaceFirst("^©\\s*", ""));
            soft.assertThat(footer.text()).as("%s: the collection's disclaimer", page).contains(disclaimer);
            soft.assertThat(footer.text()).as("%s: the collection's fair-use notice", page).contains(fairUse);
        }
        soft.assertAll();
    }

    @Test
    void draftsHaveNoPage() {
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(site.files()).as("files named like JBake's draft pages")
                .noneMatch(path -> path.endsWith("-draft.html"));
        for (ContentHeader draft : drafts) {
            soft.assertThat(site.exists(draft.outputPath())).as("page of draft content/%s", draft).isFalse();
        }
        soft.assertAll();
    }

    @Test
    void everyInternalLinkAndImageResolvesToAFileOfTheSite() {
        List<String> failures = new LinkChecker(site).check();
        assertThat(failures).as("broken links in %s:%n%s", site.root(), String.join("\n", failures)).isEmpty();
    }

    @Test
    void noPageLoadsAnythingFromTheNetwork() {
        List<String> failures = NetworkResources.loadedBy(site);
        assertThat(failures).as("external resources:%n%s", String.join("\n", failures)).isEmpty();
    }

    @Test
    void everyPageIsValidHtml() throws Exception {
        List<Path> pages = site.htmlPages().stream().map(site::file).toList();
        List<String> errors = new NuHtmlChecker().errors(site.root(), pages);
        assertThat(errors).as("%d pages checked; errors:%n%s", pages.size(), String.join("\n", errors)).isEmpty();
    }

    /** Every .xml file is the sitemap or an Atom feed; each parses, and each of its links names a file here. */
    @Test
    void feedsAndTheSitemapParseAndLinkOnlyToFilesOfTheSite() {
        List<String> feeds = site.files().stream().filter(path -> path.endsWith(".xml"))
                .filter(path -> !path.equals("sitemap.xml")).toList();
        assertThat(feeds).as("feeds of the site").contains("feed.xml");
        SoftAssertions soft = new SoftAssertions();
        for (String path : feeds) {
            AtomFeed feed = AtomFeed.parse(site.file(path), path);
            soft.assertThat(feed.rootNamespace() + " " + feed.rootName()).as("%s: root element", path)
                    .isEqualTo(AtomFeed.ATOM + " feed");
            List<AtomFeed.Link> links = new ArrayList<>(feed.links());
            feed.entries().forEach(entry -> {
                links.addAll(entry.links());
                soft.assertThat(entry.alternate()).as("%s: entry %s links its page", path, entry.ids())
                        .startsWith(base);
            });
            for (AtomFeed.Link link : links) {
                if (link.rel().equals("via")) {
                    continue; // the original, on its publisher's site
                }
                checkSiteUrl(soft, path, link.href());
            }
        }
        soft.assertAll();
    }

    @Test
    void theSitemapListsEveryPageButThe404Page() {
        Document sitemap = AtomFeed.XmlFiles.parse(site.file("sitemap.xml"), "sitemap.xml");
        assertThat(sitemap.getDocumentElement().getNamespaceURI() + " " + sitemap.getDocumentElement().getLocalName())
                .as("sitemap.xml root element").isEqualTo(SITEMAP_NS + " urlset");
        NodeList locs = sitemap.getElementsByTagNameNS(SITEMAP_NS, "loc");
        Set<String> listed = new TreeSet<>();
        SoftAssertions soft = new SoftAssertions();
        for (int i = 0; i < locs.getLength(); i++) {
            String url = locs.item(i).getTextContent().strip();
            checkSiteUrl(soft, "sitemap.xml", url);
            listed.add(url.startsWith(base) ? url.substring(base.length()) : url);
        }
        Set<String> pages = new TreeSet<>(site.htmlPages());
        pages.remove(SiteUnderTest.NOT_FOUND_PAGE);
        soft.assertThat(listed).as("pages in sitemap.xml").isEqualTo(pages);
        soft.assertAll();
    }

    @Test
    void everyWordOfEveryArticleIsInTheSearchData() {
        SearchData search = SearchData.read(site.root());
        List<String> articles = published.stream().filter(file -> !file.isPage()).map(ContentHeader::outputPath)
                .sorted().toList();
        assertThat(search.paths().stream().sorted().toList()).as("articles in the search data").isEqualTo(articles);
        SoftAssertions soft = new SoftAssertions();
        for (int id = 0; id < search.paths().size(); id++) {
            String path = search.paths().get(id);
            Element body = site.page(path).selectFirst(".article__body");
            soft.assertThat(body).as("body of %s", path).isNotNull();
            if (body != null) {
                int article = id;
                soft.assertThat(SearchData.plainWords(body.text()).stream()
                                .filter(word -> !search.articlesWith(word).contains(article)).distinct().toList())
                        .as("words of %s the search does not find", path).isEmpty();
            }
        }
        soft.assertAll();
    }

    @Test
    void theOfflineCopyHoldsEveryFileOfTheSiteButTheWebHostsOwn() throws IOException {
        String name = new DataFiles(source).setting("offline.zip")
                .orElseThrow(() -> new AssertionError("jbake.properties names no offline copy (offline.zip)"));
        Path zip = site.root().resolveSibling(name);
        assertThat(zip).as("the offline copy beside the site").isRegularFile();
        Map<String, byte[]> entries = new TreeMap<>();
        try (ZipFile file = new ZipFile(zip.toFile())) {
            for (ZipEntry entry : Collections.list(file.entries())) {
                if (!entry.isDirectory()) {
                    entries.put(entry.getName(), file.getInputStream(entry).readAllBytes());
                }
            }
        }
        Set<String> expected = new TreeSet<>(site.files());
        expected.removeAll(Set.of(SiteUnderTest.NOT_FOUND_PAGE, "robots.txt"));
        assertThat(entries.keySet()).as("files in %s", zip.getFileName()).isEqualTo(expected);
        SoftAssertions soft = new SoftAssertions();
        for (String path : expected) {
            soft.assertThat(entries.get(path)).as("%s in the offline copy", path)
                    .isEqualTo(Files.readAllBytes(site.file(path)));
        }
        soft.assertAll();
    }

    /** An absolute URL of this site (from site.url) that names an existing file. */
    private void checkSiteUrl(SoftAssertions soft, String where, String url) {
        if (!url.startsWith(base)) {
            soft.fail("%s: %s is not an address of this site (%s)", where, url, base);
            return;
        }
        String path = SiteUnderTest.pathPart(url.substring(base.length()));
        soft.assertThat(site.exists(path)).as("%s: %s names a file of the site", where, url).isTrue();
    }

    private static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
