package org.commentary.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    private static final Pattern DATED_FOLDER = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*-([0-9]{4}-[0-9]{2}-[0-9]{2})/");
    /** The footer paragraph that links the offline copy on the published site. */
    private static final Pattern DOWNLOAD = Pattern.compile("<p class=\"site-footer__download\">.*?</p>",
            Pattern.DOTALL);

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
    private List<ContentHeader> withdrawn;
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
        withdrawn = content.stream().filter(header -> header.get("status").equalsIgnoreCase("withdrawn")).toList();
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
    void everyWithdrawnArticleLeavesOnlyANoticeWithItsReason() {
        SoftAssertions soft = new SoftAssertions();
        for (ContentHeader file : withdrawn) {
            String page = file.outputPath();
            soft.assertThat(site.exists(page)).as("notice at the address of withdrawn content/%s", file).isTrue();
            if (!site.exists(page)) {
                continue;
            }
            var notice = site.page(page);
            soft.assertThat(notice.select(".withdrawal").text()).as("%s: the reason", page)
                    .contains(nfc(file.get("withdrawn_reason")));
            soft.assertThat(notice.select(".article__body")).as("%s: no article text", page).isEmpty();
            soft.assertThat(notice.select("meta[name=robots]").attr("content")).as("%s: robots", page)
                    .startsWith("noindex");
        }
        soft.assertAll();
    }

    @Test
    void everyOldAddressOfAMovedArticleLeadsToIt() {
        SoftAssertions soft = new SoftAssertions();
        for (ContentHeader file : published) {
            for (String alias : file.list("aliases")) {
                soft.assertThat(site.exists(alias)).as("redirect page %s of content/%s", alias, file).isTrue();
                if (!site.exists(alias)) {
                    continue;
                }
                String refresh = site.page(alias).select("meta[http-equiv=refresh]").attr("content");
                String target = refresh.startsWith("0; url=") ? refresh.substring("0; url=".length()) : "";
                soft.assertThat(site.resolve(alias, target)).as("%s: where its refresh leads", alias)
                        .contains(file.outputPath());
            }
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
    void theSitemapListsEveryPageButThe404PageRedirectsAndWithdrawalNotices() {
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
        // An old address of a moved article, or the notice left by a withdrawn one, is not a page to crawl.
        pages.removeIf(page -> site.page(page).selectFirst("body.page-redirect, body.page-withdrawn") != null);
        soft.assertThat(listed).as("pages in sitemap.xml").isEqualTo(pages);
        soft.assertAll();
    }

    /** Under each article, every author with a bio or home page in data/authors.yml is introduced with them. */
    @Test
    void everyArticleIntroducesItsAuthorsFromTheDataFolder() {
        DataFiles data = new DataFiles(source);
        SoftAssertions soft = new SoftAssertions();
        for (ContentHeader article : published.stream().filter(ContentHeader::isArticle).toList()) {
            String page = article.outputPath();
            if (!site.exists(page)) {
                continue;
            }
            Element box = site.page(page).selectFirst("aside.author-box");
            for (String author : article.list("author")) {
                DataFiles.Profile profile = data.profile("authors.yml", "bio", author).orElse(null);
                if (profile == null || profile.about().isEmpty() && profile.url().isEmpty()) {
                    continue;
                }
                soft.assertThat(box).as("%s: an author box for %s", page, author).isNotNull();
                if (box == null) {
                    continue;
                }
                soft.assertThat(nfc(DataFiles.collapse(box.text()))).as("%s: the author box", page)
                        .contains(nfc(author)).contains(nfc(profile.about()));
                if (!profile.url().isEmpty()) {
                    soft.assertThat(box.select("a[href]").eachAttr("href")).as("%s: %s's home page", page, author)
                            .contains(profile.url());
                }
            }
        }
        soft.assertAll();
    }

    /**
     * An article in another language than the collection's marks its title with it; two language versions
     * ({@code translation_of}) link each other, visibly and as {@code hreflang} alternates of their headers'
     * languages.
     */
    @Test
    void articlesInOtherLanguagesSaySoAndLanguageVersionsLinkEachOther() {
        String collectionLanguage = new DataFiles(source).collectionSetting("language").orElse("en");
        Map<String, ContentHeader> byPath = new TreeMap<>();
        published.forEach(file -> byPath.put(file.path(), file));
        SoftAssertions soft = new SoftAssertions();
        for (ContentHeader article : published.stream().filter(ContentHeader::isArticle).toList()) {
            String page = article.outputPath();
            if (!site.exists(page)) {
                continue;
            }
            String language = article.has("language") ? article.get("language") : collectionLanguage;
            Element title = site.page(page).selectFirst("h1");
            soft.assertThat(title.closest("[lang]").attr("lang")).as("%s: the language of its title", page)
                    .isEqualToIgnoringCase(language);
            if (!article.has("translation_of")) {
                continue;
            }
            ContentHeader other = byPath.get(article.get("translation_of").replaceFirst("^content/", ""));
            soft.assertThat(other).as("%s: translation_of names a published article", page).isNotNull();
            if (other == null) {
                continue;
            }
            String otherLanguage = other.has("language") ? other.get("language") : collectionLanguage;
            for (ContentHeader[] pair : List.of(new ContentHeader[] {article, other},
                    new ContentHeader[] {other, article})) {
                org.jsoup.nodes.Document from = site.page(pair[0].outputPath());
                Map<String, String> alternates = new TreeMap<>();
                from.select("head link[rel=alternate][hreflang]").forEach(link -> alternates.put(
                        link.attr("hreflang").toLowerCase(java.util.Locale.ROOT), link.attr("href")));
                soft.assertThat(alternates).as("%s: hreflang alternates", pair[0].outputPath()).isEqualTo(Map.of(
                        language.toLowerCase(java.util.Locale.ROOT), base + article.outputPath(),
                        otherLanguage.toLowerCase(java.util.Locale.ROOT), base + other.outputPath()));
                soft.assertThat(from.select(".article__versions a[hreflang]").eachAttr("href").stream()
                        .map(href -> site.resolve(pair[0].outputPath(), href).orElse(href)).toList())
                        .as("%s: a visible link to the other version", pair[0].outputPath())
                        .containsExactly(pair[1].outputPath());
            }
        }
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

    /**
     * The zip unpacks into one folder named after the collection and a day; it holds every file of the site
     * but the web host's own, byte for byte, except that each page's footer says which day the copy is from
     * where the site's footer links the download.
     */
    @Test
    void theOfflineCopyHoldsEveryFileOfTheSiteButTheWebHostsOwnInOneDatedFolder() throws IOException {
        String name = new DataFiles(source).setting("offline.zip")
                .orElseThrow(() -> new AssertionError("jbake.properties names no offline copy (offline.zip)"));
        Path zip = site.root().resolveSibling(name);
        assertThat(zip).as("the offline copy beside the site").isRegularFile();
        Map<String, byte[]> entries = new TreeMap<>();
        Set<String> folders = new TreeSet<>();
        try (ZipFile file = new ZipFile(zip.toFile())) {
            for (ZipEntry entry : Collections.list(file.entries())) {
                folders.add(entry.getName().substring(0, entry.getName().indexOf('/') + 1));
                if (!entry.isDirectory()) {
                    entries.put(entry.getName(), file.getInputStream(entry).readAllBytes());
                }
            }
        }
        assertThat(folders).as("top-level folders in %s", zip.getFileName()).hasSize(1);
        String folder = folders.iterator().next();
        Matcher dated = DATED_FOLDER.matcher(folder);
        assertThat(dated.matches()).as("%s is named after the collection and a date (name-YYYY-MM-DD/)", folder)
                .isTrue();
        String day = dated.group(1);
        LocalDate.parse(day);
        Set<String> expected = new TreeSet<>();
        for (String path : site.files()) {
            if (!path.equals(SiteUnderTest.NOT_FOUND_PAGE) && !path.equals("robots.txt")) {
                expected.add(folder + path);
            }
        }
        assertThat(entries.keySet()).as("files in %s", zip.getFileName()).isEqualTo(expected);
        SoftAssertions soft = new SoftAssertions();
        for (String entry : expected) {
            String path = entry.substring(folder.length());
            byte[] original = Files.readAllBytes(site.file(path));
            if (!path.endsWith(".html")) {
                soft.assertThat(entries.get(entry)).as("%s in the offline copy", path).isEqualTo(original);
                continue;
            }
            String page = new String(original, StandardCharsets.UTF_8);
            String copy = new String(entries.get(entry), StandardCharsets.UTF_8);
            Matcher download = DOWNLOAD.matcher(page);
            if (!download.find()) {
                soft.fail("%s: the footer links no download (%s)", path, name);
                continue;
            }
            soft.assertThat(download.group()).as("%s: the footer's download link", path).contains(name + "\"");
            String before = page.substring(0, download.start());
            String after = page.substring(download.end());
            soft.assertThat(copy).as("%s in the offline copy: the site's page up to the footer's note", path)
                    .startsWith(before).endsWith(after);
            if (copy.startsWith(before) && copy.endsWith(after) && copy.length() >= before.length() + after.length()) {
                String note = copy.substring(before.length(), copy.length() - after.length());
                soft.assertThat(note).as("%s: the copy's footer says which day it is from", path)
                        .contains("<time datetime=\"" + day + "\">").doesNotContain(name);
            }
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
