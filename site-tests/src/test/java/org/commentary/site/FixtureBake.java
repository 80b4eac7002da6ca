package org.commentary.site;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.commentary.build.ContentErrorsException;
import org.commentary.site.CollectionReader;
import org.commentary.source.SourceFolders;
import org.commentary.validation.Problem;
import org.jbake.app.Oven;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;

/**
 * Bakes a fixture site in this JVM with JBake's {@link Oven}, the way the Maven plugin does. The generator's
 * code comes from the repository (templates/, assets/, jbake.properties); the collection comes from the
 * fixture: its files are the only content, and its data/ is the fixture's own or, when it brings none, the
 * data of the fixture collection ({@link FixtureCollection}). Nothing is taken from the repository's content/
 * or data/ unless a test asks for it by path, so the tests do not change when the collection does.
 *
 * <p>Each bake gets its own folder {@code <fixtures.output>/<name>/} with {@code source/} and {@code output/}.
 * Bakes run one after another in the same JVM (JBake keeps engines and document types in static state).
 */
public final class FixtureBake {

    /**
     * What a bake did.
     *
     * @param thrown   what {@link Oven#bake()} threw (our validation throws ContentErrorsException), or null
     * @param errors   what JBake collected in {@link Oven#getErrors()}
     * @param problems every problem the bake stopped on (none when it published)
     * @param warnings the extension's warnings (such as HTML the sanitizer removed), by file
     */
    public record Result(String name, Path source, Path output, Throwable thrown, List<Throwable> errors,
                         List<Problem> problems, Map<Path, List<String>> warnings, Duration duration) {

        public Path content() {
            return source.resolve("content");
        }

        /** The problems reported for one fixture file, given by its path below content/. */
        public List<Problem> problemsFor(String contentPath) {
            Path file = content().resolve(contentPath).toAbsolutePath().normalize();
            return problems.stream().filter(p -> p.file().toAbsolutePath().normalize().equals(file)).toList();
        }

        /** The warnings for one fixture file, given by its path below content/. */
        public List<String> warningsFor(String contentPath) {
            return warnings.getOrDefault(content().resolve(contentPath).toAbsolutePath().normalize(), List.of());
        }

        /** Every problem as file:line: field: message, one per line, for failure messages. */
        public String describe() {
            String listed = problems.isEmpty() ? "  (no problems)" : problems.stream()
                    .map(p -> "  " + p.format(source)).collect(Collectors.joining("\n"));
            return "bake " + name + ": thrown=" + thrown + ", JBake errors=" + errors + ", problems:\n" + listed;
        }

        public SiteUnderTest site() {
            return SiteUnderTest.at(output);
        }

        public boolean succeeded() {
            return thrown == null && errors.isEmpty() && problems.isEmpty();
        }
    }

    private FixtureBake() {
    }

    /**
     * Bakes the fixture folders (on the test class path, e.g. {@code fixtures/invalid}) as one site: their
     * files are copied, in order, into the site's content/ folder.
     */
    public static Result bake(String name, String... fixtureFolders) {
        return setup(name).fixtures(fixtureFolders).bake();
    }

    /** A fixture bake with more than fixture folders: a whole collection, other data, settings, extra files. */
    public static Setup setup(String name) {
        return new Setup(name);
    }

    /** What goes into one fixture bake's source folder before JBake runs. */
    public static final class Setup {

        /** A step run on the prepared source folder (the one holding content/, data/, jbake.properties). */
        @FunctionalInterface
        public interface Step {
            void run(Path source) throws IOException;
        }

        private final String name;
        private final List<Path> contentFolders = new ArrayList<>();
        private Path dataFolder;
        private final Map<String, String> properties = new LinkedHashMap<>();
        private final List<Step> steps = new ArrayList<>();

        private Setup(String name) {
            this.name = name;
        }

        /** Fixture folders on the test class path whose files are copied into content/, in order. */
        public Setup fixtures(String... classpathFolders) {
            for (String folder : classpathFolders) {
                contentFolders.add(classpathFolder(folder));
            }
            return this;
        }

        /** A folder on disk (such as the repository's content/) whose files are copied into content/. */
        public Setup contentFrom(Path folder) {
            contentFolders.add(folder);
            return this;
        }

