package org.commentary.tooling.serve;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.commentary.build.SiteBuild;
import org.commentary.validation.Problem;

/**
 * What serve prints: the first build's summary and timing line, then one short line per rebuild,
 * and a build's problems as {@code file:line: field: message} lines with a one-line summary.
 */
final class ConsoleReport {

    private final PrintWriter out;
    private final Path root;
    private final boolean phases;

    /** With {@code phases}, every rebuild also prints the build's phase timings, as the first build does. */
    ConsoleReport(PrintWriter out, Path root, boolean phases) {
        this.out = out;
        this.root = root;
        this.phases = phases;
    }

    void first(BuildReport report) {
        synchronized (out) {
            if (report.published()) {
                SiteBuild.Outcome outcome = report.outcome();
                warnings(outcome, null);
                out.println("Built " + count(outcome.model().articles().size(), "article") + " and "
                        + count(outcome.model().pages().size(), "page") + " ("
                        + count(outcome.plan().pages().size() + outcome.plan().files().size(), "file") + "); "
                        + count(outcome.model().drafts(), "draft") + " held back.");
                out.println(outcome.timings());
            } else {
                problems(report, null, false);
            }
            out.flush();
        }
    }

    void rebuilt(BuildReport report) {
        synchronized (out) {
            String cause = report.cause().describe(root);
            if (report.published()) {
                SiteBuild.Outcome outcome = report.outcome();
                warnings(outcome, report.cause().files());
                int updated = outcome.written().changed().size();
                int removed = outcome.written().removed().size();
                String what = updated + removed == 0 ? "nothing to update"
                        : count(outcome.written().drawn(), "page") + " redrawn, " + count(updated, "file")
                        + " updated" + (removed == 0 ? "" : ", " + removed + " removed");
                out.println(String.format(Locale.ROOT, "%s changed: %s (%.2f s)", cause, what, report.seconds()));
                if (phases) {
                    out.println("  " + outcome.timings());
                }
            } else {
                problems(report, cause, true);
            }
            out.flush();
        }
    }

    void warning(String message) {
        out.println("Warning: " + message);
        out.flush();
    }

    private void problems(BuildReport report, String cause, boolean hasSite) {
        problemLines(report).forEach(out::println);
        out.println((cause == null ? "" : cause + " changed: ") + summary(report, hasSite));
    }

    /** The problem lines browsers show, as the terminal shows them. */
    List<String> problemLines(BuildReport report) {
        if (report.failure() != null) {
            return report.failure().lines().toList();
        }
        return report.outcome().model().problems().stream().map(problem -> problem.format(root)).toList();
    }

    /** One line on why the latest build published nothing, and what is shown meanwhile. */
    String summary(BuildReport report, boolean hasSite) {
        String shown = hasSite ? "still showing the last good site." : "nothing to show until they are fixed.";
        if (report.failure() != null) {
            return "the build stopped (above); " + shown;
        }
        List<Problem> problems = report.outcome().model().problems();
        long files = problems.stream().map(Problem::file).distinct().count();
        return count(problems.size(), "problem") + " in " + count((int) files, "file") + "; " + shown;
    }

    // Warnings for the files that changed, or for every file after the first build.
    private void warnings(SiteBuild.Outcome outcome, Set<Path> only) {
        for (Map.Entry<Path, List<String>> entry : outcome.model().warnings().entrySet()) {
            if (only == null || only.contains(entry.getKey())) {
                String file = root.relativize(entry.getKey()).toString().replace('\\', '/');
                entry.getValue().forEach(warning -> out.println(file + ": warning: " + warning));
            }
        }
    }

    private static String count(int n, String singular) {
        return n + " " + singular + (n == 1 ? "" : "s");
    }
}
