package org.commentary.tooling.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.commentary.tooling.Cli;
import org.commentary.tooling.TestSite;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A migration: a folder of 50 saved pages (most made here from one template, plus the fixture pages), with
 * duplicates of the collection and of each other and pages with problems; plus the vocabulary and date options.
 */
class BatchImportTest {

    private static final String TEMPLATE = """
            <!DOCTYPE html><html><head><meta charset="utf-8"><title>%1$s</title>
            <meta property="article:published_time" content="%5$s"></head>
            <body><nav><a href="/">Home</a></nav><article><h1>%1$s</h1><p>By %2$s</p>
            <p><a href="%3$s">The Harbour Review</a> 2 March 2024</p>
            <p>Region: %4$s</p><p>Theme: Shipping</p>
            <p>Pier %6$d has waited for new fenders since the winter storms, and every ferry that berths there scrapes
            a little more paint from its hull. The harbour board has the money in its accounts but no plan for it.</p>
            <p>The skippers have written twice. Each time the answer was a survey, and each survey found what the
            skippers had already described: the fenders are worn through and the piles behind them are splitting.</p>
            <div class="share-bar"><a href="#">Share</a></div>
            <p>The original source of this article is <a href="https://harbour-review.example/">The Harbour Review</a></p>
            <p>Copyright © %2$s, The Harbour Review, 2024</p></article></body></html>
            """;

    @TempDir
    Path folder;

    private TestSite site;
    private Path pages;

    @BeforeEach
    void site() throws IOException {
        site = TestSite.withFixtureContent(folder.resolve("site"));
        pages = Files.createDirectories(folder.resolve("saved"));
    }

    @Test
    void aFolderOfFiftyPagesGivesTheSummaryAndExitCode() throws IOException {
        // 40 good pages from the template.
        for (int i = 1; i <= 40; i++) {
            page(String.format("pier-%02d.html", i), "Pier " + i + " Needs New Fenders", "Tomasz Rydel",
                    "https://harbour-review.example/2024/03/pier-" + i, "Atlantic Coast", i);
        }
        // 2 duplicates of the collection: the same source_url as a fixture article; the same title and authors.
        page("again-harbour-dues.html", "Harbour Dues, Saved Twice", "Mira Castellane",
                "https://www.harbour-review.example/2024/02/harbour-dues-ledger/", "Atlantic Coast", 41);
        page("same-title.html", "Harbour Dues and the Ledger", "Tomasz Rydel and Mira Castellane",
                "https://harbour-review.example/2024/02/another-address", "Atlantic Coast", 42);
        // 1 duplicate within the folder: pier-07 again under another file name (read first: '-' sorts before '.').
        page("pier-07-copy.html", "Pier 7 Needs New Fenders", "Tomasz Rydel",
                "https://harbour-review.example/2024/03/pier-7", "Atlantic Coast", 7);
        // 2 pages written but needing attention: an unknown region, no original link.
        page("unknown-region.html", "Pier 43 Needs New Fenders", "Tomasz Rydel",
                "https://harbour-review.example/2024/03/pier-43", "Atlantic Coastline", 43);
        Files.writeString(pages.resolve("no-link.html"), String.format(TEMPLATE, "Pier 44 Needs New Fenders",
                "Tomasz Rydel", "#", "Atlantic Coast", "2024-03-05", 44)
                .replace("<a href=\"#\">The Harbour Review</a>", "The Harbour Review,"));
        // 5 pages that cannot be imported: nothing written for them.
        Files.copy(HtmlImportTest.page("not-an-article.html"), pages.resolve("listing.html"));
        Files.copy(HtmlImportTest.page("invalid-utf8.html"), pages.resolve("latin1.html"));
        Files.write(pages.resolve("picture.htm"), new byte[] {(byte) 0xFF, (byte) 0xD8, 0, 0, 0x10, 'J', 'F'});
        Files.writeString(pages.resolve("blank.md"), "   \n");
        Files.copy(HtmlImportTest.page("unknown-charset.html"), pages.resolve("odd-charset.html"));
        // Not pages: left alone in a folder.
        Files.writeString(pages.resolve("notes.txt"), "to do");
        Files.createDirectories(pages.resolve("pier-01_files"));
        Files.writeString(pages.resolve("pier-01_files/frame.html"), "<p>a saved frame</p>");
        assertEquals(50, countPages());

        Cli.Run run = Cli.run("import", "--root", site.root().toString(), "--date", "2024-10-01", pages.toString());

        assertEquals(1, run.exit(), run.toString());
        assertTrue(run.out().contains("Summary: 50 pages: 40 imported, 7 need attention, 3 skipped as duplicates"),
                run.out());
        List<String> rows = run.lines();
        assertTrue(rows.contains(row("skipped (duplicate)", "again-harbour-dues.html", "already in the collection as"
                + " content/articles/2024/harbour-dues-and-the-ledger.md (the same source_url); --force imports it"
                + " anyway")), run.out());
        assertTrue(rows.contains(row("skipped (duplicate)", "same-title.html", "already in the collection as"
                + " content/articles/2024/harbour-dues-and-the-ledger.md (the same title and author); --force imports"
                + " it anyway")), run.out());
        assertTrue(rows.contains(row("skipped (duplicate)", "pier-07.html", "already in the collection as"
                + " content/articles/2024/pier-7-needs-new-fenders.md (the same source_url); --force imports it"
                + " anyway")), run.out());
        assertTrue(rows.contains(row("needs attention", "unknown-region.html",
                "content/articles/2024/pier-43-needs-new-fenders.md: fill in or fix region")), run.out());
        assertTrue(rows.contains(row("needs attention", "no-link.html",
                "content/articles/2024/pier-44-needs-new-fenders.md: fill in or fix source_url")), run.out());
        assertTrue(rows.contains(row("needs attention", "listing.html", "not imported: no recognisable article: the"
                + " page has no headline with paragraphs of text below it (is it a listing, a log-in or an error"
                + " page?)")), run.out());
        assertTrue(rows.contains(row("needs attention", "picture.htm", "not imported: a binary file, not a saved page"
                + " (it holds bytes no text has)")), run.out());
        assertTrue(rows.contains(row("imported", "pier-40.html", "content/articles/2024/pier-40-needs-new-fenders.md")),
                run.out());
        assertTrue(run.out().contains("unknown-region.html: region: \"Atlantic Coastline\" is not a region of this"
                + " collection; did you mean \"Atlantic Coast\"?"), run.out());
        assertFalse(run.out().contains("frame.html") || run.out().contains("notes.txt"), run.out());
        assertEquals(42, Files.list(site.content().resolve("articles/2024")).filter(f -> f.toString()
                .contains("pier-")).count(), "40 imported and 2 to finish");
        String pier = TestSite.read(site.content().resolve("articles/2024/pier-12-needs-new-fenders.md"));
        assertFalse(pier.contains("Share") || pier.contains("Home"), pier);

        Cli.Run again = Cli.run("import", "--root", site.root().toString(), "--date", "2024-10-01",
                pages.resolve("pier-01.html").toString(), pages.resolve("pier-02.html").toString());
        assertEquals(0, again.exit(), again.toString());
        assertTrue(again.out().contains("Summary: 2 pages: 0 imported, 0 need attention, 2 skipped as duplicates"),
                again.out());
    }

