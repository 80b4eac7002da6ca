package org.commentary.tooling.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.commentary.tooling.CollectionCheck;
import org.commentary.tooling.SiteLayout;
import org.commentary.validation.DataProblemsFirst;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code check [paths...]}: the build's validation, without rendering the site. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Checks content exactly as the build does (the same code), without rendering the site.",
                "Prints every problem as file:line: field: message (the data files' first), then a summary on"
                        + " stderr.",
                "Without paths it checks the whole collection: every article and page, the data files, stray"
                        + " files in the content folder and names that would share a region, theme, author or"
                        + " source page, the same article twice, local links and images that do not resolve."
                        + " With paths it reports only those files' or folders' problems (and the data files'),"
                        + " with every rule the build applies to them: the rest of the collection is read up to"
                        + " its headers for the rules that compare files."},
        footer = {"%nExamples:",
                "  ./commentary check",
                "  ./commentary check content/articles/2025/my-article.md",
                ExitCodes.FOOTER})
public final class CheckCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private SiteOption siteOption;

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Content files or folders to check (default: the whole collection).")
    private List<Path> paths = new ArrayList<>();

    @Override
    public Integer call() {
        SiteLayout site = siteOption.layout();
        List<Path> targets = new ArrayList<>();
        boolean whole = paths.isEmpty();
        for (Path path : paths) {
            Path absolute = path.toAbsolutePath().normalize();
            if (!Files.exists(absolute)) {
                throw new ParameterException(spec.commandLine(), path + ": no such file or folder");
            }
            if (absolute.equals(site.content()) || absolute.equals(site.root())) {
                whole = true;
            } else if (absolute.startsWith(site.content()) || absolute.startsWith(site.data())) {
                targets.add(absolute);
            } else {
                throw new ParameterException(spec.commandLine(), path + " is not in the content folder ("
                        + site.show(site.content()) + "/); the build only reads content from there");
            }
        }
        CollectionCheck check = new CollectionCheck(site);
        CollectionCheck.Report report = whole ? check.all() : check.only(targets);
        Report.problems(spec.commandLine().getOut(), site, report.problems());
        Report.warnings(spec.commandLine().getOut(), site, report);
        spec.commandLine().getOut().flush();
        if (report.articlesNotChecked()) {
            spec.commandLine().getErr().println(DataProblemsFirst.ARTICLES_NOT_CHECKED);
        }
        String checked = Report.count(report.files(), "file") + " checked";
        if (report.ok()) {
            spec.commandLine().getErr().println(checked + ": no problems.");
            return ExitCodes.OK;
        }
        spec.commandLine().getErr().println(checked + ": " + Report.count(report.problems().size(), "problem")
                + " in " + Report.count((int) Report.files(report.problems()), "file")
                + ". The build would stop and publish nothing; fix them and check again.");
        return ExitCodes.CONTENT_ERRORS;
    }
}
