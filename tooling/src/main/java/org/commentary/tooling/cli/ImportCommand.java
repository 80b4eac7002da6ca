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

import java.util.stream.Stream;

import org.commentary.tooling.HeaderStyle;
import org.commentary.tooling.LooseDates;
import org.commentary.tooling.SiteLayout;
import org.commentary.tooling.importer.ImportRun;
import org.commentary.tooling.importer.Outcome;
import org.commentary.tooling.importer.PageFile;
import org.commentary.tooling.importer.SummaryTable;
import org.commentary.tooling.importer.TermChoices;
import org.commentary.vocabulary.SiteData;
import org.commentary.vocabulary.SiteDataLoader;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code import PAGE...}: articles saved from web pages (HTML or Markdown), one or hundreds, turned into content files. */
@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Turns articles saved from web pages into content files with a full header, at"
                + " content/articles/<year>/<slug>.md (never overwriting a file). Give one or more saved pages"
                + " (.html or .htm as a browser's \"Save page as\" writes them, or .md) or folders of them.",
                "It finds the article: the headline, the byline, the dates, \"Region:\" and \"Theme:\" lines, the"
                        + " original outlet and its link, the copyright line; the text becomes Markdown without the"
                        + " page's menus, share buttons, newsletter, membership and related boxes, disclaimers and"
                        + " fair-use notices. Scripts and unsafe links never get through. Pages over 5 MB are refused.",
                "An article already in the collection (the same source_url, or the same title and author) is"
                        + " skipped unless --force. Regions and themes not in data/ are reported with the closest"
                        + " matches; --map maps them, --add-terms adds them. Each new file is checked; everything"
                        + " still to fill in is listed as file:line: field: message, and a summary table ends a"
                        + " batch."},
        footer = {"%nExamples:",
                "  ./commentary import ~/Downloads/strait-and-ledger.html",
                "  ./commentary import --keep-date --map \"Intelligence=Sanctions\" ~/migration/",
                "%nExit codes: 0 every page imported (or skipped as a duplicate) and passing check, 1 a page needs"
                        + " attention (listed: something to fill in, or a page that could not be read), 2 usage"
                        + " error (nothing written)."})
