package org.commentary.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;

import org.commentary.metadata.SourceFormat;
import org.commentary.output.MemoryOutput;
import org.commentary.site.SiteSettings;
import org.commentary.site.SiteUrl;
import org.commentary.source.SourceFolders;
import org.commentary.testing.ArticleText;
import org.commentary.testing.TestSiteData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole pipeline in memory, without JBake: a collection of the test's own (the repository's
 * templates and assets, which are the generator's code), built, edited and built again.
 */
class SiteBuildTest {

    private static final SiteSettings SETTINGS = new SiteSettings(SiteUrl.of("https://ledger.example/"), 6);

    @TempDir
    Path root;

    private final MemoryOutput output = new MemoryOutput();
    private SiteBuild build;

    @BeforeEach
    void collection() throws IOException {
        Path repository = Path.of(System.getProperty("user.dir")).getParent();
        copyTree(repository.resolve("templates"), root.resolve("templates"));
        copyTree(repository.resolve("assets"), root.resolve("assets"));
        TestSiteData.dataFolder(root);
        article("strait", "2024-03-18", "The Strait and the Ledger", "First text.");
        article("harbour", "2024-02-01", "Harbour Fees", "Other text.");
        build = new SiteBuild(SourceFolders.of(root), SETTINGS, output);
    }

    private Path article(String slug, String date, String title, String body) {
        Path file = root.resolve("content/articles/2024/" + slug + ".md");
        TestSiteData.write(file, ArticleText.valid().with("title", title).with("date", date)
                .with("source_url", "https://harbour-review.example/" + slug)
                .with("summary", "A summary.").body(body + "\n").text(SourceFormat.MARKDOWN));
        return file;
    }

    private String page(String path) {
        return new String(output.read(path).orElseThrow(() -> new AssertionError("no " + path)),
                StandardCharsets.UTF_8);
    }

    @Test
    void aBodyEditRedrawsOnlyThatArticle() throws IOException {
        SiteBuild.Outcome first = build.run();
        assertTrue(first.published(), first.model().problems().toString());
        assertTrue(page("articles/2024/strait.html").contains("First text."));
        assertTrue(output.read("css/site.css").isPresent(), "assets are copied");

        Path file = article("strait", "2024-03-18", "The Strait and the Ledger", "Edited text.");
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() + 5_000));
        SiteBuild.Outcome second = build.run();

        assertEquals(1, second.written().drawn(), "only the edited article's page is drawn again");
        // The search data holds every word of every body: the shard with the changed words and the
        // article's text file change too, and no other search file.
        assertEquals(List.of("articles/2024/strait.html", "search/terms/0.js", "search/text/0.js"),
                List.copyOf(second.written().changed()));
        assertTrue(page("articles/2024/strait.html").contains("Edited text."));
    }

    @Test
    void aDeletedArticleLeavesTheSiteAndItsListings() throws IOException {
        build.run();
        Files.delete(root.resolve("content/articles/2024/harbour.md"));
        SiteBuild.Outcome outcome = build.run();

        assertTrue(outcome.written().removed().contains("articles/2024/harbour.html"));
        assertFalse(output.read("articles/2024/harbour.html").isPresent());
        assertFalse(page("index.html").contains("Harbour Fees"));
    }

    @Test
    void anInvalidFileKeepsTheLastGoodSiteAndSaysWhy() throws IOException {
        build.run();
        Path file = root.resolve("content/articles/2024/strait.md");
        Files.writeString(file, Files.readString(file).replace("region=Asia, Russia and FSU; Europe",
                "region=Atlantis"));
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() + 5_000));
        SiteBuild.Outcome outcome = build.run();

        assertFalse(outcome.published());
        assertEquals(1, outcome.model().problems().size(), outcome.model().problems().toString());
        assertTrue(outcome.model().problems().get(0).format(root)
                .startsWith("content/articles/2024/strait.md:4: region: unknown region \"Atlantis\""),
                outcome.model().problems().toString());
        assertTrue(page("articles/2024/strait.html").contains("First text."), "the last good page stays");
    }

    @Test
    void aBrokenDataFileIsReportedAloneWithItsLine() throws IOException {
        TestSiteData.write(root.resolve("data/regions.yml"), "- name: Europe\n- name: [unclosed\n");
        SiteBuild.Outcome outcome = build.run();

        List<String> problems = TestSiteData.formatted(outcome.model().problems(), root);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("data/regions.yml:"), problems.toString());
    }

    @Test
    void dataChangesAreSeenOnceAnnounced() throws IOException {
        assertTrue(build.run().published());
        TestSiteData.write(root.resolve("data/collection.yml"),
                TestSiteData.COLLECTION.replace("The Test Ledger", "The Renamed Ledger"));
        build.dataChanged();
        build.templatesChanged(SETTINGS);
        assertTrue(build.run().published());
        assertTrue(page("index.html").contains("The Renamed Ledger"));
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path path : (Iterable<Path>) walk::iterator) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
