package org.commentary.tooling;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.commentary.site.CollectionReader;
import org.commentary.site.SiteModel;
import org.commentary.validation.Problem;

/**
 * Validates content with the build's own code and nothing else: the {@link CollectionReader} the
 * build reads the collection with, so every rule (data files, each file, the collection as a
 * whole) is applied exactly as {@code mvn package} applies it. Nothing is rendered.
 */
public final class CollectionCheck {

    /** What a check found: every problem (sorted, as the build lists them) and the warnings. */
    public record Report(List<Problem> problems, Map<Path, List<String>> warnings, int files) {

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private final SiteLayout site;

    public CollectionCheck(SiteLayout site) {
        this.site = site;
    }

    /** Checks the whole collection, as {@code mvn package} does before it renders. */
    public Report all() {
        SiteModel model = new CollectionReader(site.folders()).read();
        return new Report(model.problems(), model.warnings(), count(model));
    }

    /**
     * Checks only {@code paths} (content files, or folders inside the content folder): the problems
     * the build would report for them, including clashes with files elsewhere in the collection,
     * and any problem in the data folder (which stops the build whatever else is right).
     */
    public Report only(List<Path> paths) {
        List<Path> wanted = paths.stream().map(path -> path.toAbsolutePath().normalize()).toList();
        SiteModel model = new CollectionReader(site.folders()).read();
        List<Problem> problems = model.problems().stream()
                .filter(problem -> inData(problem.file()) || within(problem.file(), wanted))
                .toList();
        Map<Path, List<String>> warnings = new LinkedHashMap<>();
        model.warnings().forEach((file, list) -> {
            if (within(file, wanted)) {
                warnings.put(file, list);
            }
        });
        return new Report(problems, warnings, wanted.size());
    }

    private boolean inData(Path file) {
        return file.toAbsolutePath().normalize().startsWith(site.data());
    }

    private static boolean within(Path file, List<Path> wanted) {
        Path path = file.toAbsolutePath().normalize();
        return wanted.stream().anyMatch(path::startsWith);
    }

    private static int count(SiteModel model) {
        return model.articles().size() + model.pages().size() + model.drafts() + model.resources().size();
    }
}
