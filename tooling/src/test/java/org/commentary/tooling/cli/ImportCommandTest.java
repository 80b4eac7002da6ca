package org.commentary.tooling.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.commentary.content.ContentFile;
import org.commentary.content.ContentReader;
import org.commentary.model.ArticleMetadata;
import org.commentary.model.Status;
import org.commentary.tooling.Cli;
import org.commentary.tooling.TestSite;
import org.commentary.vocabulary.SiteDataLoader;
import org.commentary.vocabulary.Term;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code import} on the saved pages in src/test/resources/import (invented outlets and authors). */
class ImportCommandTest {

    private static final String DATE = "2024-06-10";

    /** Phrases of the sites' boilerplate and attribution: none may reach an article's text. */
    private static final List<String> NEVER_IN_BODY = List.of("Note to readers", "share button", "languages",
            "Translate Website", "follow us", "original source", "Copyright", "Articles by", "Disclaimer",
            "Comment on", "Become a Member", "copyrighted material", "Contact", "About the author", "Subscribe",
            "Telegram", "Featured image", "In-depth Report", "Please share", "](#)");

    @TempDir
    Path folder;

    private TestSite site;

    @BeforeEach
    void site() {
        site = TestSite.withFixtureContent(folder);
    }

    /** A well-formed cross-post and what its header must say. */
    record Expected(String fixture, String file, String title, List<String> authors, List<String> regions,
                    List<String> themes, String source, String sourceUrl, String sourceDate, String copyright,
                    List<String> inBody) {
    }

    static Stream<Arguments> wellFormed() {
        return Stream.of(
                // One author; site line "Site, December 02, 2021"; outlet "[Outlet](link) 1 December 2021"; a region
                // with a comma inside its link text; boilerplate above and below the text; a link to "#".
                new Expected("strait-insurers.md", "why-the-strait-belongs-to-the-underwriters.md",
                        "Why the Strait Belongs to the Underwriters", List.of("Anand Mehra"),
                        List.of("Baltic, Nordic and Arctic", "Monsoon Asia"), List.of("Shipping", "Sanctions"),
                        "Indian Sentinel",
                        "https://indiansentinel.example/2021/12/01/why-the-strait-belongs-to-the-underwriters/",
                        "2021-12-01", "Anand Mehra, Indian Sentinel, 2021",
                        List.of("That premium has quietly tripled since the summer.",
                                "[Lloyd's market](https://lloyds.example/war-risk)", "## The premium is the policy",
                                "> Nobody asks the admiral")),
                // "A and B" (one link to "#"); outlet "[Outlet](link), Dec. 3, 2023"; Region and Theme as plain
                // comma-separated names, one of which holds a comma; no links in the attribution.
                new Expected("ledger-of-the-north-sea.md", "the-ledger-of-the-north-sea.md",
                        "The Ledger of the North Sea", List.of("Mira Castellane", "Tomasz Rydel"),
                        List.of("Atlantic Coast", "Baltic, Nordic and Arctic"), List.of("Ports & Labour", "Shipping"),
                        "The Harbour Review",
                        "https://harbour-review.example/2023/12/ledger-north-sea", "2023-12-03",
                        "Mira Castellane and Tomasz Rydel, The Harbour Review, 2023",
                        List.of("the transshipment trade that once passed")),
                // "A, B and C"; a setext title; no blank lines between the header lines; an ISO date; boilerplate
                // inside the text; a "* * *" break kept, lone "*" lines dropped.
                new Expected("desert-grid-three-authors.md", "who-pays-for-the-desert-grid.md",
                        "Who Pays for the Desert Grid?", List.of("Layla Haddad", "Omar Benali", "Ines Carvalho"),
                        List.of("Gulf & Red Sea", "Sahel"),
                        List.of("Power Grids", "Drought", "Sanctions"), "Sahel Economic Monitor",
                        "https://sahel-monitor.example/2022/07/desert-grid-who-pays", "2022-07-14",
                        "Layla Haddad, Sahel Economic Monitor, 2022",
                        List.of("began.\n\n* * *\n\nThere is a better model.", "publish the flows every month.")),
                // An unlinked byline spelled differently from data/authors.yml; "Thursday, 2 November 2023";
                // bold labels; an "In-depth Report:" line.
                new Expected("isikci-baltic-ferries.md", "the-baltic-ferries-are-full-again.md",
                        "The Baltic Ferries Are Full Again", List.of("Deniz Işıkçı"),
                        List.of("Baltic, Nordic and Arctic"), List.of("Shipping"), "Kattegat Notes",
                        "https://kattegat-notes.example/2023/11/baltic-ferries-full", "2023-11-02",
                        "Deniz Isikci, Kattegat Notes, 2023",
                        List.of("The ferries between the eastern and western shores")))
                .map(Arguments::of);
    }

