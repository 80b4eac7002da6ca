package org.commentary.tooling.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.commentary.files.TextFiles;
import org.commentary.tooling.ArticleFiles;
import org.commentary.tooling.CollectionCheck;
import org.commentary.tooling.HeaderStyle;
import org.commentary.tooling.LooseDates;
import org.commentary.tooling.SiteLayout;
import org.commentary.tooling.importer.CrossPostImporter;
import org.commentary.tooling.importer.ImportResult;
import org.commentary.validation.Problem;
import org.commentary.vocabulary.SiteData;
import org.commentary.vocabulary.SiteDataLoader;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code import FILE}: an article saved from a web page as Markdown, turned into a content file. */
@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Turns an article saved from a web page as Markdown into a content file with a full header,"
                + " at content/articles/<year>/<slug>.md (never overwriting a file).",
                "It understands the usual cross-post layout: the title as a heading; \"By [Author](link)\"; the"
                        + " publishing site and date; the original outlet and date; \"Region:\" and \"Theme:\""
                        + " lines; the text; \"The original source of this article is ...\" and \"Copyright ©"
                        + " holder, outlet, year\". The site's boilerplate (newsletter, share and social prompts,"
                        + " notes to readers, disclaimers, fair-use notices, \"Articles by:\"...) is left out.",
                "Regions and themes that are not in data/ are reported with suggestions, never added. Then the"
                        + " new file is checked, and everything still to fill in is listed as file:line: field:"
                        + " message."},
        footer = {"%nExample:",
                "  ./commentary import ~/Downloads/strait-and-ledger.md",
                "%nExit codes: 0 written and it passes check, 1 written but there is something to fill in"
                        + " (listed), or the page could not be read, 2 usage error (nothing written)."})
public final class ImportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private SiteOption siteOption;

    @Parameters(paramLabel = "FILE", description = "The article saved as Markdown (UTF-8).")
    private Path input;

    @Option(names = "--out", paramLabel = "PATH", description = "Where to write it, inside the content folder"
            + " (default: content/articles/<year>/<slug of the title>.md).")
    private Path out;

    @Option(names = "--status", paramLabel = "STATUS", defaultValue = "draft",
            description = "draft or published. Default: ${DEFAULT-VALUE}.")
    private String status;

    @Option(names = "--date", paramLabel = "DATE", description = "Date republished here (default: today).")
    private String date;

    @Option(names = "--header", paramLabel = "STYLE", defaultValue = "yaml",
            description = "yaml (front matter, shown as a table on GitHub) or jbake (key=value lines)."
                    + " Default: ${DEFAULT-VALUE}.")
    private NewCommand.Header header;

    @Override
    public Integer call() throws IOException {
        SiteLayout site = siteOption.layout();
        PrintWriter console = spec.commandLine().getOut();
        if (!Files.isRegularFile(input)) {
            throw usage(input + ": no such file");
        }
        String statusWord = StatusOption.word(spec, status);
        LocalDate published = date == null ? LocalDate.now() : LooseDates.parse(date).date()
                .orElseThrow(() -> usage("--date: " + LooseDates.parse(date).problem()));
        if (out != null && !out.toAbsolutePath().normalize().startsWith(site.content())) {
            throw usage("--out " + out + " is not in the content folder (" + site.show(site.content()) + "/)");
        }
        SiteDataLoader loader = new SiteDataLoader(site.data());
        SiteData data = loader.load();
        if (!loader.problems().isEmpty()) {
            Report.problems(console, site, loader.problems());
            spec.commandLine().getErr().println("The data files have problems (above); fix them first.");
            return ExitCodes.CONTENT_ERRORS;
        }
        String text;
        try {
            text = TextFiles.read(input);
        } catch (IOException e) {
            spec.commandLine().getErr().println(input + ": cannot be read: " + e.getMessage());
            return ExitCodes.CONTENT_ERRORS;
        }
        ImportResult result = new CrossPostImporter(data).read(input.toAbsolutePath().normalize(), text, published,
                statusWord);
        HeaderStyle style = header == NewCommand.Header.jbake ? HeaderStyle.JBAKE : HeaderStyle.YAML;
        Path file;
        if (out != null) {
            file = out.toAbsolutePath().normalize();
        } else if (result.draft().title().isBlank()) {
            printFindings(console, result.findings());
            spec.commandLine().getErr().println("Nothing written: without a title there is no file name. Add the"
                    + " \"# Headline\" line to " + input + ", or give --out.");
            return ExitCodes.CONTENT_ERRORS;
        } else {
            file = ArticleFiles.defaultPath(site, published.getYear(), ArticleFiles.slug(result.draft().title()),
                    style);
        }
        if (Files.exists(file)) {
            throw exists(site, file);
        }
        try {
            ArticleFiles.createNew(file, style.write(result.draft()));
        } catch (FileAlreadyExistsException e) {
            throw exists(site, file);
        }
        console.println("Created " + site.show(file) + " from " + input);
        result.notes().forEach(console::println);
        List<Problem> problems = new CollectionCheck(site).only(List.of(file)).problems();
        if (result.findings().isEmpty() && problems.isEmpty()) {
            console.println("It passes check. Review it, set status=published when it is ready, and preview the"
                    + " site with ./commentary serve.");
            return ExitCodes.OK;
        }
        console.println("To fill in or fix:");
        printFindings(console, result.findings());
        Report.problems(console, site, problems);
        console.println("Then run ./commentary check " + site.show(file));
        return ExitCodes.CONTENT_ERRORS;
    }

    private static void printFindings(PrintWriter console, List<Problem> findings) {
        Path here = Path.of("").toAbsolutePath();
        List<Problem> sorted = new ArrayList<>(findings);
        sorted.sort(null);
        sorted.forEach(finding -> console.println(finding.format(finding.file().startsWith(here) ? here : null)));
    }

    private ParameterException exists(SiteLayout site, Path file) {
        return usage(site.show(file) + " already exists and is never overwritten; edit it, or give --out");
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