public final class ImportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private SiteOption siteOption;

    @Parameters(paramLabel = "PAGE", arity = "1..*", description = "Saved pages (.html, .htm, .md) or folders of"
            + " them (read in name order, sub-folders too).")
    private List<Path> inputs;

    @Option(names = "--out", paramLabel = "PATH", description = "Where to write the one page imported, inside the"
            + " content folder (default: content/articles/<year>/<slug of the title>.md).")
    private Path out;

    @Option(names = "--status", paramLabel = "STATUS", defaultValue = "draft",
            description = "draft or published. Default: ${DEFAULT-VALUE}.")
    private String status;

    @Option(names = "--date", paramLabel = "DATE", description = "Date republished here (default: today).")
    private String date;

    @Option(names = "--keep-date", description = "Use each page's own publication date as the date republished"
            + " here (for a migration); pages that give none get --date or today, and are listed.")
    private boolean keepDate;

    @Option(names = "--force", description = "Import pages the collection already has (same source_url, or same"
            + " title and author); they get a file name of their own, and check then names both files.")
    private boolean force;

    @Option(names = "--map", paramLabel = "PAGE=OURS", description = "A region or theme name on the pages and the"
            + " one of ours to write instead, e.g. --map \"Intelligence=Sanctions\". Repeatable.")
    private List<String> map = new ArrayList<>();

    @Option(names = "--add-terms", description = "Add the regions and themes the pages name that data/ lacks to"
            + " data/regions.yml or data/themes.yml (name and slug; write their description there).")
    private boolean addTerms;

    @Option(names = "--header", paramLabel = "STYLE", defaultValue = "yaml",
            description = "yaml (front matter, shown as a table on GitHub) or jbake (key=value lines)."
                    + " Default: ${DEFAULT-VALUE}.")
    private NewCommand.Header header;

    @Override
    public Integer call() throws IOException {
        SiteLayout site = siteOption.layout();
        PrintWriter console = spec.commandLine().getOut();
        List<Path> pages = pages();
        String statusWord = StatusOption.word(spec, status);
        LocalDate published = date == null ? LocalDate.now() : LooseDates.parse(date).date()
                .orElseThrow(() -> usage("--date: " + LooseDates.parse(date).problem()));
        if (out != null && !out.toAbsolutePath().normalize().startsWith(site.content())) {
            throw usage("--out " + out + " is not in the content folder (" + site.show(site.content()) + "/)");
        }
        if (out != null && pages.size() != 1) {
            throw usage("--out names the file for one page; " + pages.size() + " pages were given");
        }
        SiteDataLoader loader = new SiteDataLoader(site.data());
        SiteData data = loader.load();
        if (!loader.problems().isEmpty()) {
            Report.problems(console, site, loader.problems());
            spec.commandLine().getErr().println("The data files have problems (above); fix them first.");
            return ExitCodes.CONTENT_ERRORS;
        }
        TermChoices choices;
        try {
            choices = TermChoices.of(data, map, addTerms);
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
        HeaderStyle style = header == NewCommand.Header.jbake ? HeaderStyle.JBAKE : HeaderStyle.YAML;
        List<Outcome> outcomes;
        try {
            outcomes = new ImportRun(site, data, choices,
                    new ImportRun.Options(published, keepDate, statusWord, style, out, force)).run(pages);
        } catch (FileAlreadyExistsException e) {
            throw usage(e.getMessage() + " already exists and is never overwritten; edit it, or give another --out");
        }
        if (pages.size() == 1) {
            return single(console, site, outcomes.get(0));
        }
        outcomes.forEach(outcome -> brief(console, site, outcome));
        SummaryTable.print(console, site, outcomes);
        return outcomes.stream().anyMatch(o -> o.result() == Outcome.Result.NEEDS_ATTENTION)
                ? ExitCodes.CONTENT_ERRORS : ExitCodes.OK;
    }

    // One page: everything it did, as the maintainer will fix it by hand.
    private int single(PrintWriter console, SiteLayout site, Outcome outcome) {
        if (outcome.result() == Outcome.Result.DUPLICATE) {
            console.println("Skipped " + outcome.page() + ": " + outcome.reason());
            return ExitCodes.OK;
        }
        if (outcome.file().isEmpty()) {
            outcome.details().forEach(console::println);
            spec.commandLine().getErr().println("Nothing written: " + outcome.reason());
            return ExitCodes.CONTENT_ERRORS;
        }
        Path file = outcome.file().get();
        console.println("Created " + site.show(file) + " from " + outcome.page());
        outcome.notes().forEach(console::println);
        if (outcome.result() == Outcome.Result.IMPORTED) {
            console.println("It passes check. Review it, set status=published when it is ready, and preview the"
                    + " site with ./commentary serve.");
            return ExitCodes.OK;
        }
        console.println("To fill in or fix:");
        outcome.details().forEach(console::println);
        console.println("Then run ./commentary check " + site.show(file));
        return ExitCodes.CONTENT_ERRORS;
    }

    // Many pages: what was written and what is left to do; the notes would drown the list.
    private static void brief(PrintWriter console, SiteLayout site, Outcome outcome) {
        if (outcome.file().isPresent()) {
            console.println("Created " + site.show(outcome.file().get()) + " from " + outcome.page());
        }
        outcome.details().forEach(line -> console.println("  " + line));
    }

    // The pages named, folders expanded (in name order; hidden files and a browser's *_files folders skipped).
    private List<Path> pages() throws IOException {
        List<Path> pages = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    walk.filter(Files::isRegularFile).filter(path -> PageFile.kindOf(path) != null)
                            .filter(path -> !hiddenOrSaved(input.relativize(path))).sorted().forEach(pages::add);
                }
            } else if (Files.isRegularFile(input)) {
                pages.add(input);
            } else {
                throw usage(input + ": no such file or folder");
            }
        }
        if (pages.isEmpty()) {
            throw usage("no saved pages (.html, .htm, .md) in " + inputs);
        }
        return pages;
    }

    private static boolean hiddenOrSaved(Path relative) {
        for (Path part : relative) {
            String name = part.toString();
            if (name.startsWith(".") || name.endsWith("_files")) {
                return true;
            }
        }
        return false;
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
