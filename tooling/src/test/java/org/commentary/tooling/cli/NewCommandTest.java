package org.commentary.tooling.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.commentary.tooling.Cli;
import org.commentary.tooling.TestSite;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewCommandTest {

    @TempDir
    Path folder;

    private TestSite site;

    @BeforeEach
    void site() {
        site = TestSite.withFixtureContent(folder);
    }

    private Cli.Run create(String... options) {
        String[] args = new String[options.length + 3];
        args[0] = "new";
        args[1] = "--root";
        args[2] = site.root().toString();
        System.arraycopy(options, 0, args, 3, options.length);
        return Cli.run(args);
    }

    @Test
    void createsAFileWithEveryRequiredFieldAndAsksForTheText() {
        Cli.Run run = create("--title", "The Strait and the Ledger", "--author", "Mira Castellane",
                "--author", "Tomasz Rydel", "--region", "baltic-nordic-and-arctic", "--region", "Atlantic Coast",
                "--theme", "shipping", "--source", "The Harbour Review",
                "--source-url", "https://harbour-review.example/2024/03/strait-ledger",
                "--source-date", "March 15, 2024", "--copyright", "Mira Castellane and Tomasz Rydel, The Harbour"
                        + " Review, 2024", "--summary", "Why: insurers decide.", "--date", "2024-03-18");

        Path file = site.content().resolve("articles/2024/the-strait-and-the-ledger.md");
        assertEquals(0, run.exit(), run.toString());
        assertEquals("""
                ---
                title: The Strait and the Ledger
                date: 2024-03-18
                author:
                  - Mira Castellane
                  - Tomasz Rydel
                region:
                  - Baltic, Nordic and Arctic
                  - Atlantic Coast
                theme:
                  - Shipping
                source: The Harbour Review
                source_url: https://harbour-review.example/2024/03/strait-ledger
                source_date: 2024-03-15
                copyright: Mira Castellane and Tomasz Rydel, The Harbour Review, 2024
                summary: "Why: insurers decide."
                status: draft
                ---

                """, TestSite.read(file));
        assertEquals(List.of(
                "Created content/articles/2024/the-strait-and-the-ledger.md",
                "Still to fill in before it passes check:",
                "content/articles/2024/the-strait-and-the-ledger.md:18: body: the file has no text after its header;"
                        + " add the article text (or delete the file)",
                "Next: write or paste the article's text below the header, then run ./commentary check"
                        + " content/articles/2024/the-strait-and-the-ledger.md"), run.lines());

        // Once the text is pasted, the file passes the same check the build runs.
        appendText(file);
        assertEquals(0, Cli.run("check", "--root", site.root().toString()).exit());
    }

    @Test
    void missingFieldsAreWrittenEmptyAndListed() {
        Cli.Run run = create("--title", "Half Known", "--author", "Mira Castellane", "--region", "Atlantic Coast",
                "--theme", "Ports & Labour", "--date", "2024-05-01");

        Path file = site.content().resolve("articles/2024/half-known.md");
        assertEquals(1, run.exit(), run.toString());
        String text = TestSite.read(file);
        assertTrue(text.contains("\nsource:\nsource_url:\ncopyright:\nstatus: draft\n"), text);
        assertEquals(List.of(
                "content/articles/2024/half-known.md:10: source: is empty; give a value, e.g. \"source: The Harbour"
                        + " Review\"",
                "content/articles/2024/half-known.md:11: source_url: is empty; give a value, e.g. \"source_url:"
                        + " https://harbour-review.example/2024/03/strait\"",
                "content/articles/2024/half-known.md:12: copyright: is empty; give a value, e.g. \"copyright: Mira"
                        + " Castellane, Original Outlet, 2024\"",
                "content/articles/2024/half-known.md:14: body: the file has no text after its header; add the"
                        + " article text (or delete the file)"),
                run.lines().subList(2, 6));
    }

    @Test
    void unknownRegionsAndThemesAreRefusedWithSuggestions() {
        Cli.Run run = create("--title", "Nowhere", "--region", "Atlantik Coast", "--region", "Eurasia", "--theme",
                "Shiping", "--date", "2024-05-01");

        assertEquals(2, run.exit(), run.toString());
        assertTrue(run.err().contains("--region: \"Atlantik Coast\" is not a region of this collection; did you mean"
                + " \"Atlantic Coast\"? (known values are in data/regions.yml)"), run.err());
        assertTrue(run.err().contains("--region: \"Eurasia\" is not a region of this collection; use one of: Baltic,"
                + " Nordic and Arctic; Gulf & Red Sea;"), run.err());
        assertTrue(run.err().contains("--theme: \"Shiping\" is not a theme of this collection; did you mean"
                + " \"Shipping\"?"), run.err());
        assertFalse(Files.exists(site.content().resolve("articles/2024/nowhere.md")));
    }

    @Test
    void neverOverwritesAFile() {
        Path existing = site.content().resolve("articles/2023/ferry-queues-at-the-sound.md");
        String before = TestSite.read(existing);

        Cli.Run run = create("--title", "Ferry Queues at the Sound", "--slug", "ferry-queues-at-the-sound",
                "--date", "2023-09-14", "--region", "Baltic, Nordic and Arctic");

        assertEquals(2, run.exit(), run.toString());
        assertTrue(run.err().contains("content/articles/2023/ferry-queues-at-the-sound.md already exists and is never"
                + " overwritten"), run.err());
        assertEquals(before, TestSite.read(existing));
    }

    @Test
    void asciidocAndKeyValueHeadersAreAvailable() {
        Cli.Run adoc = create("--title", "In AsciiDoc", "--author", "A. Writer", "--region", "Pacific Islands",
                "--theme", "Referendums", "--source", "The Tideline Column", "--source-url",
                "https://tideline-column.example/a", "--copyright", "A. Writer, The Tideline Column, 2024", "--format",
                "adoc", "--date", "2024-06-01");
        Cli.Run jbake = create("--title", "In Key Value", "--author", "A. Writer", "--region", "Pacific Islands",
                "--theme", "Referendums", "--source", "The Tideline Column", "--source-url",
                "https://tideline-column.example/b", "--copyright", "A. Writer, The Tideline Column, 2024", "--header",
                "jbake", "--date", "2024-06-01",
                "--status", "published", "--translator", "T. One", "--translator", "T. Two");

        assertEquals(0, adoc.exit(), adoc.toString());
        assertEquals("""
                = In AsciiDoc
                :jbake-date: 2024-06-01
                :jbake-author: A. Writer
                :jbake-region: Pacific Islands
                :jbake-theme: Referendums
                :jbake-source: The Tideline Column
                :jbake-source_url: https://tideline-column.example/a
                :jbake-copyright: A. Writer, The Tideline Column, 2024
                :jbake-status: draft

                """, TestSite.read(site.content().resolve("articles/2024/in-asciidoc.adoc")));
        assertEquals(0, jbake.exit(), jbake.toString());
        assertEquals("""
                title=In Key Value
                date=2024-06-01
                author=A. Writer
                translator=T. One; T. Two
                region=Pacific Islands
                theme=Referendums
                source=The Tideline Column
                source_url=https://tideline-column.example/b
                copyright=A. Writer, The Tideline Column, 2024
                status=published
                ~~~~~~

                """, TestSite.read(site.content().resolve("articles/2024/in-key-value.md")));
    }

    @Test
    void knownSpellingsFromTheDataFilesAreUsed() {
        Cli.Run run = create("--title", "Spelling", "--author", "Deniz Isikci", "--source", "kattegat notes",
                "--region", "Atlantic Coast", "--theme", "Fisheries", "--date", "2024-06-01");

        String text = TestSite.read(site.content().resolve("articles/2024/spelling.md"));
        assertTrue(text.contains("author:\n  - Deniz Işıkçı\n"), text);
        assertTrue(text.contains("source: Kattegat Notes\n"), text);
        assertTrue(run.out().contains("Using the spelling \"Deniz Işıkçı\" from data/authors.yml for \"Deniz"
                + " Isikci\"."), run.out());
    }

    @Test
    void dateDefaultsToTodayAndBadOptionsAreUsageErrors() {
        Cli.Run today = create("--title", "Written Today");
        assertEquals(1, today.exit(), today.toString());
        Path file = site.content().resolve("articles/" + LocalDate.now().getYear() + "/written-today.md");
        assertTrue(TestSite.read(file).contains("date: " + LocalDate.now() + "\n"));

        assertEquals(2, create("--title", "X", "--date", "02/03/2024").exit());
        assertEquals(2, create("--title", "X", "--status", "live").exit());
        assertEquals(2, create("--title", "X", "--slug", "Not A Slug").exit());
        assertEquals(2, create("--title", "X", "--format", "adoc", "--header", "yaml").exit());
        assertEquals(2, create("--author", "No Title").exit());
    }

    private static void appendText(Path file) {
        try {
            Files.writeString(file, "The text of the article.\n", java.nio.file.StandardOpenOption.APPEND);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