    @ParameterizedTest
    @MethodSource("wellFormed")
    void aWellFormedCrossPostBecomesAnArticleThatPassesCheck(Expected expected) {
        Cli.Run run = importFixture(expected.fixture());

        assertEquals(0, run.exit(), run.toString());
        Path file = site.content().resolve("articles/2024/" + expected.file());
        assertTrue(run.out().startsWith("Created content/articles/2024/" + expected.file() + " from "), run.out());
        assertTrue(run.out().contains("It passes check."), run.out());
        ContentFile content = read(file);
        ArticleMetadata meta = (ArticleMetadata) content.metadata();
        assertEquals(expected.title(), meta.title());
        assertEquals(LocalDate.parse(DATE), meta.date());
        assertEquals(expected.authors(), meta.authors());
        assertEquals(expected.regions(), meta.regions().stream().map(Term::name).toList());
        assertEquals(expected.themes(), meta.themes().stream().map(Term::name).toList());
        assertEquals(expected.source(), meta.source());
        assertEquals(expected.sourceUrl(), meta.sourceUrl());
        assertEquals(LocalDate.parse(expected.sourceDate()), meta.sourceDate());
        assertEquals(expected.copyright(), meta.copyright());
        assertEquals(Status.DRAFT, meta.status());
        assertTrue(TestSite.read(file).startsWith("---\n"), "YAML front matter by default");

        String body = body(file);
        for (String phrase : expected.inBody()) {
            assertTrue(body.contains(phrase), "the text keeps \"" + phrase + "\":\n" + body);
        }
        for (String phrase : NEVER_IN_BODY) {
            assertFalse(body.contains(phrase), "\"" + phrase + "\" is the site's, not the article's:\n" + body);
        }
        assertFalse(body.strip().endsWith("*"), body);
        assertEquals(0, Cli.run("check", "--root", site.root().toString()).exit(), "the collection still passes");
    }

    @Test
    void whatWasLeftOutIsListed() {
        Cli.Run run = importFixture("strait-insurers.md");

        assertTrue(run.lines().contains("Left out line 15 (the site's boilerplate): Note to readers: Please click the"
                + " share button above. Visit and follo…"), run.out());
        assertTrue(run.lines().contains("Left out lines 33-53: the attribution block and what follows it (the site"
                + " prints its own attribution footer, disclaimer and notices)"), run.out());
    }

    @Test
    void aMissingBylineIsNamedAndLeftToFillIn() {
        Cli.Run run = importFixture("malformed-missing-byline.md");

        assertEquals(1, run.exit(), run.toString());
        assertTrue(run.out().contains(fixture("malformed-missing-byline.md") + ":3: author: no byline after the"
                + " title (a line such as \"By [Name](link)\" or \"By A and B\"); fill in author"), run.out());
        assertTrue(run.out().contains("content/articles/2024/ports-without-pilots.md:4: author: is empty; give a"
                + " value, e.g. \"author: [Mira Castellane, Tomasz Rydel]\""), run.out());
        String text = TestSite.read(site.content().resolve("articles/2024/ports-without-pilots.md"));
        assertTrue(text.contains("\nauthor:\nregion:\n  - Atlantic Coast\n"), text);
    }

