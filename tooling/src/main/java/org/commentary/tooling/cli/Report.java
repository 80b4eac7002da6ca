package org.commentary.tooling.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.commentary.tooling.CollectionCheck;
import org.commentary.tooling.SiteLayout;
import org.commentary.validation.Problem;

/** Prints problems the way the build logs them: {@code file:line: field: message}, one per line. */
final class Report {

    private Report() {
    }

    /** Problems, paths relative to the site root, in the build's order. */
    static void problems(PrintWriter out, SiteLayout site, List<Problem> problems) {
        problems.forEach(problem -> out.println(problem.format(site.root())));
    }

    /** Warnings (the build logs them too, without stopping): {@code file: warning: message}. */
    static void warnings(PrintWriter out, SiteLayout site, CollectionCheck.Report report) {
        report.warnings().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(entry -> entry.getValue().forEach(warning ->
                        out.println(site.show(entry.getKey()) + ": warning: " + warning)));
    }

    static String count(int n, String singular) {
        return n + " " + singular + (n == 1 ? "" : "s");
    }

    static long files(List<Problem> problems) {
        return problems.stream().map(Problem::file).map(Path::normalize).distinct().count();
    }
}
