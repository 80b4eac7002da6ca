package org.commentary.tooling;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.commentary.jbake.BuildSession;
import org.commentary.render.SiteContent;
import org.commentary.validation.Problem;

/**
 * Validates content with the build's own code and nothing else: a {@link BuildSession} (which loads
 * the data folder and reads every file through {@code ContentReader}), the data-file checks, the
 * stray-file check and the collection-wide rules ({@code SiteContent}), in the order a bake runs
 * them. Nothing is rendered.
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
    private final ContentCrawl crawl;

    public CollectionCheck(SiteLayout site) {
        this.site = site;
        this.crawl = new ContentCrawl(site.ignoreFileName());
    }

    /** Checks the whole collection, as {@code mvn package} does before it renders. */
    public Report all() {
        BuildSession session = start();
        ContentCrawl.Files files = crawl.content(site.content());
        files.yaml().forEach(session::checkDataFile);
        files.content().forEach(session::read);
        session.checkContentFolder();
        checkCollection(session);
        return new Report(session.problems(), session.warnings(), files.content().size() + files.yaml().size(),
                session.articlesNotChecked());
    }

    /**
     * The problems the build would report for {@code paths} (content files, or folders inside the
     * content folder), with the data folder's. The given files are read in full; every other file of
     * the collection only up to its header, so that the rules about the whole collection (one address
     * per page, names sharing a page, duplicates, links between articles) see it, as in the build.
     * A named file the build does not read as content (an upper-case extension, an ignored folder) gets
     * the build's problem for it.
     */
    public Report only(List<Path> paths) {
        List<Path> targets = paths.stream().map(path -> path.toAbsolutePath().normalize()).distinct().toList();
        BuildSession session = start();
        ContentCrawl.Files files = crawl.content(site.content());
        Set<Path> checked = new TreeSet<>();
        for (Path yaml : files.yaml()) {
            if (within(yaml, targets)) {
                session.checkDataFile(yaml);
                checked.add(yaml);
            }
        }
        for (Path file : files.content()) {
            if (within(file, targets)) {
                session.read(file);
                checked.add(file);
            } else {
                session.readHeader(file);
            }
        }
        // Named files the crawl skips are checked by the stray-file rule, as in the build.
        targets.stream().filter(Files::isRegularFile).forEach(checked::add);
        session.checkContentFolder();
        checkCollection(session);
        Path data = site.data().toAbsolutePath().normalize();
        List<Problem> problems = session.problems().stream()
                .filter(p -> within(p.file(), targets) || p.file().toAbsolutePath().normalize().startsWith(data))
                .toList();
        Map<Path, List<String>> warnings = new HashMap<>(session.warnings());
        warnings.keySet().removeIf(file -> !within(file, targets));
        return new Report(problems, warnings, checked.size(), session.articlesNotChecked());
    }

    private BuildSession start() {
        BuildSession session = BuildSession.start(site.root().toFile(), site.content().toFile(), site.data().toFile());
        crawl.data(site.data()).forEach(session::checkDataFile);
        return session;
    }

    // The collection-wide rules the site renderer applies before it renders anything.
    private static void checkCollection(BuildSession session) {
        SiteContent.collect(session);
    }

    private static boolean within(Path file, List<Path> targets) {
        Path normalised = file.toAbsolutePath().normalize();
        return targets.stream().anyMatch(normalised::startsWith);
    }
}
