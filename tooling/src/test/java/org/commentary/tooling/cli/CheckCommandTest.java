package org.commentary.tooling.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.commentary.tooling.Cli;
import org.commentary.tooling.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {

    private static final String VALID = """
            title=A Valid Article
            date=2024-03-18
            author=Mira Castellane
            region=Atlantic Coast
            theme=Shipping
            source=The Harbour Review
            source_url=https://harbour-review.example/2024/03/valid
            copyright=Mira Castellane, The Harbour Review, 2024
            status=published
            ~~~~~~

            Some text.
            """;

    private static final String BROKEN = """
            title=A Broken Article
            date=2024-13-01
            author=Mira Castellane
            region=Atlantik Coast
            theme=Shipping
            source=The Harbour Review
            source_url=harbour-review.example/2024/03/broken
            copyright=Mira Castellane, The Harbour Review, 2024
            status=published
            ~~~~~~

            Some text.
            """;

    @TempDir
    Path folder;

    @Test
    void theFixtureCollectionPasses() {
        TestSite site = TestSite.withFixtureContent(folder);

        Cli.Run run = Cli.run("check", "--root", site.root().toString());

        assertEquals(0, run.exit(), run.toString());
        assertEquals("", run.out());
        // Four articles (one a draft) and the about page.
        assertTrue(run.err().matches("5 files checked: no problems.\\R"), run.err());
    }

    @Test
    void everyProblemIsPrintedAsFileLineFieldMessageSorted() {
        TestSite site = TestSite.withFixtureContent(folder);
        site.write("articles/2024/broken.md", BROKEN);
        site.write("articles/2024/also-broken.md", VALID.replace("theme=Shipping\n", ""));

        Cli.Run run = Cli.run("check", "--root", site.root().toString());

        assertEquals(1, run.exit(), run.toString());
        assertEquals(List.of(
                "content/articles/2024/also-broken.md:9: theme: missing; add \"theme=Energy\" to the header",
                "content/articles/2024/broken.md:2: date: \"2024-13-01\" is not a real date (YYYY-MM-DD: month 01-12,"
                        + " day within the month)",
                "content/articles/2024/broken.md:4: region: unknown region \"Atlantik Coast\"; did you mean"
                        + " \"Atlantic Coast\"? (known values are in data/regions.yml)",
                "content/articles/2024/broken.md:7: source_url: \"harbour-review.example/2024/03/broken\" is not a"
                        + " web address; give the original's full http:// or https:// link"),
                run.lines());
        assertTrue(run.err().contains("4 problems in 2 files"), run.err());
    }

    @Test
    void givenPathsAreTheOnlyFilesChecked() {
        TestSite site = TestSite.withFixtureContent(folder);
        Path broken = site.write("articles/2024/broken.md", BROKEN);
        site.write("articles/2024/also-broken.md", VALID.replace("theme=Shipping\n", ""));

        Cli.Run run = Cli.run("check", "--root", site.root().toString(), broken.toString());

        assertEquals(1, run.exit(), run.toString());
        assertEquals(3, run.lines().size(), run.toString());
        assertTrue(run.lines().stream().allMatch(line -> line.startsWith("content/articles/2024/broken.md:")), run.out());
        assertTrue(run.err().startsWith("1 file checked: 3 problems in 1 file."), run.err());
    }

    @Test
    void aFolderIsCheckedAsTheBuildCrawlsIt() {
        TestSite site = TestSite.empty(folder);
        site.write("articles/2024/good.md", VALID);
        site.write("articles/2025/broken.md", BROKEN);

        Cli.Run ok = Cli.run("check", "--root", site.root().toString(), site.content().resolve("articles/2024").toString());
        Cli.Run bad = Cli.run("check", "--root", site.root().toString(), site.content().resolve("articles").toString());

        assertEquals(0, ok.exit(), ok.toString());
        assertTrue(ok.err().startsWith("1 file checked: no problems."), ok.err());
        assertEquals(1, bad.exit(), bad.toString());
        assertEquals(3, bad.lines().size(), bad.toString());
    }

    @Test
    void strayFilesAndYamlInTheContentFolderAreReported() {
        TestSite site = TestSite.empty(folder);
        site.write("articles/2024/good.md", VALID);
        site.write("articles/2024/notes.txt", "to do");
        site.write("articles/2024/list.yml", "- a");

        Cli.Run run = Cli.run("check", "--root", site.root().toString());

        assertEquals(1, run.exit(), run.toString());
        assertEquals(List.of(
                "content/articles/2024/list.yml: file: YAML files are not content; data files belong in the data folder",
                "content/articles/2024/notes.txt: file: \"notes.txt\" is not an article or an image and would be"
                        + " published as it is; articles are .md or .adoc files, images .png, .jpg, .gif, .webp or"
                        + " .avif. Move or delete it."),
                run.lines());
    }

    @Test
    void namesThatWouldShareATaxonomyPageAreReported() {
        TestSite site = TestSite.empty(folder);
        site.write("articles/2024/one.md", VALID.replace("Mira Castellane", "Deniz Işıkçı"));
        site.write("articles/2024/two.md", VALID.replace("Mira Castellane", "Deniz Isikci")
                .replace("/valid", "/valid-two"));

        Cli.Run run = Cli.run("check", "--root", site.root().toString());

        assertEquals(1, run.exit(), run.toString());
        assertEquals(1, run.lines().size(), run.toString());
        assertTrue(run.out().contains("would share the page authors/deniz-isikci.html"), run.out());
    }

    @Test
    void dataFileProblemsAreReported() {
        TestSite site = TestSite.empty(folder);
        site.write("articles/2024/good.md", VALID);
        site.writeData("themes.yml", "- name: Shipping\n- slug: no-name\n");

        Cli.Run run = Cli.run("check", "--root", site.root().toString(), site.content().resolve("articles").toString());

        assertEquals(1, run.exit(), run.toString());
        assertEquals(List.of("data/themes.yml:2: name: missing; every entry needs a \"name:\""), run.lines());
    }

    @Test
    void warningsArePrintedButDoNotFail() {
        TestSite site = TestSite.empty(folder);
        site.write("articles/2024/scripted.md", VALID.replace("Some text.", "Some text.\n\n<script>alert(1)</script>"));

        Cli.Run run = Cli.run("check", "--root", site.root().toString());

        assertEquals(0, run.exit(), run.toString());
        assertEquals(List.of("content/articles/2024/scripted.md: warning: removed <script> element (not allowed in"
                + " articles)"), run.lines());
    }

    @Test
    void usageErrorsExitWithTwo() {
        TestSite site = TestSite.empty(folder);

        Cli.Run missing = Cli.run("check", "--root", site.root().toString(), folder.resolve("nope.md").toString());
        Cli.Run outside = Cli.run("check", "--root", site.root().toString(), site.root().resolve("jbake.properties")
                .toString());
        Cli.Run noSite = Cli.run("check", "--root", folder.resolve("content").toString());
        Cli.Run unknownOption = Cli.run("check", "--fast");

        assertEquals(2, missing.exit(), missing.toString());
        assertTrue(missing.err().contains("nope.md: no such file or folder"), missing.err());
        assertEquals(2, outside.exit(), outside.toString());
        assertTrue(outside.err().contains("is not in the content folder (content/)"), outside.err());
        assertEquals(2, noSite.exit(), noSite.toString());
        assertTrue(noSite.err().contains("Cannot read"), noSite.err());
        assertEquals(2, unknownOption.exit(), unknownOption.toString());
        assertTrue(unknownOption.err().contains("Unknown option: '--fast'"), unknownOption.err());
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : List.of("check", "new", "import")) {
            Cli.Run run = Cli.run(command, "--help");
            assertEquals(0, run.exit(), run.toString());
            assertTrue(run.out().startsWith("Usage: commentary " + command), run.out());
            assertTrue(run.out().contains("Exit codes: 0"), run.out());
        }
        Cli.Run top = Cli.run("--help");
        assertEquals(0, top.exit());
        assertTrue(top.out().contains("check") && top.out().contains("new") && top.out().contains("import"), top.out());
        assertEquals(2, Cli.run().exit());
    }
}
