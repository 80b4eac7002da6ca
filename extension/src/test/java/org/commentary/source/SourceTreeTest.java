package org.commentary.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.commentary.validation.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceTreeTest {

    @TempDir
    Path root;

    private Path write(String relative) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "x");
        return file;
    }

    @Test
    void sortsFilesIntoContentResourcesAssetsAndData() throws IOException {
        Path article = write("content/articles/2024/a.md");
        Path asciidoc = write("content/articles/2024/b.adoc");
        Path image = write("content/articles/2024/chart.png");
        Path css = write("assets/css/site.css");
        Path regions = write("data/regions.yml");
        write("content/articles/2024/.DS_Store");

        SourceTree.Listing listing = SourceTree.walk(SourceFolders.of(root));

        assertEquals(List.of(article, asciidoc), listing.content());
        assertEquals(List.of(image), listing.resources());
        assertEquals(List.of(css), listing.assets());
        assertEquals(List.of(regions), listing.data());
        assertTrue(listing.problems().isEmpty(), listing.problems().toString());
    }

    @Test
    void reportsStrayFilesYamlInContentAndLinksWithoutFollowingThem() throws IOException {
        write("content/articles/2024/notes.txt");
        write("content/articles/2024/list.yml");
        Path secret = write("outside/secret.md");
        Files.createSymbolicLink(root.resolve("content/articles/2024/link.md"), secret);
        Files.createDirectories(root.resolve("assets"));
        Files.createSymbolicLink(root.resolve("assets/linked"), root.resolve("outside"));

        SourceTree.Listing listing = SourceTree.walk(SourceFolders.of(root));

        List<String> problems = listing.problems().stream().map(p -> p.format(root)).sorted().toList();
        assertEquals(4, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("assets/linked: file: is a symbolic link"), problems.toString());
        assertTrue(problems.get(1).startsWith("content/articles/2024/link.md: file: is a symbolic link"));
        assertTrue(problems.get(2).startsWith("content/articles/2024/list.yml: file: YAML files are not content"));
        assertTrue(problems.get(3).startsWith("content/articles/2024/notes.txt: file: \"notes.txt\" is not an article"));
        assertTrue(listing.content().isEmpty(), "a link is never read");
    }

    @Test
    void entersHiddenFoldersSoTheirFilesAreReportedNotLost() throws IOException {
        Path hidden = write("content/articles/.drafts/x.md");
        assertEquals(List.of(hidden), SourceTree.walk(SourceFolders.of(root)).content());
    }

    @Test
    void anyCaseOfAnExtensionIsReadSoItsNameIsCheckedNotPublishedAsItIs() throws IOException {
        Path loud = write("content/articles/2024/Loud News.MD");
        Path chart = write("content/articles/2024/chart.PNG");
        SourceTree.Listing listing = SourceTree.walk(SourceFolders.of(root));
        assertEquals(List.of(loud), listing.content());
        assertEquals(List.of(chart), listing.resources());
    }

    @Test
    void aMissingFolderIsSimplyEmpty() {
        SourceTree.Listing listing = SourceTree.walk(SourceFolders.of(root));
        assertTrue(listing.content().isEmpty() && listing.problems().isEmpty());
        List<Problem> none = listing.problems();
        assertEquals(List.of(), none);
    }
}
