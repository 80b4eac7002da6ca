package org.commentary.tooling;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A site in a temp folder for one test: the {@link FixtureSite}'s data/ (and, on request, its content/), with
 * the generator's own jbake.properties, templates/ and assets/ from the repository. The repository's content/
 * and data/ are never read, so a maintainer's edits to the sample collection cannot break these tests.
 */
public final class TestSite {

    /**
     * The jbake.properties values these tests rely on, written over the repository's copy so that a change in
     * that file cannot change what the tests check.
     */
    static final Map<String, String> SETTINGS = settings();

    private final Path root;

    private TestSite(Path root) {
        this.root = root;
    }

    private static Map<String, String> settings() {
        Map<String, String> settings = new LinkedHashMap<>();
        // Absolute URLs (feeds, sitemap, canonical links) and listing pages the tests may name.
        settings.put("site.url", "https://tooling-tests.example/");
        settings.put("index.posts_per_page", "6");
        // JBake's own store is never used by the pipeline; keep it in memory so bakes cannot share one.
        settings.put("db.store", "memory");
        return Collections.unmodifiableMap(settings);
    }

    /**
     * The repository this module belongs to (system property {@code site.root}, set by the pom): where the
     * generator's jbake.properties, templates/, assets/ and docs/ are. Never read its content/ or data/.
     */
    public static Path repository() {
        String value = System.getProperty("site.root");
        Path root = value == null || value.isBlank() ? Path.of("..") : Path.of(value);
        return root.toAbsolutePath().normalize();
    }

    /** jbake.properties (with {@link #SETTINGS}), the fixture's data/ and an empty content/ in {@code folder}. */
    public static TestSite empty(Path folder) {
        TestSite site = new TestSite(folder.toAbsolutePath().normalize());
        site.copyFromRepository(SiteLayout.PROPERTIES);
        JBakeProperties.set(site.root.resolve(SiteLayout.PROPERTIES), SETTINGS,
                "Set by the tooling tests (TestSite.SETTINGS): the values they rely on.");
        copyTree(FixtureSite.data(), site.data());
        site.mkdirs("content");
        return site;
    }

    /** As {@link #empty}, with the fixture's content (a valid collection: articles, a draft and a page). */
    public static TestSite withFixtureContent(Path folder) {
        TestSite site = empty(folder);
        copyTree(FixtureSite.content(), site.content());
        return site;
    }

    /** Adds the generator's templates/ and assets/, so JBake can bake the site. */
    public TestSite bakeable() {
        copyFromRepository("templates");
        copyFromRepository("assets");
        return this;
    }

    public Path root() {
        return root;
    }

    public Path content() {
        return root.resolve("content");
    }

    public Path data() {
        return root.resolve("data");
    }

    /** Writes {@code text} to {@code content/<relative>}. */
    public Path write(String relative, String text) {
        return writeFile(content().resolve(relative), text);
    }

    /** Writes {@code text} to {@code data/<name>}, replacing the fixture's file of that name. */
    public Path writeData(String name, String text) {
        return writeFile(data().resolve(name), text);
    }

    /** Copies a folder tree (e.g. a fixture folder) into {@code content/}. */
    public void addContent(Path folder) {
        copyTree(folder, content());
    }

    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path writeFile(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private void copyFromRepository(String part) {
        copyTree(repository().resolve(part), root.resolve(part));
    }

    private void mkdirs(String part) {
        try {
            Files.createDirectories(root.resolve(part));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void copyTree(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path path : (Iterable<Path>) walk::iterator) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
