package org.commentary.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.assertj.core.api.SoftAssertions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.ParseError;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The fixture collection's site ({@link FixtureCollection}), baked once for the whole test run. Every
 * expectation is computed from the bake's own sources (its content/, data/ and jbake.properties, read by the
 * tests themselves), so the tests follow the fixture as it grows; the repository's collection is checked by
 * {@link CollectionRulesTest}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BakedSiteTest {

    private static final DateTimeFormatter DATE_LABEL = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private SiteUnderTest site;
    private Path sourceRoot;
    private DataFiles data;
    private List<ContentHeader> content;
    private List<ContentHeader> articles;
    private List<ContentHeader> drafts;
    private Map<String, ContentHeader> articleByOutput;
    private int pageSize;

    @BeforeAll
    void readSiteAndContent() {
        site = FixtureCollection.site();
        sourceRoot = FixtureCollection.source();
        data = new DataFiles(sourceRoot);
        content = ContentHeader.readAll(sourceRoot.resolve("content"));
        articles = content.stream().filter(ContentHeader::isArticle).filter(ContentHeader::isPublished).toList();
        drafts = content.stream().filter(ContentHeader::isDraft).toList();
        articleByOutput = articles.stream().collect(Collectors.toMap(ContentHeader::outputPath, Function.identity()));
        pageSize = data.intSetting("index.posts_per_page");
        assertThat(articles).as("published articles under content/ (the tests read nothing?)").isNotEmpty();
        assertThat(pageSize).as("index.posts_per_page in the fixture's jbake.properties")
                .isEqualTo(FixtureCollection.PAGE_SIZE);
        assertThat(articles.size()).as("the fixture fills more than one home page").isGreaterThan(pageSize);
    }

    // --- what is published -------------------------------------------------------------------------------------

    @Test
    void publishedArticlesAreExactlyTheArticlePagesOfTheSite() {
        assertThat(articles).as("content guide: every article lives under content/articles/<year>/")
                .allSatisfy(article -> assertThat(article.path()).matches("articles/\\d{4}/[^/]+"));
        Set<String> expected = new TreeSet<>(articleByOutput.keySet());
        Set<String> actual = site.htmlPages().stream().filter(path -> path.startsWith("articles/"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(actual).as("article pages in %s, against the published articles in content/", site.root())
                .isEqualTo(expected);
    }

    @Test
    void draftsAreNeverPublishedNorMentioned() {
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(site.files()).as("files named like JBake's draft pages")
                .noneMatch(path -> path.endsWith("-draft.html"));
        for (ContentHeader draft : drafts) {
            soft.assertThat(site.exists(draft.outputPath())).as("page of draft %s", draft).isFalse();
            for (String page : site.htmlPages()) {
                Document document = site.page(page);
                soft.assertThat(document.select("a[href]").eachAttr("href"))
                        .as("links on %s (draft %s must not be linked)", page, draft)
                        .noneMatch(href -> site.resolve(page, href).orElse("").equals(draft.outputPath()));
                soft.assertThat(document.text()).as("text of %s (draft %s must not be listed)", page, draft)
                        .doesNotContain(draft.title());
            }
        }
        soft.assertAll();
    }

    @Test
    void siteHoldsExactlyTheExpectedFiles() throws IOException {
        Set<String> expected = new TreeSet<>(articleByOutput.keySet());
        content.stream().filter(ContentHeader::isPage).filter(ContentHeader::isPublished)
                .forEach(page -> expected.add(page.outputPath()));
        expected.addAll(homePagePaths());
        expected.add("archive.html");
        expected.add("search.html");
        expected.addAll(searchData());
        expected.addAll(filesBelow(sourceRoot.resolve("assets")));
        // Images beside the articles are published where they are, so relative links to them work.
        filesBelow(sourceRoot.resolve("content")).stream().filter(path -> !ContentHeader.isContent(path))
                .forEach(expected::add);
        // Taxonomies: from the headers and data/ (author and source pages found through the articles' links).
        expected.addAll(SiteTerms.of(site, data, content).files(pageSize));
        expected.addAll(List.of("feed.xml", "sitemap.xml", "robots.txt", SiteUnderTest.NOT_FOUND_PAGE));
        Set<String> actual = new TreeSet<>(site.files());
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(actual);
        Set<String> unexpected = new TreeSet<>(actual);
        unexpected.removeAll(expected);
        assertThat(actual)
                .as("every file of the site: published articles and pages, home pages, archive, assets, taxonomy"
                        + " index pages, term pages (with their later pages) and feeds, feed.xml, sitemap.xml,"
                        + " robots.txt and 404.html; nothing else (no drafts or stray copies).%nmissing: %s%nunexpected: %s",
                        missing, unexpected)
                .isEqualTo(expected);
    }

    @Test
    void aboutPageExistsWithItsTitle() {
        ContentHeader about = content.stream().filter(header -> header.path().equals("about.md")).findFirst()
                .orElseGet(() -> fail("content/about.md is missing"));
        Document page = site.page("about.html");
        assertThat(page.select("h1").eachText()).as("h1 of about.html").containsExactly(about.title());
        assertThat(page.title()).as("<title> of about.html").startsWith(about.title());
    }

    // --- article pages --------------------------------------------------------------------------------------

    @Test
    void everyArticleCarriesOneCompleteAttributionFooter() {
        String disclaimer = data.collectionText("disclaimer");
        String fairUse = data.collectionText("fair_use");
        SoftAssertions soft = new SoftAssertions();
        for (ContentHeader article : articles) {
            String page = article.outputPath();
            Elements footers = site.page(page).select("footer.attribution");
            soft.assertThat(footers).as("%s: attribution footers", page).hasSize(1);
            if (footers.isEmpty()) {
                continue;
            }
            Element footer = footers.first();
            String text = footer.text();
            String sourceUrl = article.get("source_url");
            soft.assertThat(sourceUrl).as("%s: source_url in the content file", article).isNotEmpty();
            soft.assertThat(footer.select("a[href]").stream()
                            .filter(a -> a.attr("href").equals(sourceUrl)).map(Element::text).toList())
                    .as("%s: texts of the footer's links to %s", page, sourceUrl)
                    .isNotEmpty()
                    .contains(article.get("source"));
            soft.assertThat(text).as("%s: footer", page).contains("First published by " + article.get("source"));
            soft.assertThat(footer.select("p").eachText()).as("%s: footer paragraphs", page)
                    .contains("© " + article.get("copyright").replaceFirst("^©\\s*", ""));
            soft.assertThat(text).as("%s: footer carries the collection's disclaimer", page).contains(disclaimer);
            soft.assertThat(text).as("%s: footer carries the fair-use notice", page).contains(fairUse);
            for (String optional : List.of("license", "changes")) {
                if (article.has(optional)) {
                    soft.assertThat(text).as("%s: footer shows %s", page, optional).contains(article.get(optional));
                }
            }
            for (String translator : article.list("translator")) {
                soft.assertThat(text).as("%s: footer names translator", page).contains("Translated by").contains(translator);
            }
            String sourceTitle = article.get("source_title");
            if (!sourceTitle.isEmpty() && !sourceTitle.equalsIgnoreCase(article.title())) {
                soft.assertThat(footer.select("cite").eachText()).as("%s: original title", page).containsExactly(sourceTitle);
            } else {
                soft.assertThat(footer.select("cite")).as("%s: no original title to show", page).isEmpty();
            }
            if (article.has("source_date")) {
                LocalDate sourceDate = LocalDate.parse(article.get("source_date"));
                soft.assertThat(footer.select("time").eachAttr("datetime")).as("%s: footer source date", page)
                        .contains(sourceDate.toString());
                soft.assertThat(text).as("%s: footer source date", page).contains(DATE_LABEL.format(sourceDate));
            }
        }
        soft.assertAll();
    }

    @Test
    void everyArticlePageShowsTitleBylineSourceAndTerms() {
        SoftAssertions soft = new SoftAssertions();
        for (ContentHeader article : articles) {
            String page = article.outputPath();
            Document document = site.page(page);
            soft.assertThat(document.select("h1").eachText()).as("%s: the page's h1", page)
                    .containsExactly(article.title());
            soft.assertThat(document.title()).as("%s: <title>", page).startsWith(article.title());
            soft.assertThat(document.select(".byline").eachText()).as("%s: byline", page)
                    .containsExactly("By " + names(article.list("author")));
            Elements header = document.select("main article header");
            soft.assertThat(header.text()).as("%s: article header", page)
                    .contains("First published by " + article.get("source"))
                    .contains("Republished " + DATE_LABEL.format(article.date()));
            soft.assertThat(header.select("time").eachAttr("datetime")).as("%s: dates", page)
                    .contains(article.date().toString());
            soft.assertThat(document.select("main ul.terms--regions li").eachText()).as("%s: regions", page)
                    .containsExactlyElementsOf(termNames("regions.yml", article.list("region")));
            soft.assertThat(document.select("main ul.terms--themes li").eachText()).as("%s: themes", page)
                    .containsExactlyElementsOf(termNames("themes.yml", article.list("theme")));
        }
        soft.assertAll();
    }

    // --- home pages and archive -------------------------------------------------------------------------------

    @Test
    void homePagesListEveryArticleNewestFirstExactlyOnceAndLinkTheirNeighbours() {
        List<String> pages = homePagePaths();
        assertThat(site.files().stream().filter(path -> path.startsWith("page/") || path.equals("index.html")).toList())
                .as("home pages for %d articles at %d per page", articles.size(), pageSize)
                .containsExactlyInAnyOrderElementsOf(pages);

        List<String> listed = new ArrayList<>();
        SoftAssertions soft = new SoftAssertions();
        for (int i = 0; i < pages.size(); i++) {
            String page = pages.get(i);
            Document document = site.page(page);
            List<String> onPage = articleLinks(page, document.select("main a[href]"));
            int expectedCount = i < pages.size() - 1 ? pageSize : articles.size() - pageSize * (pages.size() - 1);
            soft.assertThat(onPage).as("articles listed on %s", page).hasSize(expectedCount);
            listed.addAll(onPage);
            soft.assertThat(pagerTarget(document, page, "prev")).as("%s: rel=prev link", page)
                    .isEqualTo(i == 0 ? null : pages.get(i - 1));
            soft.assertThat(pagerTarget(document, page, "next")).as("%s: rel=next link", page)
                    .isEqualTo(i == pages.size() - 1 ? null : pages.get(i + 1));
        }
        soft.assertAll();
        assertThat(listed).as("articles listed over all home pages, in order").doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(articleByOutput.keySet());
        assertNewestFirst(listed, "home pages");
    }

    @Test
    void archiveListsEveryArticleOnceGroupedByYearNewestYearFirst() {
        Document archive = site.page("archive.html");
        List<Integer> expectedYears = articles.stream().map(a -> a.date().getYear()).distinct()
                .sorted(Comparator.reverseOrder()).toList();
        Elements sections = archive.select("main section:has(h2)");
        assertThat(sections.stream().map(section -> section.selectFirst("h2").text()).toList())
                .as("year headings of archive.html").containsExactlyElementsOf(expectedYears.stream().map(String::valueOf).toList());

        List<String> listed = new ArrayList<>();
        SoftAssertions soft = new SoftAssertions();
        for (Element section : sections) {
            int year = Integer.parseInt(section.selectFirst("h2").text());
            List<String> inYear = articleLinks("archive.html", section.select("a[href]"));
            soft.assertThat(inYear).as("archive section %d", year).containsExactlyInAnyOrderElementsOf(
                    articles.stream().filter(a -> a.date().getYear() == year).map(ContentHeader::outputPath).toList());
            listed.addAll(inYear);
        }
        soft.assertAll();
        assertThat(listed).as("articles in archive.html").doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(articleByOutput.keySet());
        assertNewestFirst(listed, "archive.html");
    }

    // --- links and resources -------------------------------------------------------------------------------

    @Test
    void everyInternalLinkResolvesToAFileOfTheSite() {
        List<String> failures = new LinkChecker(site).check();
        assertThat(failures).as("broken links in %s:%n%s", site.root(), String.join("\n", failures)).isEmpty();
    }

    @Test
    void noPageLoadsAnythingFromTheNetwork() {
        List<String> failures = NetworkResources.loadedBy(site);
        assertThat(failures).as("external resources:%n%s", String.join("\n", failures)).isEmpty();
    }

    // --- markup ---------------------------------------------------------------------------------------------

    /**
     * No real article is hard-wrapped today, so this guards future content; the valid fixture bake
     * (InvalidContentTest) has hard-wrapped paragraphs and checks the same rule deterministically.
     */
    @Test
    void articleParagraphsHaveNoHardLineBreaks() {
        SoftAssertions soft = new SoftAssertions();
        for (ContentHeader article : articles) {
            soft.assertThat(site.page(article.outputPath()).select("main article p br"))
                    .as("%s: <br> inside paragraphs (a single newline must not become a line break)", article.outputPath())
                    .isEmpty();
        }
        soft.assertAll();
    }

    @Test
    void noPageRepeatsAnId() {
        SoftAssertions soft = new SoftAssertions();
        for (String page : site.htmlPages()) {
            Map<String, Integer> counts = new HashMap<>();
            site.page(page).select("[id]").forEach(element -> counts.merge(element.id(), 1, Integer::sum));
            soft.assertThat(counts).as("%s: ids used more than once", page).allSatisfy((id, count) -> assertThat(count)
                    .as("id \"%s\"", id).isEqualTo(1));
        }
        soft.assertAll();
    }

    @Test
    void pagesOtherThanHomePagesAreWellFormedHtml() {
        List<String> pages = site.htmlPages().stream().filter(page -> !homePagePaths().contains(page)).toList();
        assertThat(pages).isNotEmpty();
        List<String> errors = parseErrors(pages);
        assertThat(errors).as("HTML parse errors:%n%s", String.join("\n", errors)).isEmpty();
    }

    @Test
    void homePagesAreWellFormedHtml() {
        List<String> errors = parseErrors(homePagePaths());
        assertThat(errors).as("HTML parse errors:%n%s", String.join("\n", errors)).isEmpty();
    }

    @Test
    void imagesBesideArticlesAreShownFromTheirPages() {
        List<String> images = filesBelow(sourceRoot.resolve("content")).stream()
                .filter(path -> !ContentHeader.isContent(path)).toList();
        assertThat(images).as("images in the fixture's content/ (or this test proves nothing)").isNotEmpty();
        SoftAssertions soft = new SoftAssertions();
        for (String image : images) {
            List<String> showing = articles.stream().map(ContentHeader::outputPath)
                    .filter(page -> site.page(page).select("main article img[src]").eachAttr("src").stream()
                            .anyMatch(src -> site.resolve(page, src).orElse("").equals(image)))
                    .toList();
            soft.assertThat(showing).as("article pages showing %s", image).isNotEmpty();
            soft.assertThat(site.exists(image)).as("%s is published", image).isTrue();
        }
        soft.assertAll();
    }

    // --- helpers --------------------------------------------------------------------------------------------

    /** Every file below {@code folder}, relative to it with '/' separators. */
    /** The search data: the manifest, each term shard it names and one text file per chunk of articles. */
    private List<String> searchData() throws IOException {
        String script = Files.readString(site.root().resolve("search/manifest.js"), StandardCharsets.UTF_8);
        String call = "CommentarySearch.manifest(";
        JsonNode manifest = new ObjectMapper().readTree(script.substring(script.indexOf(call) + call.length(), script.length() - 3));
        List<String> files = new ArrayList<>(List.of("search/manifest.js"));
        for (int n = 0; n < manifest.path("shards").size(); n++) {
            files.add("search/terms/" + n + ".js");
        }
        int chunk = manifest.path("chunk").asInt();
        for (int n = 0; n * chunk < articleByOutput.size(); n++) {
            files.add("search/text/" + n + ".js");
        }
        return files;
    }

    private static List<String> filesBelow(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).map(path -> folder.relativize(path).toString().replace('\\', '/'))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> homePagePaths() {
        int count = Math.max(1, (articles.size() + pageSize - 1) / pageSize);
        List<String> paths = new ArrayList<>();
        for (int number = 1; number <= count; number++) {
            paths.add(number == 1 ? "index.html" : "page/" + number + ".html");
        }
        return paths;
    }

    /** The site paths of the articles {@code links} lead to, each once, in page order. */
    private List<String> articleLinks(String page, Elements links) {
        LinkedHashSet<String> targets = new LinkedHashSet<>();
        for (Element link : links) {
            site.resolve(page, link.attr("href")).filter(articleByOutput::containsKey).ifPresent(targets::add);
        }
        return new ArrayList<>(targets);
    }

    private String pagerTarget(Document document, String page, String rel) {
        Elements links = document.select("a[rel~=^" + rel + "$]");
        if (links.isEmpty()) {
            return null;
        }
        assertThat(links).as("%s: rel=%s links", page, rel).hasSize(1);
        String href = links.first().attr("href");
        assertThat(href).as("%s: rel=%s link", page, rel).doesNotStartWith("/");
        String target = site.resolve(page, href).orElseGet(() -> fail(page + ": rel=" + rel + " link " + href
                + " does not stay inside the site"));
        assertThat(site.exists(target)).as("%s: rel=%s link %s leads to an existing file", page, rel, href).isTrue();
        return target;
    }

    private void assertNewestFirst(List<String> listed, String where) {
        for (int i = 1; i < listed.size(); i++) {
            LocalDate before = articleByOutput.get(listed.get(i - 1)).date();
            LocalDate after = articleByOutput.get(listed.get(i)).date();
            assertThat(after).as("%s: %s (%s) is listed after %s (%s): newest first", where, listed.get(i), after,
                    listed.get(i - 1), before).isBeforeOrEqualTo(before);
        }
    }

    private List<String> termNames(String vocabulary, List<String> written) {
        return written.stream().map(value -> data.termName(vocabulary, value)
                .orElseGet(() -> fail("\"" + value + "\" is not in data/" + vocabulary))).toList();
    }

    /** "A", "A and B", "A, B and C". */
    static String names(List<String> names) {
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    private List<String> parseErrors(List<String> pages) {
        List<String> errors = new ArrayList<>();
        for (String page : pages) {
            Parser parser = Parser.htmlParser().setTrackErrors(100);
            try {
                Jsoup.parse(Files.readString(site.file(page)), "", parser);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (ParseError error : parser.getErrors()) {
                errors.add(page + ": " + error);
            }
        }
        return errors;
    }
}