    @Test
    void aMissingAttributionBlockIsNamedAndLeftToFillIn() {
        Cli.Run run = importFixture("malformed-no-attribution.md");

        assertEquals(1, run.exit(), run.toString());
        assertTrue(run.out().contains(fixture("malformed-no-attribution.md") + ": copyright: no attribution block at"
                + " the end of the text (\"The original source of this article is ...\" and \"Copyright © holder,"
                + " outlet, year\"); fill in copyright from the original page"), run.out());
        assertTrue(run.out().contains("content/articles/2024/clinics-on-the-last-mile.md:13: copyright: is empty;"),
                run.out());
        String body = body(site.content().resolve("articles/2024/clinics-on-the-last-mile.md"));
        assertTrue(body.startsWith("Rural clinics have solar panels"), body);
        assertFalse(body.contains("Note to readers") || body.contains("Contact"), body);
    }

    @Test
    void anUnknownDateFormatIsNamedWithTheFormsItReads() {
        Cli.Run run = importFixture("malformed-unknown-date.md");

        assertEquals(1, run.exit(), run.toString());
        assertTrue(run.out().contains(fixture("malformed-unknown-date.md") + ":7: source_date: cannot read the"
                + " original's date: \"12/05/2024\" is not a date form this tool reads (\"December 1, 2021\", \"1"
                + " December 2021\" or \"2021-12-01\"); fill in source_date as YYYY-MM-DD"), run.out());
        String text = TestSite.read(site.content().resolve("articles/2024/counting-the-island-vote.md"));
        assertFalse(text.contains("source_date"), text);
    }

    @Test
    void unknownRegionsAndThemesAreReportedWithSuggestionsNotAdded() {
        Cli.Run run = importFixture("malformed-unknown-terms.md");

        assertEquals(1, run.exit(), run.toString());
        String saved = fixture("malformed-unknown-terms.md");
        assertTrue(run.out().contains(saved + ":9: region: \"Eurasia\" is not a region of this collection; use one"
                + " of: Baltic, Nordic and Arctic; Gulf & Red Sea; Atlantic Coast;"), run.out());
        assertTrue(run.out().contains(saved + ":11: theme: \"Oil and Shipping\" is not a theme of this collection;"
                + " did you mean \"Shipping\"? (known values are in data/themes.yml); it was not added"), run.out());
        String text = TestSite.read(site.content().resolve("articles/2024/the-steppe-pipeline-nobody-ordered.md"));
        assertTrue(text.contains("\nregion:\ntheme:\n  - Sanctions\n"), text);
        assertTrue(run.out().contains("content/articles/2024/the-steppe-pipeline-nobody-ordered.md:6: region: is"
                + " empty;"), run.out());
    }

    @Test
    void withoutATitleNothingIsWrittenUnlessOutIsGiven() throws Exception {
        Cli.Run run = importFixture("malformed-no-title.md");

        assertEquals(1, run.exit(), run.toString());
        assertTrue(run.out().contains(fixture("malformed-no-title.md") + ":1: title: the page does not start with its"
                + " headline as a Markdown heading (\"# Headline\"); fill in title"), run.out());
        assertTrue(run.err().contains("Nothing written"), run.err());

        Path out = site.content().resolve("articles/2024/river-treaty.md");
        Cli.Run withOut = Cli.run("import", "--root", site.root().toString(), "--date", DATE, "--out", out.toString(),
                fixturePath("malformed-no-title.md").toString());
        assertEquals(1, withOut.exit(), withOut.toString());
        assertTrue(withOut.out().contains("content/articles/2024/river-treaty.md:2: title: is empty;"), withOut.out());
        assertTrue(Files.exists(out));
    }

