package org.commentary.tooling;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.commentary.build.SiteBuild;
import org.commentary.content.BodyCache;
import org.commentary.site.CollectionReader;
import org.commentary.site.SiteModel;
import org.commentary.validation.Problem;

/**
 * Validates content with the build's own code and nothing else: the {@link CollectionReader} the
 * build reads the collection with, so every rule (data files, each file, the collection as a
 * whole) is applied exactly as {@code mvn package} applies it. Nothing is rendered.
 */
public final class CollectionCheck {

    /**
     * What a check found: every problem (in the build's order) and the warnings.
     *
     * @param articlesNotChecked the data files the articles are checked against have problems, so the
     *                           articles' own problems were left out (as the build leaves them out)
     */
    public record Report(List<Problem> problems, Map<Path, List<String>> warnings, int files,
                         boolean articlesNotChecked) {

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private final SiteLayout site;
    private final Path cacheFile;
    private final BodyCache bodies;

    /** A check that reuses the bodies {@code mvn package} and {@code serve} converted (target/.commentary-cache). */
    public CollectionCheck(SiteLayout site) {
        this.site = site;
        this.cacheFile = SiteBuild.cacheFileFor(site.root().resolve("target").resolve("site"));
        this.bodies = BodyCache.load(cacheFile);
    }

    /** Checks the whole collection, as {@code mvn package} does before it renders. */
    public Report all() {
        SiteModel model = new CollectionReader(site.folders(), bodies).read();
        // Every body was read: the cache now holds exactly the collection's, for the next build.
        bodies.save(cacheFile);
        return new Report(model.problems(), model.warnings(), count(model), !model.contentChecked());
    }

    /**
     * The problems the build would report for {@code paths} (content files, or folders inside the
     * content folder), with the data folder's. The given files are read in full; every other file of
     * the collection only up to its header, so that the rules about the whole collection (one address
     * per page, names sharing a page, duplicates, links between articles) see it, as in the build.
     */
    public Report only(List<Path> paths) {
        List<Path> targets = paths.stream().map(path -> path.toAbsolutePath().normalize()).distinct().toList();
        SiteModel model = new CollectionReader(site.folders(), bodies).read(file -> within(file, targets));
        List<Problem> problems = model.problems().stream()
                .filter(problem -> inData(problem.file()) || within(problem.file(), targets))
                .toList();
        Map<Path, List<String>> warnings = new LinkedHashMap<>();
        model.warnings().forEach((file, list) -> {
            if (within(file, targets)) {
                warnings.put(file, list);
            }
        });
        long files = targets.stream().mapToLong(CollectionCheck::filesIn).sum();
        return new Report(problems, warnings, (int) files, !model.contentChecked());
    }

    private boolean inData(Path file) {
        return file.toAbsolutePath().normalize().startsWith(site.data());
    }

    private static boolean within(Path file, List<Path> targets) {
        Path normalised = file.toAbsolutePath().normalize();
        return targets.stream().anyMatch(normalised::startsWith);
    }

    // How many files a named path stands for: itself, or the regular files in the folder it names.
    private static long filesIn(Path target) {
        if (!Files.isDirectory(target)) {
            return 1;
        }
        try (Stream<Path> walk = Files.walk(target)) {
            return walk.filter(Files::isRegularFile).filter(file -> !file.getFileName().toString().startsWith("."))
                    .count();
        } catch (IOException e) {
            return 0;
        }
    }

    private static int count(SiteModel model) {
        return model.articles().size() + model.withdrawn().size() + model.pages().size() + model.drafts()
                + model.resources().size();
    }
}
