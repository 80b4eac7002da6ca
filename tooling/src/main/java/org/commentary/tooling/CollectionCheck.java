package org.commentary.tooling;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.commentary.jbake.BuildSession;
import org.commentary.render.SiteContent;
import org.commentary.validation.Problem;

/**
 * Validates content with the build's own code and nothing else: a {@link BuildSession} (which loads
 * the data folder and reads every file through {@code ContentReader}), the data-file checks, the
 * stray-file check and the taxonomy check, in the order a bake runs them. Nothing is rendered.
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
        return report(session, files.content().size() + files.yaml().size());
    }

    /**
     * Checks only {@code files} (content files, or folders inside the content folder, crawled as the
     * build would), with the data folder loaded: the problems the build would report for them.
     */
    public Report only(List<Path> paths) {
        BuildSession session = start();
        int count = 0;
        for (Path path : paths) {
            List<Path> content;
            List<Path> yaml;
            if (path.toFile().isDirectory()) {
                ContentCrawl.Files files = crawl.content(path);
                content = files.content();
                yaml = files.yaml();
            } else if (ContentCrawl.YAML_EXTENSIONS.contains(extension(path))) {
                content = List.of();
                yaml = List.of(path);
            } else {
                // A named file is read even when the crawl would skip it, so its problem is explained.
                content = List.of(path);
                yaml = List.of();
            }
            yaml.forEach(session::checkDataFile);
            content.forEach(session::read);
            count += content.size() + yaml.size();
        }
        checkCollection(session);
        return report(session, count);
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

    private static Report report(BuildSession session, int files) {
        return new Report(session.problems(), session.warnings(), files, session.articlesNotChecked());
    }

    private static String extension(Path path) {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(dot + 1) : "";
    }
}
