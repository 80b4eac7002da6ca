package org.commentary.tooling.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

import org.commentary.tooling.CollectionCheck;
import org.commentary.tooling.SiteLayout;
import org.commentary.validation.Problem;

/** After a command changed files: what the check says of them, and the exit code that goes with it. */
final class EditCheck {

    private EditCheck() {
    }

    /** Lists the problems of {@code files} (exit code 1), or prints nothing (0). */
    static int report(SiteLayout site, List<Path> files, PrintWriter out) {
        List<Problem> problems = new CollectionCheck(site).only(files).problems();
        if (problems.isEmpty()) {
            return ExitCodes.OK;
        }
        out.println("The file now has problems the build would stop on:");
        Report.problems(out, site, problems);
        return ExitCodes.CONTENT_ERRORS;
    }
}
