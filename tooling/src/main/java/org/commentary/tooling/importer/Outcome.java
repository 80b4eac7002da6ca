package org.commentary.tooling.importer;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What importing one saved page came to.
 *
 * @param page    the saved page
 * @param result  imported, needs attention, or skipped as a duplicate
 * @param file    the article file written, if one was
 * @param reason  one line for the summary: what is left to do, or why nothing was written
 * @param details every finding and problem, as {@code file:line: field: message} lines
 * @param notes   what was done that a reviewer may want to know (boilerplate left out, names mapped)
 */
public record Outcome(Path page, Result result, Optional<Path> file, String reason, List<String> details,
                      List<String> notes) {

    /** The three ends of an import. */
    public enum Result {
        IMPORTED("imported"), NEEDS_ATTENTION("needs attention"), DUPLICATE("skipped (duplicate)");

        private final String label;

        Result(String label) {
            this.label = label;
        }

        /** How the summary table names it. */
        public String label() {
            return label;
        }
    }

    public Outcome {
        details = List.copyOf(details);
        notes = List.copyOf(notes);
    }
}
