package org.commentary.jbake;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.commentary.content.ContentFile;
import org.commentary.content.ContentReader;
import org.commentary.markup.AsciidocConverter;
import org.commentary.files.TextFiles;
import org.commentary.validation.DataProblemsFirst;
import org.commentary.validation.Problem;
import org.commentary.validation.Problems;
import org.commentary.validation.SourceTreeCheck;
import org.commentary.vocabulary.SiteData;
import org.commentary.vocabulary.SiteDataLoader;
import org.commentary.vocabulary.YamlNodes;
import org.jbake.app.configuration.JBakeConfiguration;

/**
 * The state of one bake: the collection's data, every content file read so far and every problem
 * found. JBake's markup engines are JVM-wide singletons with no per-bake context, so the bake's
 * first hook ({@link SiteTemplateEngine}'s construction) starts a new session for them to use.
 */
public final class BuildSession {

    private static volatile BuildSession current;

    private final Path sourceRoot;
    private final Path contentRoot;
    private final Path dataFolder;
    private final SiteData data;
    private final boolean dataBroken;
    private final ContentReader reader;
    private final Set<Problem> problems = new TreeSet<>();
    private final Map<Path, List<String>> warnings = new HashMap<>();
    private final Map<String, Path> outputs = new HashMap<>();
    private final List<ContentFile> files = new ArrayList<>();
    private final Set<Path> seen = new HashSet<>();
    private final BuildClock clock = new BuildClock();
    private ContentPrefetcher prefetcher;

    private BuildSession(Path sourceRoot, Path contentRoot, Path dataFolder) {
        this.sourceRoot = sourceRoot;
        this.contentRoot = contentRoot;
        this.dataFolder = dataFolder;
        SiteDataLoader loader = new SiteDataLoader(dataFolder);
        this.data = loader.load();
        this.problems.addAll(loader.problems());
        this.dataBroken = !loader.problems().isEmpty();
        this.reader = new ContentReader(contentRoot, data);
    }

    /** Starts the session of a new bake, replacing any earlier one. */
    public static BuildSession start(JBakeConfiguration config) {
        return start(config.getSourceFolder(), config.getContentFolder(), config.getDataFolder());
    }

    /** Starts a session for the given folders (the command-line check uses this without JBake). */
    public static BuildSession start(File sourceRoot, File contentRoot, File dataFolder) {
        BuildSession session = new BuildSession(sourceRoot.toPath().toAbsolutePath().normalize(),
                contentRoot.toPath().toAbsolutePath().normalize(), dataFolder.toPath().toAbsolutePath().normalize());
        BuildSession previous = current;
        if (previous != null) {
            previous.finish();
        }
        current = session;
        return session;
    }

    /** The running bake's session; fails loudly if the extension was not initialised. */
    public static BuildSession current() {
        BuildSession session = current;
        if (session == null) {
            throw new IllegalStateException("No build session: the commentary template engine (templates/*.ftlh)"
                    + " was not loaded, so the bake was not initialised. Is commentary-jbake a dependency of the"
                    + " JBake plugin?");
        }
        return session;
    }

    public Path sourceRoot() {
        return sourceRoot;
    }

    public Path contentRoot() {
        return contentRoot;
    }

    public BuildClock clock() {
        return clock;
    }

    public SiteData data() {
        return data;
    }

    /**
     * Starts reading every content file in the background, on all cores, so that results are ready
     * when JBake's single-threaded crawl asks for them. Only for bakes; the check command reads on demand.
     */
    public synchronized void prefetch() {
        if (prefetcher == null) {
            prefetcher = new ContentPrefetcher(reader::read);
            prefetcher.start(contentRoot);
        }
    }

    /** Stops background reading; results JBake never asked for are dropped. */
    public synchronized void finish() {
        if (prefetcher != null) {
            prefetcher.close();
            prefetcher = null;
        }
        AsciidocConverter.release();
    }

