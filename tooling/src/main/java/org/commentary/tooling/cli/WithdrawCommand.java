package org.commentary.tooling.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.commentary.content.ContentPaths;
import org.commentary.tooling.LooseDates;
import org.commentary.tooling.SiteLayout;
import org.commentary.tooling.edit.ArticleEdits;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code withdraw FILE --reason TEXT}: takes an article down, leaving a notice at its address. */
@Command(name = "withdraw", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Withdraws an article, for a takedown request or a piece the collection no longer carries:"
                + " sets status to withdrawn, with the date and the reason readers will see.",
                "The next build replaces the article's page with a notice (title, author, original source, ©"
                        + " line, the reason and the date) and removes it from every list, feed, search and the"
                        + " sitemap. None of its text or summary is published. The text stays in the file (and"
                        + " in git history) unless you give --remove-text."},
        footer = {"%nExample:",
                "  ./commentary withdraw content/articles/2024/harbour-column.md \\",
                "      --reason \"Withdrawn at the request of the copyright holder.\"",
                "%nExit codes: 0 withdrawn and the file passes check, 1 withdrawn but the file has problems"
                        + " (listed), 2 usage error (nothing changed)."})
public final class WithdrawCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private SiteOption siteOption;

    @Parameters(index = "0", paramLabel = "FILE", description = "The article's file under content/.")
    private Path path;

    @Option(names = "--reason", required = true, paramLabel = "TEXT",
            description = "Why it was withdrawn, as readers will see it on the notice.")
    private String reason;

    @Option(names = "--date", paramLabel = "DATE", description = "The day it was withdrawn (default: today).")
    private String date;

    @Option(names = "--remove-text", description = "Also delete the article's text and summary from the file,"
            + " keeping the rest of its header (the attribution the notice shows).")
    private boolean removeText;

    @Override
    public Integer call() throws IOException {
        SiteLayout site = siteOption.layout();
        Path file = ContentFileArgument.existing(spec, site, path);
        if (reason.isBlank()) {
            throw new ParameterException(spec.commandLine(), "--reason is empty; say why the article was withdrawn");
        }
        LocalDate day = LocalDate.now();
        if (date != null) {
            LooseDates.Result parsed = LooseDates.parse(date);
            day = parsed.date().orElseThrow(() -> new ParameterException(spec.commandLine(), "--date: "
                    + parsed.problem()));
        }
        try {
            ArticleEdits.withdraw(file, reason.strip(), day, removeText);
        } catch (ArticleEdits.EditException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("Withdrew " + site.show(file) + " (status: withdrawn, withdrawn: " + day + ").");
        out.println(removeText ? "Its text and summary were removed from the file; git history still holds them."
                : "Its text stays in the file and is never published; --remove-text deletes it from the file too.");
        // Another language version naming this one must now stand alone or go too: the check says so.
        List<Path> checked = new ArrayList<>(List.of(file));
        checked.addAll(ArticleEdits.namingAsTranslation(site.content(), ContentPaths.relative(site.content(), file)));
        return EditCheck.report(site, checked, out);
    }
}