    @Test
    void forceImportsADuplicateUnderItsOwnNameAndCheckNamesBoth() throws IOException {
        page("pier-01.html", "Pier 1 Needs New Fenders", "Tomasz Rydel", "https://harbour-review.example/2024/03/pier-1",
                "Atlantic Coast", 1);
        Path page = pages.resolve("pier-01.html");
        assertEquals(0, Cli.run("import", "--root", site.root().toString(), page.toString()).exit());

        Cli.Run skipped = Cli.run("import", "--root", site.root().toString(), page.toString());
        assertEquals(0, skipped.exit(), skipped.toString());
        assertTrue(skipped.out().startsWith("Skipped " + page + ": already in the collection as content/articles/"),
                skipped.out());

        Cli.Run forced = Cli.run("import", "--root", site.root().toString(), "--force", page.toString());
        assertEquals(1, forced.exit(), forced.toString());
        assertTrue(forced.out().contains("pier-1-needs-new-fenders-2.md:"), forced.out());
        assertTrue(forced.out().contains("source_url: the same article as content/articles/"), forced.out());
    }

    @Test
    void mapAndAddTermsResolveRegionsAndThemesNotInData() throws IOException {
        page("pier-01.html", "Pier 1 Needs New Fenders", "Tomasz Rydel", "https://harbour-review.example/2024/03/pier-1",
                "Iberian Coast", 1);
        page("pier-02.html", "Pier 2 Needs New Fenders", "Tomasz Rydel", "https://harbour-review.example/2024/03/pier-2",
                "North Sea Rim", 2);
        String regionsBefore = TestSite.read(site.data().resolve("regions.yml"));

        Cli.Run mapped = Cli.run("import", "--root", site.root().toString(), "--map", "Iberian Coast=Atlantic Coast",
                pages.resolve("pier-01.html").toString());
        assertEquals(0, mapped.exit(), mapped.toString());
        assertTrue(mapped.out().contains("Mapped the region \"Iberian Coast\" to \"Atlantic Coast\" (--map)"),
                mapped.out());

        Cli.Run unmapped = Cli.run("import", "--root", site.root().toString(), pages.resolve("pier-02.html").toString());
        assertEquals(1, unmapped.exit());
        assertTrue(unmapped.out().contains("region: \"North Sea Rim\" is not a region of this collection;"), unmapped.out());
        assertTrue(unmapped.out().contains("(--map \"North Sea Rim=Our name\" maps it, --add-terms adds it to"
                + " data/regions.yml)"), unmapped.out());
        assertEquals(regionsBefore, TestSite.read(site.data().resolve("regions.yml")));

        Files.delete(site.content().resolve("articles/" + java.time.LocalDate.now().getYear()
                + "/pier-2-needs-new-fenders.md"));
        Cli.Run added = Cli.run("import", "--root", site.root().toString(), "--add-terms",
                pages.resolve("pier-02.html").toString());
        assertEquals(0, added.exit(), added.toString());
        assertTrue(added.out().contains("Added the region \"North Sea Rim\" (slug north-sea-rim) to data/regions.yml"),
                added.out());
        assertEquals(regionsBefore + "- name: North Sea Rim\n  slug: north-sea-rim\n",
                TestSite.read(site.data().resolve("regions.yml")));
        assertEquals(0, Cli.run("check", "--root", site.root().toString()).exit(), "data/ stays valid");

        page("pier-02-again.html", "Pier 2 Needs New Fenders", "Tomasz Rydel",
                "https://harbour-review.example/2024/03/pier-2", "Skagerrak Shore", 2);
        String regionsAdded = TestSite.read(site.data().resolve("regions.yml"));
        Cli.Run duplicate = Cli.run("import", "--root", site.root().toString(), "--add-terms",
                pages.resolve("pier-02-again.html").toString());
        assertTrue(duplicate.out().startsWith("Skipped "), duplicate.out());
        assertEquals(regionsAdded, TestSite.read(site.data().resolve("regions.yml")), "a page skipped adds nothing");

        assertEquals(2, Cli.run("import", "--root", site.root().toString(), "--map", "Iberian Coast=Atlantis",
                pages.resolve("pier-01.html").toString()).exit(), "a --map to a name data/ lacks is a usage error");
    }

