package org.commentary.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Collator;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.assertj.core.api.SoftAssertions;
import org.commentary.build.ContentErrorsException;
import org.commentary.site.SiteTerms.Kind;
import org.commentary.site.SiteTerms.Term;
import org.commentary.vocabulary.Slugs;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Issue #3: index pages for regions, themes, authors and sources, one paginated page and one Atom feed
 * per term, the site feed, the sitemap, robots.txt, the 404 page, and the links from article pages to
 * their terms. Everything expected is computed from content/ and data/ ({@link SiteTerms}); the fixture
 * collection ({@link FixtureCollection}) is checked first, then smaller fixture bakes cover what it cannot:
 * pagination over three pages, Cyrillic and CJK names, and two spellings that would share a page.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TaxonomyPagesTest {

    /** Entries in a feed: the newest articles, at most this many (issue #3). */
    private static final int FEED_ENTRIES = 20;
    /** "More by" lists at least this many of the author's other articles when there are that many. */
    private static final int MORE_BY_AT_LEAST = 3;
    private static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /** A baked site with everything the tests expect of it, read from its sources. */
    record Context(SiteUnderTest site, DataFiles data, List<ContentHeader> content, List<ContentHeader> published,
                   List<ContentHeader> drafts, Map<String, ContentHeader> byOutput, SiteTerms terms, int pageSize,
                   String base) {

        static Context of(SiteUnderTest site, Path sourceRoot) {
            DataFiles data = new DataFiles(sourceRoot);
            List<ContentHeader> content = ContentHeader.readAll(sourceRoot.resolve("content"));
            List<ContentHeader> published = content.stream().filter(ContentHeader::isArticle)
                    .filter(ContentHeader::isPublished).sorted(SiteTerms.NEWEST_FIRST).toList();
            List<ContentHeader> drafts = content.stream().filter(ContentHeader::isDraft).toList();
            Map<String, ContentHeader> byOutput = published.stream()
                    .collect(Collectors.toMap(ContentHeader::outputPath, Function.identity()));
            int pageSize = data.intSetting("index.posts_per_page");
            return new Context(site, data, content, published, drafts, byOutput, SiteTerms.of(site, data, content),
                    pageSize, data.siteUrl());
        }

        /** The site path an absolute URL of this site names (query and fragment dropped), if it is one. */
        Optional<String> sitePath(String url) {
            return url.startsWith(base) ? Optional.of(SiteUnderTest.pathPart(url.substring(base.length())))
                    : Optional.empty();
        }
    }

    private Context collection;

    @BeforeAll
    void readFixtureCollection() {
        collection = Context.of(FixtureCollection.site(), FixtureCollection.source());
        assertThat(collection.published()).as("published articles under content/").isNotEmpty();
        for (Kind kind : Kind.values()) {
            assertThat(collection.terms().terms(kind)).as("%s in the fixture collection", kind.label).isNotEmpty();
        }
    }

    // --- the fixture collection -------------------------------------------------------------------------

    @Test
    void indexPagesListEveryTermWithItsNameCountAndDescriptionAlphabetically() {
        SoftAssertions soft = new SoftAssertions();
        checkIndexPages(collection, soft);
        soft.assertAll();
    }

    @Test
    void termPagesListExactlyTheirPublishedArticlesNewestFirstOverLinkedPages() {
        SoftAssertions soft = new SoftAssertions();
        checkTermPages(collection, soft);
        soft.assertAll();
    }

    @Test
    void authorAndSourcePagesShowBioAndHomePageExactlyWhenTheDataFilesHaveThem() {
        List<Term> profiled = new ArrayList<>(collection.terms().terms(Kind.AUTHOR));
        profiled.addAll(collection.terms().terms(Kind.SOURCE));
        // The fixture data must exercise both sides, or this test proves nothing.
        assertThat(collection.terms().terms(Kind.AUTHOR)).as("authors with a bio and a home page in data/authors.yml")
                .anyMatch(term -> !term.description().isEmpty() && !term.homepage().isEmpty())
                .as("authors with a bio but no home page (Małgorzata Wierzbińska)")
                .anyMatch(term -> !term.description().isEmpty() && term.homepage().isEmpty());
        assertThat(collection.terms().terms(Kind.SOURCE)).as("sources with a home page in data/sources.yml")
                .anyMatch(term -> !term.homepage().isEmpty())
                .as("sources without an entry in data/sources.yml (Tasman Forum)")
                .anyMatch(term -> term.homepage().isEmpty() && term.description().isEmpty());
        SoftAssertions soft = new SoftAssertions();
        checkTermHeaders(collection, soft);
        soft.assertAll();
    }

    @Test
    void termFeedsAreAtomWithTheNewestArticlesAndAbsoluteUrls() {
        SoftAssertions soft = new SoftAssertions();
        checkTermFeeds(collection, soft);
        soft.assertAll();
    }

    @Test
    void siteFeedIsAtomWithTheNewestArticles() {
        SoftAssertions soft = new SoftAssertions();
        checkFeed(collection, soft, "feed.xml", collection.published(), "index.html", null);
        soft.assertThat(collection.site().page("index.html").select("head link[rel=alternate][type=application/atom+xml]")
                        .eachAttr("href").stream().map(href -> collection.site().resolve("index.html", href).orElse(href))
                        .toList())
                .as("index.html announces the site feed").contains("feed.xml");
        soft.assertAll();
    }

    @Test
    void sitemapListsEveryPageButThe404PageWithAbsoluteUrls() {
        org.w3c.dom.Document sitemap = AtomFeed.XmlFiles.parse(collection.site().file("sitemap.xml"), "sitemap.xml");
        org.w3c.dom.Element root = sitemap.getDocumentElement();
        assertThat(root.getNamespaceURI() + " " + root.getLocalName()).as("sitemap.xml root element")
                .isEqualTo(SITEMAP_NS + " urlset");
        List<String> locs = new ArrayList<>();
        Map<String, String> lastmods = new java.util.HashMap<>();
        org.w3c.dom.NodeList urls = sitemap.getElementsByTagNameNS(SITEMAP_NS, "url");
        for (int i = 0; i < urls.getLength(); i++) {
            org.w3c.dom.Element url = (org.w3c.dom.Element) urls.item(i);
            org.w3c.dom.NodeList loc = url.getElementsByTagNameNS(SITEMAP_NS, "loc");
            assertThat(loc.getLength()).as("<loc> elements in sitemap <url> #%d", i + 1).isEqualTo(1);
            String value = loc.item(0).getTextContent().strip();
            locs.add(value);
            org.w3c.dom.NodeList lastmod = url.getElementsByTagNameNS(SITEMAP_NS, "lastmod");
            if (lastmod.getLength() > 0) {
                lastmods.put(value, lastmod.item(0).getTextContent().strip());
            }
        }
        assertThat(locs).as("sitemap.xml locations").doesNotHaveDuplicates()
                .allSatisfy(loc -> assertThat(loc).as("absolute URL from site.url").startsWith(collection.base()));

        Set<String> expected = new TreeSet<>(collection.site().htmlPages());
        expected.remove(SiteUnderTest.NOT_FOUND_PAGE);
        Set<String> listed = locs.stream().map(loc -> collection.sitePath(loc).orElse(loc))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(listed).as("pages in sitemap.xml: every HTML page of %s except %s", collection.site().root(),
                SiteUnderTest.NOT_FOUND_PAGE).isEqualTo(expected);

        Set<String> termPages = new TreeSet<>();
        collection.terms().all().forEach(term -> termPages.addAll(term.pagePaths(collection.pageSize())));
        for (Kind kind : Kind.values()) {
            termPages.add(kind.indexPath());
        }
        assertThat(listed).as("sitemap.xml lists every taxonomy index and term page").containsAll(termPages);
        SoftAssertions soft = new SoftAssertions();
        for (ContentHeader article : collection.published()) {
            soft.assertThat(lastmods.get(collection.base() + article.outputPath())).as("lastmod of %s", article)
                    .isEqualTo(article.date().toString());
        }
        soft.assertAll();
    }

    @Test
    void robotsTxtNamesTheSitemap() throws IOException {
        List<String> lines = Files.readAllLines(collection.site().file("robots.txt"));
        assertThat(lines).as("robots.txt").contains("Sitemap: " + collection.base() + "sitemap.xml");
        assertThat(collection.site().exists("sitemap.xml")).as("the sitemap robots.txt names").isTrue();
    }

    @Test
    void notFoundPageLinksOnlyAbsolutelyFromTheSiteUrl() {
        Document page = collection.site().page(SiteUnderTest.NOT_FOUND_PAGE);
        List<String> links = new ArrayList<>();
        for (Element element : page.select("[href], [src]")) {
            links.add(element.hasAttr("href") ? element.attr("href") : element.attr("src"));
        }
        List<String> absolute = links.stream().filter(link -> !link.startsWith("#")).toList();
        assertThat(absolute).as("links of 404.html (other than in-page #fragments)").isNotEmpty()
                .allSatisfy(link -> assertThat(link).as("404.html is served at any depth: absolute links only")
                        .startsWith(collection.base()));
        SoftAssertions soft = new SoftAssertions();
        for (String link : absolute) {
            String path = collection.sitePath(link).orElseThrow();
            // The offline copy is published beside the site's root, as the zip beside the site's folder.
            boolean exists = collection.site().exists(path) || path.endsWith(".zip")
                    && Files.isRegularFile(collection.site().root().resolveSibling(path));
            soft.assertThat(exists).as("404.html link %s leads to a file of the site", link).isTrue();
        }
        for (Kind kind : Kind.values()) {
            soft.assertThat(absolute).as("404.html links the %s index", kind.label).contains(collection.base() + kind.indexPath());
        }
        soft.assertAll();
    }

    @Test
    void articlePagesLinkEveryRegionThemeAuthorAndSourceToItsTermPage() {
        SoftAssertions soft = new SoftAssertions();
        checkArticleTermLinks(collection, soft);
        soft.assertAll();
    }

    @Test
    void articlePagesShowMoreByTheSameAuthor() {
        assertThat(collection.terms().terms(Kind.AUTHOR)).as("authors with more than one published article")
                .anyMatch(term -> term.articles().size() > 1);
        SoftAssertions soft = new SoftAssertions();
        checkMoreBy(collection, soft);
        soft.assertAll();
    }

    @Test
    void navigationReachesAllFourIndexesFromEveryPage() {
        SoftAssertions soft = new SoftAssertions();
        for (String page : collection.site().htmlPages()) {
            Elements nav = collection.site().page(page).select("header nav a[href]");
            Set<String> targets = new TreeSet<>();
            for (Element link : nav) {
                String href = link.attr("href");
                collection.sitePath(href).or(() -> collection.site().resolve(page, href)).ifPresent(targets::add);
            }
            for (Kind kind : Kind.values()) {
                soft.assertThat(targets).as("%s: the header navigation links the %s index", page, kind.label)
                        .contains(kind.indexPath());
            }
        }
        soft.assertAll();
    }

    @Test
    void draftsAppearInNoListingCountFeedOrSitemap() {
        assertThat(collection.drafts()).as("the fixture collection has a draft (the test would prove nothing)").isNotEmpty();
        SoftAssertions soft = new SoftAssertions();
        checkDrafts(collection, soft);
        soft.assertAll();
    }

    @Test
    void everyLinkOnTheTaxonomyPagesResolvesToAFile() {
        List<String> pages = collection.site().htmlPages().stream()
                .filter(page -> page.matches("(regions|themes|authors|sources)/.*")).toList();
        assertThat(pages).as("taxonomy pages").hasSizeGreaterThanOrEqualTo(collection.terms().all().size() + 4);
        List<String> failures = new LinkChecker(collection.site()).check(pages);
        assertThat(failures).as("broken links on taxonomy pages:%n%s", String.join("\n", failures)).isEmpty();
    }

    @Test
    void slugsAreStableAndReadable() {
        SoftAssertions soft = new SoftAssertions();
        Map<String, String> known = Map.of(
                "Zoë Varga-Lindqvist", "authors/zoe-varga-lindqvist.html",
                "Emre Kılıç", "authors/emre-kilic.html",
                "Małgorzata Wierzbińska", "authors/malgorzata-wierzbinska.html");
        known.forEach((name, path) -> soft.assertThat(collection.terms().term(Kind.AUTHOR, name).path())
                .as("page the article pages link %s to", name).isEqualTo(path));
        soft.assertThat(collection.terms().term(Kind.REGION, "Asia, Russia and FSU").path())
                .isEqualTo("regions/asia-russia-and-fsu.html");
        // The fixture's data/regions.yml gives this region no slug: the build derives it.
        soft.assertThat(collection.terms().term(Kind.REGION, "Middle East & North Africa").path())
                .as("page of a region without a slug in data/regions.yml")
                .isEqualTo("regions/middle-east-and-north-africa.html");
        // The slug rule itself, for names the data files do not give a slug.
        soft.assertThat(Slugs.of("Asia, Russia and FSU")).isEqualTo("asia-russia-and-fsu");
        soft.assertThat(Slugs.of("Middle East & North Africa")).isEqualTo("middle-east-and-north-africa");
        soft.assertThat(Slugs.of("Zoë Varga-Lindqvist")).isEqualTo("zoe-varga-lindqvist");
        soft.assertThat(Slugs.of("Emre Kılıç")).isEqualTo("emre-kilic");
        soft.assertThat(Slugs.of("Małgorzata Wierzbińska")).isEqualTo("malgorzata-wierzbinska");
        soft.assertThat(Slugs.of("  Emre Kılıç ")).as("stable: surrounding spaces do not matter").isEqualTo("emre-kilic");
        for (String name : List.of("Мария Иванова", "王小明", "Ελένη Παπαδοπούλου", "Søren Ødegård", "★☆★")) {
            soft.assertThat(Slugs.of(name)).as("slug of %s", name).matches("[a-z0-9]+(-[a-z0-9]+)*")
                    .isEqualTo(Slugs.of(name));
        }
        soft.assertAll();
    }

    // --- fixture bakes ----------------------------------------------------------------------------------

    /**
     * Five articles in Europe (one draft too) at two per page: Europe gets three pages; the authors are
     * written in Cyrillic, Chinese and accented Latin.
     */
    @Test
    void smallPageSizePaginatesTermPagesAndForeignScriptNamesGetReadablePages() {
        FixtureBake.Result bake = FixtureBake.setup("taxonomy-paging").fixtures("fixtures/taxonomy/paging")
                .property("index.posts_per_page", "2").bake();
        assertThat(bake.succeeded()).as(bake.describe()).isTrue();
        Context fixture = Context.of(bake.site(), bake.source());
        assertThat(fixture.pageSize()).as("index.posts_per_page of the fixture's jbake.properties").isEqualTo(2);

        Term europe = fixture.terms().term(Kind.REGION, "Europe");
        assertThat(europe.articles()).as("published articles in Europe (the fixture)").hasSize(5);
        assertThat(europe.pagePaths(2)).containsExactly("regions/europe.html", "regions/europe/2.html",
                "regions/europe/3.html");
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(pager(fixture, "regions/europe.html")).as("regions/europe.html: rel=prev, rel=next")
                .containsExactly(null, "regions/europe/2.html");
        soft.assertThat(pager(fixture, "regions/europe/2.html")).as("regions/europe/2.html: rel=prev, rel=next")
                .containsExactly("regions/europe.html", "regions/europe/3.html");
        soft.assertThat(pager(fixture, "regions/europe/3.html")).as("regions/europe/3.html: rel=prev, rel=next")
                .containsExactly("regions/europe/2.html", null);
        soft.assertThat(fixture.site().exists("regions/europe/4.html")).as("a fourth Europe page").isFalse();

        checkIndexPages(fixture, soft);
        checkTermPages(fixture, soft);
        checkTermHeaders(fixture, soft);
        checkTermFeeds(fixture, soft);
        checkFeed(fixture, soft, "feed.xml", fixture.published(), "index.html", null);
        checkArticleTermLinks(fixture, soft);
        checkMoreBy(fixture, soft);
        checkDrafts(fixture, soft);
        soft.assertThat(new LinkChecker(fixture.site()).check()).as("broken links in the fixture site").isEmpty();

        Set<String> expected = new TreeSet<>(fixture.terms().files(fixture.pageSize()));
        Set<String> actual = fixture.site().files().stream()
                .filter(path -> path.matches("(regions|themes|authors|sources)/.*"))
                .collect(Collectors.toCollection(TreeSet::new));
        soft.assertThat(actual).as("taxonomy files of the fixture site").isEqualTo(expected);

        for (String name : List.of("Мария Иванова", "王小明", "Søren Ødegård")) {
            Term author = fixture.terms().term(Kind.AUTHOR, name);
            soft.assertThat(author.path()).as("page of %s", name)
                    .matches("authors/[a-z0-9]+(-[a-z0-9]+)*\\.html")
                    .doesNotStartWith("authors/term-");
            soft.assertThat(fixture.site().page(author.path()).select("main h1").text()).as("h1 of %s", author.path())
                    .isEqualTo(name);
        }
        soft.assertThat(fixture.terms().term(Kind.AUTHOR, "Мария Иванова").path()).as("Cyrillic, transliterated")
                .contains("ivanova");
        soft.assertThat(fixture.terms().term(Kind.AUTHOR, "王小明").path()).as("Chinese, as pinyin")
                .isEqualTo("authors/wang-xiao-ming.html");
        soft.assertThat(fixture.terms().term(Kind.AUTHOR, "Søren Ødegård").path()).as("accents dropped")
                .isEqualTo("authors/soren-odegard.html");
        soft.assertThat(fixture.terms().term(Kind.AUTHOR, "Мария Иванова").pagePaths(2)).as("her three articles")
                .hasSize(2);
        soft.assertAll();
    }

    /** More articles in one term than a feed holds: the feeds keep the newest {@value #FEED_ENTRIES}. */
    @Test
    void feedsHoldOnlyTheNewestArticles() {
        int count = FEED_ENTRIES + 2;
        FixtureBake.Result bake = FixtureBake.setup("taxonomy-long-feed").prepare(source -> {
            for (int day = 1; day <= count; day++) {
                writeArticle(source, String.format("day-%02d", day), String.format("2024-01-%02d", day), "Feed Author");
            }
        }).bake();
        assertThat(bake.succeeded()).as(bake.describe()).isTrue();
        Context fixture = Context.of(bake.site(), bake.source());
        Term europe = fixture.terms().term(Kind.REGION, "Europe");
        assertThat(europe.articles()).as("articles in Europe").hasSize(count);

        SoftAssertions soft = new SoftAssertions();
        checkTermFeeds(fixture, soft);
        checkFeed(fixture, soft, "feed.xml", fixture.published(), "index.html", null);
        checkTermPages(fixture, soft);
        AtomFeed feed = AtomFeed.parse(fixture.site().file(europe.feedPath()), europe.feedPath());
        soft.assertThat(feed.entries().stream().map(AtomFeed.Entry::alternate).toList())
                .as("%s: the oldest two articles are left out", europe.feedPath())
                .hasSize(FEED_ENTRIES)
                .doesNotContain(fixture.base() + "articles/2024/day-01.html", fixture.base() + "articles/2024/day-02.html")
                .startsWith(fixture.base() + "articles/2024/day-" + count + ".html");
        soft.assertAll();
    }

    @Test
    void twoSpellingsThatWouldShareAPageFailTheBakeNamingBoth() {
        FixtureBake.Result bake = FixtureBake.bake("taxonomy-collision", "fixtures/taxonomy/collision");
        assertThat(bake.thrown()).as(bake.describe()).isInstanceOf(ContentErrorsException.class);
        assertThat(bake.problems()).as(bake.describe())
                .anySatisfy(problem -> {
                    assertThat(problem.field()).isEqualTo("author");
                    assertThat(problem.message()).contains("\"Zoe Varga\"", "\"Zoë Varga\"");
                });
        assertThat(bake.problems()).as("only the collision is a problem: %s", bake.describe())
                .allSatisfy(problem -> assertThat(problem.field()).isEqualTo("author"));
        assertThat(bake.site().files()).as("files written although the bake failed").isEmpty();
    }

    /**
     * "Zoë" typed on one machine is U+00EB; pasted from a macOS file name or some PDFs it is "e" + U+0308.
     * Both look the same and are the same author: one page, with the bio data/authors.yml gives under the
     * composed spelling, and no collision error naming two names that read identically.
     */
    @Test
    void decomposedAndComposedSpellingsOfANameAreOneAuthor() {
        String composed = "Zo\u00EB Varga-Lindqvist";
        String decomposed = "Zoe\u0308 Varga-Lindqvist";
        FixtureBake.Result bake = FixtureBake.setup("taxonomy-normalisation").prepare(source -> {
            writeArticle(source, "composed", "2024-03-01", composed);
            writeArticle(source, "decomposed", "2024-03-02", decomposed);
        }).bake();
        assertThat(bake.succeeded()).as(bake.describe()).isTrue();
        Context fixture = Context.of(bake.site(), bake.source());
        String bio = fixture.data().profile("authors.yml", "bio", composed).orElseThrow().about();
        Set<String> pages = new TreeSet<>();
        for (String article : List.of("articles/2024/composed.html", "articles/2024/decomposed.html")) {
            fixture.site().page(article).select(".byline a[href]").eachAttr("href")
                    .forEach(href -> pages.add(fixture.site().resolve(article, href).orElse(href)));
        }
        assertThat(pages).as("author pages the two articles link to").containsExactly("authors/zoe-varga-lindqvist.html");
        Document page = fixture.site().page("authors/zoe-varga-lindqvist.html");
        assertThat(page.select("main header .term-header__description").text()).as("bio").isEqualTo(bio);
        assertThat(articleLinks(fixture, "authors/zoe-varga-lindqvist.html", page.select("main a[href]")))
                .containsExactlyInAnyOrder("articles/2024/composed.html", "articles/2024/decomposed.html");
    }

    private static void writeArticle(Path source, String name, String date, String author) throws IOException {
        Path file = source.resolve("content/articles/2024/" + name + ".md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "title=Spelt " + name + "\ndate=" + date + "\nauthor=" + author
                + "\nregion=Europe\ntheme=Energy\nsource=Fixture Outlet\nsource_url=https://outlet.example/" + name
                + "\ncopyright=" + author + ", Fixture Outlet, 2024\nstatus=published\n~~~~~~\n\nThe text.\n",
                java.nio.charset.StandardCharsets.UTF_8);
    }

    // --- checks shared by the fixture collection and the smaller fixture sites ------------------------------

    static void checkIndexPages(Context c, SoftAssertions soft) {
        Collator alphabetical = Collator.getInstance(Locale.ENGLISH);
        alphabetical.setStrength(Collator.PRIMARY);
        for (Kind kind : Kind.values()) {
            String index = kind.indexPath();
            Document page = c.site().page(index);
            soft.assertThat(page.select("main h1").eachText()).as("%s: heading", index).containsExactly(kind.label);
            Elements items = page.select("main li.term-index__item");
            List<String> names = items.stream().map(item -> item.select("a.term-index__name").text()).toList();
            soft.assertThat(names).as("%s: terms listed", index)
                    .containsExactlyInAnyOrderElementsOf(c.terms().terms(kind).stream().map(Term::name).toList());
            for (int i = 1; i < names.size(); i++) {
                soft.assertThat(alphabetical.compare(names.get(i - 1), names.get(i)))
                        .as("%s: \"%s\" is listed before \"%s\" (alphabetical order)", index, names.get(i - 1), names.get(i))
                        .isLessThanOrEqualTo(0);
            }
            for (Element item : items) {
                String name = item.select("a.term-index__name").text();
                Optional<Term> term = c.terms().terms(kind).stream().filter(t -> t.name().equals(name)).findFirst();
                if (term.isEmpty()) {
                    continue; // reported above
                }
                soft.assertThat(item.select("a.term-index__name").eachAttr("href").stream()
                                .map(href -> c.site().resolve(index, href).orElse(href)).toList())
                        .as("%s: link of %s", index, name).containsExactly(term.get().path());
                soft.assertThat(item.select(".term-index__count").text()).as("%s: count of %s", index, name)
                        .isEqualTo(count(term.get().articles().size()));
                List<String> descriptions = item.select(".term-index__description").eachText();
                if (term.get().description().isEmpty()) {
                    soft.assertThat(descriptions).as("%s: %s has no description in data/", index, name).isEmpty();
                } else {
                    soft.assertThat(descriptions).as("%s: description of %s", index, name)
                            .containsExactly(term.get().description());
                }
            }
        }
    }

    static void checkTermPages(Context c, SoftAssertions soft) {
        for (Term term : c.terms().all()) {
            List<String> pages = term.pagePaths(c.pageSize());
            List<String> listed = new ArrayList<>();
            for (int i = 0; i < pages.size(); i++) {
                String path = pages.get(i);
                if (!c.site().exists(path)) {
                    soft.fail("%s: page %d of %d, %s, is missing", term, i + 1, pages.size(), path);
                    continue;
                }
                Document page = c.site().page(path);
                String heading = page.select("main h1").text();
                if (i == 0) {
                    soft.assertThat(heading).as("%s: heading", path).isEqualTo(term.name());
                } else {
                    soft.assertThat(heading).as("%s: heading", path).startsWith(term.name()).contains(String.valueOf(i + 1));
                }
                soft.assertThat(page.select("main header").text()).as("%s: count of articles", path)
                        .contains(count(term.articles().size()));
                List<String> onPage = articleLinks(c, path, page.select("main a[href]"));
                int expected = i < pages.size() - 1 ? c.pageSize() : term.articles().size() - c.pageSize() * i;
                soft.assertThat(onPage).as("%s: articles listed (%d per page)", path, c.pageSize()).hasSize(expected);
                listed.addAll(onPage);
                List<String> rels = pager(c, path);
                soft.assertThat(rels).as("%s: rel=prev and rel=next targets", path)
                        .containsExactly(i == 0 ? null : pages.get(i - 1), i == pages.size() - 1 ? null : pages.get(i + 1));
                Set<String> feeds = page.select("head link[rel=alternate][type=application/atom+xml]").eachAttr("href")
                        .stream().map(href -> c.site().resolve(path, href).orElse(href)).collect(Collectors.toSet());
                soft.assertThat(feeds).as("%s: announced feeds", path).contains(term.feedPath());
            }
            soft.assertThat(c.site().exists(term.pagePath(pages.size() + 1)))
                    .as("%s: a page after the last (%s)", term, term.pagePath(pages.size() + 1)).isFalse();
            soft.assertThat(listed).as("%s: articles over its %d page(s)", term, pages.size()).doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(term.articles().stream().map(ContentHeader::outputPath).toList());
            assertNewestFirst(c, soft, listed, term + " pages");
        }
    }

    static void checkTermHeaders(Context c, SoftAssertions soft) {
        for (Term term : c.terms().all()) {
            Document page = c.site().page(term.path());
            Elements descriptions = page.select("main header .term-header__description");
            if (term.description().isEmpty()) {
                soft.assertThat(descriptions.eachText()).as("%s: no description in data/%s", term.path(),
                        term.kind().dataFile).isEmpty();
            } else {
                soft.assertThat(descriptions.eachText()).as("%s: description or bio from data/%s", term.path(),
                        term.kind().dataFile).containsExactly(term.description());
            }
            List<String> external = page.select("main header a[href]").eachAttr("href").stream()
                    .filter(href -> href.matches("(?i)https?:.*")).toList();
            soft.assertThat(external).as("%s: home page links (data/%s url: \"%s\")", term.path(), term.kind().dataFile,
                    term.homepage()).isEqualTo(term.homepage().isEmpty() ? List.of() : List.of(term.homepage()));
            if (!term.homepage().isEmpty()) {
                soft.assertThat(page.select("main header a[href]").stream()
                                .filter(a -> a.attr("href").equals(term.homepage())).map(Element::text).toList())
                        .as("%s: text of the home page link", term.path()).singleElement().asString().isNotBlank();
            }
        }
    }

    static void checkTermFeeds(Context c, SoftAssertions soft) {
        for (Term term : c.terms().all()) {
            checkFeed(c, soft, term.feedPath(), term.articles(), term.path(), term.name());
            Document page = c.site().page(term.path());
            soft.assertThat(page.select("main a[href]").eachAttr("href").stream()
                            .map(href -> c.site().resolve(term.path(), href).orElse(""))
                            .filter(term.feedPath()::equals).toList())
                    .as("%s: a visible link to its feed", term.path()).isNotEmpty();
        }
    }

    private static final String TAG_URI = "tag:[a-z0-9.@-]+,\\d{4}(-\\d{2}){0,2}:[^\\s]+";

    /** {@code articles}: everything that may appear, newest first; the feed must hold the newest of them. */
    static void checkFeed(Context c, SoftAssertions soft, String feedPath, List<ContentHeader> articles,
                          String pagePath, String termName) {
        if (!c.site().exists(feedPath)) {
            soft.fail("feed %s is missing", feedPath);
            return;
        }
        AtomFeed feed = AtomFeed.parse(c.site().file(feedPath), feedPath);
        soft.assertThat(feed.rootNamespace() + " " + feed.rootName()).as("%s: root element", feedPath)
                .isEqualTo(AtomFeed.ATOM + " feed");
        // Permanent tag: URIs (RFC 4151), the same wherever the site is published.
        soft.assertThat(feed.ids()).as("%s: atom:id", feedPath).singleElement().asString()
                .matches(TAG_URI).endsWith(":" + feedPath);
        soft.assertThat(feed.titles()).as("%s: atom:title", feedPath).singleElement().asString().isNotBlank();
        if (termName != null) {
            soft.assertThat(feed.titles()).as("%s: title names the term", feedPath)
                    .anySatisfy(title -> assertThat(title).contains(termName));
        }
        soft.assertThat(feed.updated()).as("%s: atom:updated", feedPath).hasSize(1);
        soft.assertThat(feed.link("self")).as("%s: rel=self", feedPath).isEqualTo(c.base() + feedPath);
        soft.assertThat(feed.alternate()).as("%s: rel=alternate (the HTML page)", feedPath).isEqualTo(c.base() + pagePath);
        for (AtomFeed.Link link : feed.links()) {
            soft.assertThat(link.href()).as("%s: feed link rel=%s", feedPath, link.rel()).startsWith(c.base());
        }

        int expectedCount = Math.min(FEED_ENTRIES, articles.size());
        soft.assertThat(feed.entries()).as("%s: entries (the newest of its %d articles, at most %d)", feedPath, articles.size(), FEED_ENTRIES)
                .hasSize(expectedCount);
        List<String> listed = new ArrayList<>();
        OffsetDateTime newest = null;
        for (AtomFeed.Entry entry : feed.entries()) {
            String url = entry.alternate();
            String where = feedPath + " entry " + url;
            soft.assertThat(entry.ids()).as("%s: atom:id", where).singleElement().asString().matches(TAG_URI)
                    .doesNotContain(c.base());
            soft.assertThat(entry.titles()).as("%s: atom:title", where).hasSize(1);
            soft.assertThat(entry.updated()).as("%s: atom:updated", where).hasSize(1);
            soft.assertThat(url).as("%s: link", where).startsWith(c.base());
            for (AtomFeed.Link link : entry.links()) {
                if (link.rel().equals("via")) {
                    soft.assertThat(link.href()).as("%s: rel=via (the original)", where).matches("https?://.+");
                } else {
                    soft.assertThat(link.href()).as("%s: link rel=%s", where, link.rel()).startsWith(c.base());
                }
            }
            String path = c.sitePath(url).orElse("");
            ContentHeader article = c.byOutput().get(path);
            if (article == null || !articles.contains(article)) {
                soft.fail("%s: %s is not one of the published articles this feed covers", feedPath, url);
                continue;
            }
            listed.add(path);
            soft.assertThat(c.site().exists(path)).as("%s: page exists", where).isTrue();
            soft.assertThat(entry.titles()).as("%s: title", where).containsExactly(article.title());
            soft.assertThat(entry.authors()).as("%s: authors", where).containsExactlyElementsOf(article.list("author"));
            OffsetDateTime updated = timestamp(soft, where, entry.updated());
            if (updated != null) {
                soft.assertThat(updated.toLocalDate()).as("%s: updated", where).isEqualTo(article.date());
                newest = newest == null || updated.isAfter(newest) ? updated : newest;
            }
        }
        soft.assertThat(feed.authors().isEmpty() && feed.entries().stream().anyMatch(e -> e.authors().isEmpty()))
                .as("%s: every entry has an author (atom:author in the feed or the entry)", feedPath).isFalse();
        OffsetDateTime updated = timestamp(soft, feedPath, feed.updated());
        if (updated != null && newest != null) {
            soft.assertThat(updated).as("%s: feed updated = newest entry", feedPath).isEqualTo(newest);
        }
        soft.assertThat(listed).as("%s: entries", feedPath).doesNotHaveDuplicates();
        assertNewestFirst(c, soft, listed, feedPath);
        if (!listed.isEmpty() && listed.size() == expectedCount) {
            LocalDate oldestListed = c.byOutput().get(listed.get(listed.size() - 1)).date();
            for (ContentHeader article : articles) {
                if (!listed.contains(article.outputPath())) {
                    soft.assertThat(article.date()).as("%s: %s is left out, so it may not be newer than the oldest entry",
                            feedPath, article).isBeforeOrEqualTo(oldestListed);
                }
            }
        }
    }

    static void checkArticleTermLinks(Context c, SoftAssertions soft) {
        for (ContentHeader article : c.published()) {
            String path = article.outputPath();
            Document page = c.site().page(path);
            Element header = page.selectFirst("main article header");
            if (header == null) {
                soft.fail("%s: no article header", path);
                continue;
            }
            Map<Kind, Elements> links = Map.of(
                    Kind.REGION, header.select("ul.terms--regions a[href]"),
                    Kind.THEME, header.select("ul.terms--themes a[href]"),
                    Kind.AUTHOR, header.select(".byline a[href]"),
                    Kind.SOURCE, header.select("a[href]").stream()
                            .filter(a -> c.site().resolve(path, a.attr("href")).orElse("").startsWith("sources/"))
                            .collect(Collectors.toCollection(Elements::new)));
            for (Kind kind : Kind.values()) {
                List<Term> terms = SiteTerms.names(c.data(), kind, article).stream()
                        .map(name -> c.terms().term(kind, name)).toList();
                Elements found = links.get(kind);
                soft.assertThat(found.eachText()).as("%s: %s linked in the header", path, kind.label)
                        .containsExactlyElementsOf(terms.stream().map(Term::name).toList());
                List<String> targets = found.eachAttr("href").stream()
                        .map(href -> c.site().resolve(path, href).orElse(href)).toList();
                soft.assertThat(targets).as("%s: %s link targets", path, kind.label)
                        .containsExactlyElementsOf(terms.stream().map(Term::path).toList());
                for (Term term : terms) {
                    if (!c.site().exists(term.path())) {
                        soft.fail("%s: %s links to %s, which does not exist", path, term, term.path());
                        continue;
                    }
                    // The target really is that term's page: its heading, and this article on one of its pages.
                    soft.assertThat(c.site().page(term.path()).select("main h1").text())
                            .as("%s: heading of %s", path, term.path()).isEqualTo(term.name());
                    soft.assertThat(term.pagePaths(c.pageSize()).stream()
                                    .filter(c.site()::exists)
                                    .flatMap(p -> articleLinks(c, p, c.site().page(p).select("main a[href]")).stream()))
                            .as("%s: listed on the pages of %s", path, term).contains(path);
                }
            }
        }
    }

    static void checkMoreBy(Context c, SoftAssertions soft) {
        for (ContentHeader article : c.published()) {
            String path = article.outputPath();
            Document page = c.site().page(path);
            List<String> expectedAuthors = new ArrayList<>();
            for (String author : article.list("author")) {
                boolean hasOthers = c.terms().term(Kind.AUTHOR, author).articles().stream().anyMatch(a -> !a.equals(article));
                if (hasOthers) {
                    expectedAuthors.add(author);
                }
            }
            Elements headings = page.select("main h2:matches(^More by )");
            soft.assertThat(headings.eachText()).as("%s: \"More by\" headings", path)
                    .containsExactlyElementsOf(expectedAuthors.stream().map(name -> "More by " + name).toList());
            for (Element heading : headings) {
                String name = heading.text().substring("More by ".length());
                if (!expectedAuthors.contains(name)) {
                    continue;
                }
                Term author = c.terms().term(Kind.AUTHOR, name);
                soft.assertThat(heading.select("a[href]").eachAttr("href").stream()
                                .map(href -> c.site().resolve(path, href).orElse(href)).toList())
                        .as("%s: \"More by %s\" links the author's page", path, name).containsExactly(author.path());
                Element list = heading.nextElementSibling();
                List<String> listed = list == null ? List.of() : list.select("a[href]").eachAttr("href").stream()
                        .map(href -> c.site().resolve(path, href).orElse(href)).toList();
                List<String> others = author.articles().stream().filter(a -> !a.equals(article))
                        .map(ContentHeader::outputPath).toList();
                soft.assertThat(listed).as("%s: \"More by %s\" (never the article itself, never drafts)", path, name)
                        .isNotEmpty().doesNotContain(path).isSubsetOf(others).doesNotHaveDuplicates()
                        .hasSizeGreaterThanOrEqualTo(Math.min(MORE_BY_AT_LEAST, others.size()));
                assertNewestFirst(c, soft, listed, path + " More by " + name);
                if (!listed.isEmpty() && listed.size() < others.size()) {
                    LocalDate oldestListed = c.byOutput().get(listed.get(listed.size() - 1)).date();
                    for (String other : others) {
                        if (!listed.contains(other)) {
                            soft.assertThat(c.byOutput().get(other).date())
                                    .as("%s: More by %s leaves out %s, newer than what it lists", path, name, other)
                                    .isBeforeOrEqualTo(oldestListed);
                        }
                    }
                }
            }
        }
    }

    static void checkDrafts(Context c, SoftAssertions soft) {
        List<String> forbidden = new ArrayList<>();
        for (ContentHeader draft : c.drafts()) {
            forbidden.add(draft.title());
            forbidden.add(draft.outputPath());
            if (draft.has("source_url")) {
                forbidden.add(draft.get("source_url"));
            }
        }
        for (Kind kind : Kind.values()) {
            forbidden.addAll(c.terms().draftOnlyNames(kind));
        }
        Set<String> variants = new LinkedHashSet<>();
        for (String text : forbidden) {
            variants.add(text);
            variants.add(text.replace("&", "&amp;"));
        }
        for (String file : c.site().files()) {
            if (!file.matches(".*\\.(html|xml|txt)")) {
                continue;
            }
            String text;
            try {
                text = Files.readString(c.site().file(file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (String variant : variants) {
                soft.assertThat(text.contains(variant)).as("%s mentions \"%s\" (from a draft)", file, variant).isFalse();
            }
        }
    }

    // --- helpers --------------------------------------------------------------------------------------------

    static String count(int articles) {
        return articles + (articles == 1 ? " article" : " articles");
    }

    /** The published articles {@code links} lead to, each once, in page order. */
    static List<String> articleLinks(Context c, String page, Elements links) {
        LinkedHashSet<String> targets = new LinkedHashSet<>();
        for (Element link : links) {
            c.site().resolve(page, link.attr("href")).filter(c.byOutput()::containsKey).ifPresent(targets::add);
        }
        return new ArrayList<>(targets);
    }

    /** [rel=prev target, rel=next target] of a listing page; null where there is no such link. */
    static List<String> pager(Context c, String page) {
        List<String> targets = new ArrayList<>();
        for (String rel : List.of("prev", "next")) {
            List<String> hrefs = c.site().page(page).select("a[rel~=^" + rel + "$]").eachAttr("href");
            assertThat(hrefs).as("%s: rel=%s links", page, rel).hasSizeLessThanOrEqualTo(1);
            if (hrefs.isEmpty()) {
                targets.add(null);
                continue;
            }
            String href = hrefs.get(0);
            assertThat(href).as("%s: rel=%s link must be relative", page, rel).doesNotStartWith("/")
                    .doesNotMatch("^[a-zA-Z][a-zA-Z0-9+.-]*:.*");
            String target = c.site().resolve(page, href).orElse(href);
            assertThat(c.site().exists(target)).as("%s: rel=%s link %s leads to a file", page, rel, href).isTrue();
            targets.add(target);
        }
        return targets;
    }

    private static void assertNewestFirst(Context c, SoftAssertions soft, List<String> listed, String where) {
        for (int i = 1; i < listed.size(); i++) {
            ContentHeader before = c.byOutput().get(listed.get(i - 1));
            ContentHeader after = c.byOutput().get(listed.get(i));
            if (before != null && after != null) {
                soft.assertThat(after.date()).as("%s: %s (%s) is listed after %s (%s): newest first", where,
                        listed.get(i), after.date(), listed.get(i - 1), before.date()).isBeforeOrEqualTo(before.date());
            }
        }
    }

    private static OffsetDateTime timestamp(SoftAssertions soft, String where, List<String> values) {
        if (values.size() != 1) {
            return null;
        }
        try {
            return OffsetDateTime.parse(values.get(0));
        } catch (DateTimeParseException e) {
            soft.fail("%s: updated \"%s\" is not an RFC 3339 date-time", where, values.get(0));
            return null;
        }
    }
}
