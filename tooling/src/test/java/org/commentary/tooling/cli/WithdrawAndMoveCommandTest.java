package org.commentary.tooling.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.commentary.tooling.Cli;
import org.commentary.tooling.TestSite;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code withdraw} and {@code move} edit real files in all three header syntaxes, and the check agrees. */
class WithdrawAndMoveCommandTest {

    private static final String KEY_VALUE = "articles/2023/ferry-queues-at-the-sound.md";
    private static final String YAML = "articles/2024/harbour-dues-and-the-ledger.md";
    private static final String ASCIIDOC = "articles/2024/wells-before-the-rains.adoc";

    @TempDir
    Path folder;

    private TestSite site;

    @BeforeEach
    void site() {
        site = TestSite.withFixtureContent(folder);
    }

    private Cli.Run run(String command, String... args) {
        String[] all = new String[args.length + 3];
        all[0] = command;
        all[1] = "--root";
        all[2] = site.root().toString();
        System.arraycopy(args, 0, all, 3, args.length);
        return Cli.run(all);
    }

    private Cli.Run check() {
        return Cli.run("check", "--root", site.root().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {KEY_VALUE, YAML, ASCIIDOC})
    void withdrawSetsTheFieldsInTheFilesOwnSyntaxAndTheCollectionStillPasses(String article) {
        Path file = site.content().resolve(article);
        String before = TestSite.read(file);
        Cli.Run run = run("withdraw", file.toString(), "--reason", "Withdrawn at the request of the copyright holder.",
                "--date", "2025-02-10");
        assertEquals(0, run.exit(), run.toString());
        String after = TestSite.read(file);
        String expected = switch (article) {
            case KEY_VALUE -> "status=withdrawn\n";
            case YAML -> "status: withdrawn\n";
            default -> ":jbake-status: withdrawn\n";
        };
        assertTrue(after.contains(expected), after);
        assertTrue(after.contains(article.equals(YAML) ? "withdrawn_reason: Withdrawn at the request of the copyright"
                + " holder.\n" : "Withdrawn at the request of the copyright holder.\n"), after);
        assertTrue(after.contains("2025-02-10"), after);
        assertEquals(body(before), body(after), "the text is kept unless --remove-text");
        assertEquals(0, check().exit(), check().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {KEY_VALUE, YAML, ASCIIDOC})
    void removeTextKeepsOnlyTheHeader(String article) {
        Path file = site.content().resolve(article);
        assertFalse(body(TestSite.read(file)).isBlank(), "the fixture has text to remove");
        Cli.Run run = run("withdraw", file.toString(), "--reason", "Taken down.", "--remove-text");
        assertEquals(0, run.exit(), run.toString());
        String after = TestSite.read(file);
        assertTrue(body(after).isBlank(), after);
        assertTrue(after.contains("copyright"), "the attribution stays: " + after);
        assertFalse(after.contains("summary"), "the summary goes with the text: " + after);
        assertEquals(0, check().exit(), check().toString());
    }

    @Test
    void withdrawNeedsAReasonAndAContentFile() {
        Path file = site.content().resolve(KEY_VALUE);
        assertEquals(2, run("withdraw", file.toString()).exit());
        assertEquals(2, run("withdraw", file.toString(), "--reason", " ").exit());
        assertEquals(2, run("withdraw", site.data().resolve("themes.yml").toString(), "--reason", "x").exit());
        assertEquals(2, run("withdraw", site.content().resolve("articles/2024/none.md").toString(), "--reason", "x")
                .exit());
        assertTrue(TestSite.read(file).contains("status=published"), "nothing changed");
    }

    @ParameterizedTest
    @ValueSource(strings = {KEY_VALUE, YAML, ASCIIDOC})
    void moveRenamesTheFileAndRecordsTheOldAddress(String article) {
        Path from = site.content().resolve(article);
        String extension = article.substring(article.lastIndexOf('.'));
        Path to = site.content().resolve("articles/2024/renamed" + extension);
        Cli.Run run = run("move", from.toString(), to.toString());
        assertEquals(0, run.exit(), run.toString());
        assertFalse(Files.exists(from));
        String oldAddress = article.substring(0, article.lastIndexOf('.')) + ".html";
        assertTrue(TestSite.read(to).contains(oldAddress), TestSite.read(to));
        assertTrue(run.out().contains("its old address " + oldAddress + " now redirects to articles/2024/renamed.html"),
                run.out());

        // Moved again: both old addresses are kept, the first one first (it names the feed entry).
        Path again = site.content().resolve("articles/2025/renamed-again" + extension);
        assertEquals(0, run("move", to.toString(), again.toString()).exit());
        String text = TestSite.read(again);
        assertTrue(text.indexOf(oldAddress) < text.indexOf("articles/2024/renamed.html"), text);
        assertEquals(0, check().exit(), check().toString());

        // Moved back to its first name: that alias stays first (it names the feed entry) and writes no
        // redirect, as it is the article's page again.
        assertEquals(0, run("move", again.toString(), from.toString()).exit());
        String back = TestSite.read(from);
        assertTrue(back.indexOf(oldAddress) < back.indexOf("articles/2025/renamed-again.html"), back);
        assertEquals(0, check().exit(), check().toString());
    }

    @Test
    void moveUpdatesTheOtherLanguageVersionThatNamesTheFile() {
        Path original = site.content().resolve(KEY_VALUE);
        String spanish = TestSite.read(original)
                .replace("title=Ferry Queues at the Sound", "title=Colas de ferris en el estrecho")
                .replace("status=published", "status=published\nlanguage=es\ntranslation_of=" + KEY_VALUE);
        Path version = site.write("articles/2023/colas-de-ferris.md", spanish);
        assertEquals(0, check().exit(), check().toString());

        Path to = site.content().resolve("articles/2023/ferry-queues.md");
        Cli.Run run = run("move", original.toString(), to.toString());
        assertEquals(0, run.exit(), run.toString());
        assertTrue(TestSite.read(version).contains("translation_of=articles/2023/ferry-queues.md"),
                TestSite.read(version));
        assertTrue(run.out().contains("Updated translation_of in content/articles/2023/colas-de-ferris.md"), run.out());
        assertEquals(0, check().exit(), check().toString());
    }

    @Test
    void withdrawingAnOriginalTellsWhatItsTranslationMustDo() {
        Path original = site.content().resolve(KEY_VALUE);
        String spanish = TestSite.read(original)
                .replace("title=Ferry Queues at the Sound", "title=Colas de ferris en el estrecho")
                .replace("status=published", "status=published\nlanguage=es\ntranslation_of=" + KEY_VALUE);
        site.write("articles/2023/colas-de-ferris.md", spanish);
        Cli.Run run = run("withdraw", original.toString(), "--reason", "Taken down.");
        assertEquals(1, run.exit(), run.toString());
        assertTrue(run.out().contains("content/articles/2023/colas-de-ferris.md:") && run.out().contains(
                "is withdrawn, so there is no version to link"), run.out());
    }

    @Test
    void moveLeavesEverythingInPlaceWhenTheHeaderCannotBeRead() {
        Path broken = site.write("articles/2024/no-header.md", "Just text, no header at all.\n");
        Cli.Run run = run("move", broken.toString(), site.content().resolve("articles/2024/elsewhere.md").toString());
        assertEquals(2, run.exit(), run.toString());
        assertTrue(Files.exists(broken), "nothing was moved");
        assertFalse(Files.exists(site.content().resolve("articles/2024/elsewhere.md")));
    }

    @Test
    void moveRefusesAnExistingTargetAnotherFormatOrABadName() {
        Path from = site.content().resolve(KEY_VALUE);
        assertEquals(2, run("move", from.toString(), site.content().resolve(YAML).toString()).exit());
        assertEquals(2, run("move", from.toString(), site.content().resolve("articles/2023/x.adoc").toString()).exit());
        assertEquals(2, run("move", from.toString(), site.content().resolve("articles/2023/Bad Name.md").toString())
                .exit());
        assertTrue(Files.exists(from), "nothing was moved");
    }

    @Test
    void insideAGitWorkTreeMoveUsesGitMv() throws Exception {
        git("init", "-q");
        git("add", "-A");
        git("-c", "user.name=T", "-c", "user.email=t@example.org", "commit", "-qm", "start");
        Path from = site.content().resolve(KEY_VALUE);
        Path to = site.content().resolve("articles/2023/ferry-queues.md");
        Cli.Run run = run("move", from.toString(), to.toString());
        assertEquals(0, run.exit(), run.toString());
        assertTrue(run.out().contains("(git mv)"), run.out());
        String status = git("status", "--porcelain");
        // Renamed in the index (R), and the alias line added in the work tree (M).
        assertTrue(status.startsWith("RM content/" + KEY_VALUE + " -> content/articles/2023/ferry-queues.md"), status);
    }

    private String git(String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("git", "-C", site.root().toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes());
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), out);
        return out;
    }

    // The text after the header: after "~~~~~~", the closing "---", or AsciiDoc's first blank line.
    private static String body(String text) {
        int separator = text.indexOf("\n~~~~~~\n");
        if (separator >= 0) {
            return text.substring(separator + 8);
        }
        if (text.startsWith("---\n")) {
            return text.substring(text.indexOf("\n---\n", 3) + 5);
        }
        int blank = text.indexOf("\n\n");
        return blank < 0 ? "" : text.substring(blank + 1);
    }
}