    @Test
    void anArticleAlreadyImportedIsSkippedAndNothingIsOverwritten() {
        assertEquals(0, importFixture("strait-insurers.md").exit());
        Path file = site.content().resolve("articles/2024/why-the-strait-belongs-to-the-underwriters.md");
        String before = TestSite.read(file);

        Cli.Run again = importFixture("strait-insurers.md");

        assertEquals(0, again.exit(), again.toString());
        assertTrue(again.out().contains(": already in the collection as content/articles/2024/why-the-strait-belongs-to"
                + "-the-underwriters.md (the same source_url); --force imports it anyway"), again.out());
        assertEquals(before, TestSite.read(file));
        assertEquals(2, Cli.run("import", "--root", site.root().toString(), "--out", file.toString(), "--force",
                fixturePath("strait-insurers.md").toString()).exit(), "--out never names an existing file");
        assertEquals(before, TestSite.read(file));
    }

    @Test
    void refusesBadArguments() {
        assertEquals(2, Cli.run("import", "--root", site.root().toString(), folder.resolve("missing.md").toString())
                .exit());
        assertEquals(2, Cli.run("import", "--root", site.root().toString(), "--out", folder.resolve("x.md").toString(),
                fixturePath("strait-insurers.md").toString()).exit());
        assertEquals(2, Cli.run("import", "--root", site.root().toString(), "--status", "live",
                fixturePath("strait-insurers.md").toString()).exit());
        assertEquals(2, Cli.run("import", "--root", site.root().toString(), "--out",
                site.content().resolve("articles/2024/x.md").toString(), fixturePath("strait-insurers.md").toString(),
                fixturePath("ledger-of-the-north-sea.md").toString()).exit(), "--out is for one page");
    }

    @Test
    void aNewsletterLineInsideASavedMarkdownTextIsLeftOut() throws Exception {
        String saved = TestSite.read(fixturePath("ledger-of-the-north-sea.md")).replace("the transshipment trade",
                "the transshipment trade");
        int text = saved.indexOf("\n\n", saved.indexOf("Theme:")) + 2;
        Path page = Files.writeString(folder.resolve("with-newsletter.md"), saved.substring(0, text)
                + "To receive The Harbour Review's Daily Newsletter (selected articles), click here.\n\n"
                + saved.substring(text));

        Cli.Run run = Cli.run("import", "--root", site.root().toString(), "--date", DATE, page.toString());

        assertEquals(0, run.exit(), run.toString());
        String body = body(site.content().resolve("articles/2024/the-ledger-of-the-north-sea.md"));
        assertFalse(body.contains("Newsletter"), body);
        assertTrue(run.out().contains("(the site's boilerplate): To receive The Harbour Review's Daily Newsletter"),
                run.out());
    }

    @Test
    void keyValueHeadersAndPublishedStatusOnRequest() {
        Cli.Run run = Cli.run("import", "--root", site.root().toString(), "--date", DATE, "--header", "jbake",
                "--status", "published", fixturePath("ledger-of-the-north-sea.md").toString());

        assertEquals(0, run.exit(), run.toString());
        Path file = site.content().resolve("articles/2024/the-ledger-of-the-north-sea.md");
        assertTrue(TestSite.read(file).startsWith("title=The Ledger of the North Sea\n"), TestSite.read(file));
        assertEquals(Status.PUBLISHED, read(file).metadata().status());
    }

    private Cli.Run importFixture(String name) {
        return Cli.run("import", "--root", site.root().toString(), "--date", DATE, fixturePath(name).toString());
    }

    private ContentFile read(Path file) {
        ContentReader.Result result = new ContentReader(site.content(), new SiteDataLoader(site.data()).load())
                .read(file);
        return result.content().orElseThrow(() -> new AssertionError(result.problems() + "\n" + TestSite.read(file)));
    }

    private static String body(Path file) {
        String text = TestSite.read(file);
        return text.substring(text.indexOf("\n---\n") + 5).strip();
    }

    /** How the command shows the saved page's path (relative to the working folder when inside it). */
    private static String fixture(String name) {
        Path path = fixturePath(name);
        Path here = Path.of("").toAbsolutePath();
        return path.startsWith(here) ? here.relativize(path).toString() : path.toString();
    }

    static Path fixturePath(String name) {
        try {
            return Path.of(ImportCommandTest.class.getResource("/import/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
