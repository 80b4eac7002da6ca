package org.commentary.site;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A baked site on disk: the real one ({@link #baked()}, from the {@code site.output} system property)
 * or a fixture bake's output ({@link #at(Path)}). Paths are site-relative with '/' separators, the
 * way pages link to each other.
 */
public final class SiteUnderTest {

    /** A URL with a scheme ({@code https:}, {@code mailto:}, {@code javascript:}) or protocol-relative. */
    static final Pattern ABSOLUTE_URL = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*:|//)");

    private final Path root;
    private final Map<String, Document> parsed = new ConcurrentHashMap<>();

    private SiteUnderTest(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /**
     * The site {@code mvn package} baked from the repository's content. Only the content-agnostic rules
     * ({@code CollectionRulesTest}) read it: every other test reads a fixture bake.
     */
    public static SiteUnderTest baked() {
        String output = System.getProperty("site.output");
        if (output == null || output.isBlank()) {
            fail("System property site.output is not set: these tests run through maven-failsafe;"
                    + " run mvn verify from the repository root");
        }
        Path path = Path.of(output);
        if (!Files.isDirectory(path) || !Files.isRegularFile(path.resolve("index.html"))) {
            fail("No baked site at " + path.toAbsolutePath() + " (or it has no index.html): the site is baked at"
                    + " `package`; run mvn verify from the repository root");
        }
        return new SiteUnderTest(path);
    }

    /** A site baked somewhere else (a fixture bake). */
    public static SiteUnderTest at(Path root) {
        return new SiteUnderTest(root);
    }

    /**
     * The repository root: the generator's templates/, assets/ and jbake.properties, which every fixture bake
     * uses, and the real collection (content/, data/), which only the content-agnostic rules read.
     */
    public static Path sourceRoot() {
        String root = System.getProperty("site.root");
        if (root == null || root.isBlank()) {
            fail("System property site.root is not set: these tests run through maven-failsafe;"
                    + " run mvn verify from the repository root");
        }
        Path path = Path.of(root).toAbsolutePath().normalize();
        if (!Files.isDirectory(path.resolve("content"))) {
            fail("site.root " + path + " has no content/ folder; run mvn verify from the repository root");
        }
        return path;
    }

    public Path root() {
        return root;
    }

    public Path file(String sitePath) {
        return root.resolve(sitePath);
    }

    public boolean exists(String sitePath) {
        return Files.isRegularFile(file(sitePath));
    }

    /** The page at {@code sitePath}, parsed once; fails the test with a clear message when it is missing. */
    public Document page(String sitePath) {
        if (!exists(sitePath)) {
            fail("The site at " + root + " has no page " + sitePath);
        }
        return parsed.computeIfAbsent(sitePath, this::parse);
    }

    private Document parse(String sitePath) {
        try {
            return Jsoup.parse(file(sitePath).toFile(), "UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every regular file of the site, site-relative, sorted. */
    public List<String> files() {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .map(path -> root.relativize(path).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every HTML page of the site, site-relative, sorted. */
    public List<String> htmlPages() {
        return files().stream().filter(path -> path.endsWith(".html")).toList();
    }

    /**
     * Where a relative link on {@code fromPage} leads, as a site-relative path (fragment and query
     * dropped); empty when the link is absolute, root-relative or climbs out of the site.
     */
    public Optional<String> resolve(String fromPage, String href) {
        if (href.startsWith("/") || ABSOLUTE_URL.matcher(href).find()) {
            return Optional.empty();
        }
        String path = pathPart(href);
        Path base = file(fromPage).getParent();
        Path target = path.isEmpty() ? file(fromPage) : base.resolve(decode(path)).normalize();
        if (!target.startsWith(root)) {
            return Optional.empty();
        }
        return Optional.of(root.relativize(target).toString().replace('\\', '/'));
    }

    /** The part of a link before any {@code ?query} or {@code #fragment}. */
    static String pathPart(String href) {
        int cut = href.length();
        int hash = href.indexOf('#');
        int query = href.indexOf('?');
        if (hash >= 0) {
            cut = Math.min(cut, hash);
        }
        if (query >= 0) {
            cut = Math.min(cut, query);
        }
        return href.substring(0, cut);
    }

    static String decode(String value) {
        return URLDecoder.decode(value.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /** The 404 page: for the web host only, with absolute links by design. */
    static final String NOT_FOUND_PAGE = "404.html";

    /** Taxonomy pages and feeds, feeds, sitemap and files only the web host uses. */
    static boolean isTaxonomyOrHostFile(String path) {
        return path.matches("(regions|themes|authors|sources)/.*")
                || java.util.Set.of("feed.xml", "sitemap.xml", "robots.txt", NOT_FOUND_PAGE).contains(path);
    }
}