    @Test
    void theDateIsTodayOrGivenOrThePagesOwn() throws IOException {
        page("pier-01.html", "Pier 1 Needs New Fenders", "Tomasz Rydel", "https://harbour-review.example/2024/03/pier-1",
                "Atlantic Coast", 1);
        Cli.Run kept = Cli.run("import", "--root", site.root().toString(), "--keep-date",
                pages.resolve("pier-01.html").toString());
        assertEquals(0, kept.exit(), kept.toString());
        String text = TestSite.read(site.content().resolve("articles/2024/pier-1-needs-new-fenders.md"));
        assertTrue(text.contains("\ndate: 2024-03-05\n"), text);

        Files.writeString(pages.resolve("undated.html"), String.format(TEMPLATE, "Pier 2 Needs New Fenders",
                "Tomasz Rydel", "https://harbour-review.example/2024/03/pier-2", "Atlantic Coast", "", 2));
        Cli.Run undated = Cli.run("import", "--root", site.root().toString(), "--keep-date", "--date", "2024-11-11",
                pages.resolve("undated.html").toString());
        assertEquals(1, undated.exit(), undated.toString());
        assertTrue(undated.out().contains("undated.html: date: --keep-date: the page does not say when it was"
                + " published; fill in date (republished here) as YYYY-MM-DD"), undated.out());
        assertTrue(TestSite.read(site.content().resolve("articles/2024/pier-2-needs-new-fenders.md"))
                .contains("\ndate: 2024-11-11\n"), "--date stands in until then");

        Cli.Run markdown = Cli.run("import", "--root", site.root().toString(), "--keep-date",
                org.commentary.tooling.cli.ImportCommandTestAccess.fixture("strait-insurers.md").toString());
        assertEquals(0, markdown.exit(), markdown.toString());
        assertTrue(TestSite.read(site.content().resolve("articles/2021/why-the-strait-belongs-to-the-underwriters.md"))
                .contains("\ndate: 2021-12-02\n"), "the publishing site's line: Crossposts Review, December 02, 2021");
    }

    private static String row(String result, String page, String rest) {
        return String.format("%-19s  %-23s  %s", result, page, rest).stripTrailing();
    }

    private void page(String name, String title, String authors, String url, String region, int pier)
            throws IOException {
        Files.writeString(pages.resolve(name), String.format(TEMPLATE, title, authors, url, region, "2024-03-05",
                pier));
    }

    private long countPages() throws IOException {
        try (Stream<Path> files = Files.list(pages)) {
            return files.filter(Files::isRegularFile).filter(f -> !f.toString().endsWith(".txt")).count();
        }
    }
}
