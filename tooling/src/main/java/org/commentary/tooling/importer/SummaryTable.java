package org.commentary.tooling.importer;

import java.io.PrintWriter;
import java.util.List;
import java.util.function.Function;

import org.commentary.tooling.SiteLayout;

/** The table a batch import ends with: one row per saved page, what became of it and why. */
public final class SummaryTable {

    private static final int MAX_PAGE = 40;

    private SummaryTable() {
    }

    /** Prints the counts, then the rows: the pages that need attention first, then duplicates, then the rest. */
    public static void print(PrintWriter out, SiteLayout site, List<Outcome> outcomes) {
        long imported = count(outcomes, Outcome.Result.IMPORTED);
        long attention = count(outcomes, Outcome.Result.NEEDS_ATTENTION);
        long duplicates = count(outcomes, Outcome.Result.DUPLICATE);
        out.println();
        out.println("Summary: " + outcomes.size() + " page" + (outcomes.size() == 1 ? "" : "s") + ": " + imported
                + " imported, " + attention + " need" + (attention == 1 ? "s" : "") + " attention, " + duplicates
                + " skipped as duplicate" + (duplicates == 1 ? "" : "s"));
        Function<Outcome, String> page = outcome -> shorten(outcome.page().getFileName().toString());
        int width = Math.max(4, outcomes.stream().map(page).mapToInt(String::length).max().orElse(4));
        int resultWidth = "skipped (duplicate)".length();
        String format = "%-" + resultWidth + "s  %-" + width + "s  %s%n";
        out.printf(format, "result", "page", "article file / reason");
        for (Outcome.Result result : List.of(Outcome.Result.NEEDS_ATTENTION, Outcome.Result.DUPLICATE,
                Outcome.Result.IMPORTED)) {
            for (Outcome outcome : outcomes) {
                if (outcome.result() == result) {
                    String file = outcome.file().map(site::show).orElse("");
                    String last = file.isEmpty() ? outcome.reason()
                            : outcome.reason().isEmpty() ? file : file + ": " + outcome.reason();
                    out.printf(format, result.label(), page.apply(outcome), last);
                }
            }
        }
    }

    private static long count(List<Outcome> outcomes, Outcome.Result result) {
        return outcomes.stream().filter(outcome -> outcome.result() == result).count();
    }

    private static String shorten(String name) {
        return name.length() <= MAX_PAGE ? name : name.substring(0, MAX_PAGE - 1) + "…";
    }
}
