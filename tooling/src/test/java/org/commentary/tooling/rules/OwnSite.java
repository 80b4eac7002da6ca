package org.commentary.tooling.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.commentary.build.ContentErrorsException;
import org.commentary.site.CollectionReader;
import org.commentary.site.SiteModel;
import org.commentary.source.SourceFolders;
import org.commentary.tooling.CollectionCheck;
import org.commentary.tooling.SiteLayout;
import org.commentary.tooling.TestSite;
import org.commentary.tooling.cli.CommentaryCommand;
import org.commentary.validation.Problem;
import org.jbake.app.Oven;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;

/**
 * A site of the test's own in a temporary folder: the repository's jbake.properties, templates and
 * assets (how the site is built), with data/ and content/ written by the test. It is baked by JBake in
 * this JVM, as the Maven plugin bakes, and checked by the command, so a test can compare the two.
 */
final class OwnSite {

    static final String COLLECTION = """
            name: The Rules Ledger
            disclaimer: Views are the authors' own.
            fair_use: Republished for comment.
            """;
    static final String REGIONS = """
            - name: Europe
            - name: "Asia, Russia and FSU"
              slug: asia-russia-and-fsu
            """;
    static final String THEMES = """
            - name: Energy
            - name: Trade
            """;

    /** What a bake reported: its problems (formatted from the site root), warnings, and whether it stopped. */
    record Bake(List<String> problems, Map<String, List<String>> warnings, boolean stopped,
                boolean articlesNotChecked) {
    }

    /** One run of the command: exit code and what it printed. */
    record Run(int exit, List<String> out, String err) {
    }

    private final Path root;

    private OwnSite(Path root) {
        this.root = root;
    }

    /** The site's build files from the repository and a valid data folder of its own; no content yet. */
    static OwnSite in(Path folder) {
        OwnSite site = new OwnSite(folder.toAbsolutePath().normalize());
        Path repository = TestSite.repository();
        TestSite.copyTree(repository.resolve("templates"), site.root.resolve("templates"));
        TestSite.copyTree(repository.resolve("assets"), site.root.resolve("assets"));
        site.file("jbake.properties", TestSite.read(repository.resolve("jbake.properties")));
        site.data("collection.yml", COLLECTION);
        site.data("regions.yml", REGIONS);
        site.data("themes.yml", THEMES);
        site.file("content/about.md", "type=page\ntitle=About\nstatus=published\n~~~~~~\n\nAbout this site.\n");
        return site;
    }

    /**
     * A valid article header ({@code key=value}) for {@code title}, with {@code fields} (key, value,
     * key, value...) replacing or adding fields, then the body.
     */
    static String article(String title, String body, String... fields) {
        Map<String, String> header = new LinkedHashMap<>();
        header.put("title", title);
        header.put("date", "2024-05-01");
        header.put("author", "Ana Ruiz");
        header.put("region", "Europe");
        header.put("theme", "Energy");
        header.put("source", "The Harbour Review");
        header.put("source_url", "https://harbour-review.example/" + title.toLowerCase().replace(' ', '-'));
        header.put("copyright", "Ana Ruiz, The Harbour Review, 2024");
        header.put("status", "published");
        for (int i = 0; i < fields.length; i += 2) {
            if (fields[i + 1] == null) {
                header.remove(fields[i]);
            } else {
                header.put(fields[i], fields[i + 1]);
            }
        }
        StringBuilder text = new StringBuilder();
        header.forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
        return text.append("~~~~~~\n\n").append(body).toString();
    }

    Path root() {
        return root;
    }

    Path content(String path) {
        return root.resolve("content").resolve(path);
    }

    /** Writes {@code content/<path>}. */
    Path write(String path, String text) {
        return file("content/" + path, text);
    }

    /** Writes {@code data/<name>}. */
    void data(String name, String text) {
        file("data/" + name, text);
    }

    Path file(String path, String text) {
        return file(path, text.getBytes(StandardCharsets.UTF_8));
    }

    Path file(String path, byte[] bytes) {
        Path file = root.resolve(path);
        try {
            Files.createDirectories(file.getParent());
            return Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Bakes the site with JBake in this JVM, into {@code output/}. */
    Bake bake() {
        JBakeConfiguration config = new JBakeConfigurationFactory().createDefaultJbakeConfiguration(root.toFile(),
                output().toFile(), true);
        List<Problem> problems = List.of();
        try {
            new Oven(config).bake();
        } catch (ContentErrorsException e) {
            problems = e.problems();
        }
        // The bake only logs its warnings and whether the articles were checked; the reader it runs says them here.
        SiteModel model = new CollectionReader(SourceFolders.of(root)).read();
        Map<String, List<String>> warnings = new LinkedHashMap<>();
        model.warnings().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(entry -> warnings.put(show(entry.getKey()), entry.getValue()));
        return new Bake(lines(problems), warnings, !problems.isEmpty(), !model.contentChecked());
    }

    Path output() {
        return root.resolve("output");
    }

    /** The whole collection checked as {@code ./commentary check} does. */
    CollectionCheck.Report checkAll() {
        return new CollectionCheck(layout()).all();
    }

    /** Only {@code paths} (below content/), as {@code ./commentary check FILE...} does. */
    CollectionCheck.Report check(String... paths) {
        return new CollectionCheck(layout()).only(Arrays.stream(paths).map(this::content).toList());
    }

    /** Runs {@code ./commentary} with {@code args} in this JVM. */
    Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = CommentaryCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        List<String> lines = out.toString().isEmpty() ? List.of() : Arrays.asList(out.toString().split("\\R"));
        return new Run(exit, lines, err.toString());
    }

    /** Problems as the build and the command print them, in their order. */
    List<String> lines(List<Problem> problems) {
        return problems.stream().map(problem -> problem.format(root)).toList();
    }

    /** The problems of one content file among {@code lines}. */
    static List<String> of(String contentPath, List<String> lines) {
        return lines.stream().filter(line -> line.startsWith("content/" + contentPath + ":")).toList();
    }

    private String show(Path file) {
        return root.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    private SiteLayout layout() {
        try {
            return SiteLayout.at(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }



}
