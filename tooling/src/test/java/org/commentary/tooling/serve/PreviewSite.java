package org.commentary.tooling.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.stream.Stream;

import org.commentary.source.SourceFolders;
import org.commentary.tooling.TestSite;

/**
 * A small collection of the serve tests' own in a temporary folder: the repository's
 * jbake.properties, templates/ and assets/ (what is being previewed), with data/ and content/
 * written here (three articles in two years, two authors sharing a region, and an About page).
 */
final class PreviewSite {

    static final String HARBOUR = "articles/2024/harbour-tariffs.html";
    static final String GRID = "articles/2024/grid-storage.html";
    static final String RIVER = "articles/2025/river-dams.html";

    private final Path root;

    private PreviewSite(Path root) {
        this.root = root;
    }

    static PreviewSite create(Path folder) {
        PreviewSite site = new PreviewSite(folder.toAbsolutePath().normalize());
        Path repository = TestSite.repository();
        TestSite.copyTree(repository.resolve("jbake.properties"), site.root.resolve("jbake.properties"));
        TestSite.copyTree(repository.resolve("templates"), site.root.resolve("templates"));
        TestSite.copyTree(repository.resolve("assets"), site.root.resolve("assets"));
        site.write("data/collection.yml", """
                name: The Test Ledger
                tagline: Commentary kept for the serve tests
                disclaimer: The views are the authors' own.
                fair_use: Republished for comment and criticism.
                """);
        site.write("data/regions.yml", """
                - name: Europe
                  slug: europe
                - name: South Asia
                  slug: south-asia
                """);
        site.write("data/themes.yml", """
                - name: Energy
                  slug: energy
                - name: Trade
                  slug: trade
                """);
        site.write("content/about.md", """
                type=page
                title=About the test ledger
                status=published
                ~~~~~~

                A collection made for testing the preview server.
                """);
        site.write("content/articles/2024/harbour-tariffs.md", article("Harbour Tariffs and Their Critics",
                "2024-03-10", "Ana Ribeiro", "Europe", "Trade", "harbour-tariffs"));
        site.write("content/articles/2024/grid-storage.md", article("Who Pays for Grid Storage",
                "2024-05-02", "Ben Okafor", "Europe", "Energy", "grid-storage"));
        site.write("content/articles/2025/river-dams.md", article("Dams on a Shared River",
                "2025-01-20", "Chitra Rao", "South Asia", "Energy", "river-dams"));
        return site;
    }

    /** A complete, published Markdown article whose body is long enough for excerpts to stop early. */
    static String article(String title, String date, String author, String region, String theme, String slug) {
        return """
                title=%s
                date=%s
                author=%s
                region=%s
                theme=%s
                source=The Test Review
                source_url=https://test-review.example/%s
                copyright=%s, The Test Review, %s
                summary=A short summary of %s for listings and feeds.
                status=published
                ~~~~~~

                This article about %s opens with a paragraph long enough that nothing after it reaches any
                listing: every listing here shows the summary from the header, never the text itself (the
                search data, which holds every word, is the only place besides the article that changes).

                A second paragraph follows.
                """.formatted(title, date, author, region, theme, slug, author, date.substring(0, 4), title,
                title.toLowerCase(Locale.ROOT));
    }

    Path root() {
        return root;
    }

    SourceFolders folders() {
        return SourceFolders.of(root);
    }

    Path path(String relative) {
        return root.resolve(relative);
    }

    /**
     * Writes the whole file at once, as most editors save: into a hidden file beside it (which
     * serve ignores), then renamed over it, so no build can ever read it half written.
     */
    Path write(String relative, String text) {
        Path file = root.resolve(relative);
        Path temporary = file.resolveSibling("." + file.getFileName() + ".saving");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** Adds {@code text} at the end of the file in place, in one write, as some editors save. */
    void append(String relative, String text) {
        try {
            Files.writeString(root.resolve(relative), text, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String read(String relative) {
        try {
            return Files.readString(root.resolve(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the one occurrence of {@code from} in the file (the test fails when there is none). */
    void replace(String relative, String from, String to) {
        String text = read(relative);
        if (!text.contains(from)) {
            throw new AssertionError(relative + " has no \"" + from + "\"");
        }
        write(relative, text.replace(from, to));
    }

    void delete(String relative) {
        try {
            Files.delete(root.resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void move(String from, String to) {
        try {
            Files.move(root.resolve(from), root.resolve(to), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }


}