        /**
         * A whole collection on the test class path: {@code <folder>/content} is copied into content/ and
         * {@code <folder>/data} becomes the site's data/.
         */
        public Setup collection(String classpathFolder) {
            Path folder = classpathFolder(classpathFolder);
            contentFolders.add(folder.resolve("content"));
            dataFolder = folder.resolve("data");
            return this;
        }

        /** The data folder on the test class path to use instead of the fixture collection's. */
        public Setup data(String classpathFolder) {
            return dataFrom(classpathFolder(classpathFolder));
        }

        /** The data folder on disk to use instead of the fixture collection's. */
        public Setup dataFrom(Path folder) {
            dataFolder = folder;
            return this;
        }

        /** Sets {@code key=value} in the fixture's copy of jbake.properties, replacing any line for that key. */
        public Setup property(String key, String value) {
            properties.put(key, value);
            return this;
        }

        /** Runs {@code step} on the source folder after everything is copied (to add links, data files...). */
        public Setup prepare(Step step) {
            steps.add(step);
            return this;
        }

        public Result bake() {
            Path source = writeSource();
            return FixtureBake.bake(name, source, source.resolveSibling("output"));
        }

        /**
         * Writes the source folder ({@code <fixtures.output>/<name>/source}, emptied first) without baking it,
         * for tests that run JBake themselves; the output folder is its sibling {@code output}.
         */
        public Path writeSource() {
            Path folder = fixturesRoot().resolve(name);
            Path source = folder.resolve("source");
            try {
                deleteRecursively(folder);
                Files.createDirectories(source.resolve("content"));
                Path generator = SiteUnderTest.sourceRoot();
                for (String part : List.of("templates", "assets")) {
                    copyTree(generator.resolve(part), source.resolve(part));
                }
                Files.copy(generator.resolve("jbake.properties"), source.resolve("jbake.properties"));
                overrideProperties(source.resolve("jbake.properties"));
                Path data = dataFolder != null ? dataFolder : classpathFolder(FixtureCollection.FOLDER + "/data");
                copyTree(data, source.resolve("data"));
                for (Path content : contentFolders) {
                    copyTree(content, source.resolve("content"));
                }
                for (Step step : steps) {
                    step.run(source);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot set up fixture bake " + name, e);
            }
            return source;
        }

        private void overrideProperties(Path file) throws IOException {
            if (properties.isEmpty()) {
                return;
            }
            List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
            lines.removeIf(line -> properties.keySet().stream()
                    .anyMatch(key -> line.strip().matches(Pattern.quote(key) + "\\s*[=:].*")));
            properties.forEach((key, value) -> lines.add(key + "=" + value));
            Files.write(file, lines, StandardCharsets.UTF_8);
        }
    }

    private static Result bake(String name, Path source, Path output) {
        long start = System.nanoTime();
        Throwable thrown = null;
        List<Throwable> errors = List.of();
        try {
            JBakeConfiguration config = new JBakeConfigurationFactory()
                    .createDefaultJbakeConfiguration(source.toFile(), output.toFile(), true);
            Oven oven = new Oven(config);
            try {
                oven.bake();
            } catch (RuntimeException | Error e) {
                thrown = e;
            }
            errors = oven.getErrors();
        } catch (RuntimeException e) {
            fail("JBake could not even start on fixture " + name + ": " + e, e);
        }
        Duration duration = Duration.ofNanos(System.nanoTime() - start);

        List<Problem> problems = thrown instanceof ContentErrorsException stopped ? stopped.problems() : List.of();
        // Warnings are only logged by the bake; the same reader the bake uses tells them here.
        Map<Path, List<String>> warnings = new CollectionReader(SourceFolders.of(source)).read().warnings();
        return new Result(name, source, output, thrown, errors, problems, warnings, duration);
    }

    private static Path fixturesRoot() {
        String value = System.getProperty("fixtures.output");
        if (value == null || value.isBlank()) {
            fail("System property fixtures.output is not set: these tests run through maven-failsafe;"
                    + " run mvn verify from the repository root");
        }
        return Path.of(value).toAbsolutePath().normalize();
    }

    private static Path classpathFolder(String folder) {
        URL url = FixtureBake.class.getClassLoader().getResource(folder);
        if (url == null) {
            fail("No fixture folder " + folder + " on the test class path (src/test/resources/" + folder + ")");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static void copyTree(Path from, Path to) throws IOException {
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

    static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