    /** Reads a content file and records what it produced; returns it when it is valid. */
    public synchronized ContentReader.Result read(Path file) {
        long start = System.nanoTime();
        Path normalised = file.toAbsolutePath().normalize();
        ContentReader.Result result = prefetcher == null ? reader.read(normalised) : prefetcher.take(normalised);
        clock.reading(System.nanoTime() - start);
        problems.addAll(result.problems());
        record(normalised, result);
        return result;
    }

    /**
     * Reads only the header of a content file that is not itself being checked, so that the rules
     * about the whole collection (names, addresses, duplicates, links) know it: its problems are not
     * recorded. The check command reads the files outside the paths it was given this way.
     */
    public synchronized void readHeader(Path file) {
        Path normalised = file.toAbsolutePath().normalize();
        record(normalised, reader.readHeader(normalised));
    }

    private void record(Path normalised, ContentReader.Result result) {
        seen.add(normalised);
        result.content().ifPresent(content -> {
            if (!content.warnings().isEmpty()) {
                warnings.put(normalised, content.warnings());
            }
            Path earlier = outputs.putIfAbsent(content.outputPath(), normalised);
            if (earlier != null && !earlier.equals(normalised)) {
                String message = "would be published as " + content.outputPath() + ", like "
                        + sourceRoot.relativize(earlier) + "; rename one of the two files";
                problems.add(new Problem(normalised, 0, "file name", message));
                problems.add(new Problem(earlier, 0, "file name", "would be published as " + content.outputPath()
                        + ", like " + sourceRoot.relativize(normalised) + "; rename one of the two files"));
            } else if (earlier == null) {
                files.add(content);
            }
        });
    }

    /**
     * Checks a YAML file the bake found: in the content folder it is reported (data files belong in
     * the data folder); elsewhere it must be valid YAML with core tags only. Returns its text when
     * it may be loaded.
     */
    public Optional<String> checkDataFile(Path file) {
        Path path = file.toAbsolutePath().normalize();
        if (path.startsWith(contentRoot)) {
            report(new Problem(path, 0, "file", "YAML files are not content; data files belong in the data folder"));
            return Optional.empty();
        }
        Problems found = new Problems(path);
        try {
            String text = TextFiles.read(path);
            if (YamlNodes.parse(text, found).isEmpty() && !found.isEmpty()) {
                found.list().forEach(this::report);
                return Optional.empty();
            }
            return Optional.of(text);
        } catch (IOException e) {
            report(new Problem(path, 0, "file", "cannot be read: " + e.getMessage()));
            return Optional.empty();
        }
    }

    /** Records a problem found outside content reading (data files, unsupported files). */
    public synchronized void report(Problem problem) {
        problems.add(problem);
    }

    /** Reports symbolic links among the sources and files in the content folder that are not content. */
    public synchronized void checkContentFolder() {
        problems.addAll(new SourceTreeCheck(sourceRoot, contentRoot).problems(seen));
    }

    /**
     * Every problem, those in the data folder first. While the data files the articles are checked
     * against have problems, only the data folder's: the articles' would repeat them (every region
     * "unknown", against an empty list).
     */
    public synchronized List<Problem> problems() {
        return DataProblemsFirst.order(problems, dataFolder, dataBroken);
    }

    /** Whether the articles' problems are left out of {@link #problems()} until the data files are fixed. */
    public boolean articlesNotChecked() {
        return dataBroken;
    }

    /** Every content file read (valid or not), as JBake's crawl found them. */
    public synchronized Set<Path> contentSources() {
        return Set.copyOf(seen);
    }

    public synchronized Map<Path, List<String>> warnings() {
        return Map.copyOf(warnings);
    }

    /** Every valid content file, drafts included, in a stable order. */
    public synchronized List<ContentFile> files() {
        List<ContentFile> sorted = new ArrayList<>(files);
        sorted.sort(Comparator.comparing(ContentFile::path));
        return sorted;
    }
}
