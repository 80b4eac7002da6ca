package org.commentary.tooling.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.commentary.tooling.ArticleDraft;
import org.commentary.tooling.ArticleFiles;
import org.commentary.tooling.CollectionCheck;
import org.commentary.tooling.HeaderStyle;
import org.commentary.tooling.LooseDates;
import org.commentary.tooling.Names;
import org.commentary.tooling.SiteLayout;
import org.commentary.validation.Problem;
import org.commentary.vocabulary.Profile;
import org.commentary.vocabulary.SiteData;
import org.commentary.vocabulary.SiteDataLoader;
import org.commentary.vocabulary.Slugs;
import org.commentary.vocabulary.Term;
import org.commentary.vocabulary.TermList;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code new}: a correctly placed and named article file with every required field. */
@Command(name = "new", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Creates an article file at content/articles/<year>/<slug>.md with every required header"
                + " field, from the options and the vocabularies in data/. Unknown regions and themes are refused"
                + " with a suggestion; an existing file is never overwritten.",
                "Then checks the new file and lists what is still to fill in (at least the article's text)."},
        footer = {"%nExample:",
                "  ./commentary new --title \"The Strait and the Ledger\" \\",
                "      --author \"Mira Castellane\" --region Europe --theme Energy \\",
                "      --source \"The Harbour Review\" --source-date 2024-03-15 \\",
                "      --source-url https://harbour-review.example/2024/03/strait \\",
                "      --copyright \"Mira Castellane, The Harbour Review, 2024\"",
                "%nExit codes: 0 created and the header is complete (only the text is missing), 1 created but"
                        + " fields are still missing or wrong (listed), 2 usage error (nothing written)."})
public final class NewCommand implements Callable<Integer> {

    /** The markup of the new file. */
    enum Format { md, adoc }

    /** How a Markdown file writes its header. */
    enum Header { yaml, jbake }

    @Spec
    private CommandSpec spec;

    @Mixin
    private SiteOption siteOption;

    @Option(names = "--title", required = true, paramLabel = "TEXT", description = "The headline shown here.")
    private String title;

    @Option(names = "--author", paramLabel = "NAME", description = "An author; repeat for several.")
    private List<String> authors = new ArrayList<>();

    @Option(names = "--region", paramLabel = "NAME", description = "A region from data/regions.yml (name or slug);"
            + " repeat for several.")
    private List<String> regions = new ArrayList<>();

    @Option(names = "--theme", paramLabel = "NAME", description = "A theme from data/themes.yml (name or slug);"
            + " repeat for several.")
    private List<String> themes = new ArrayList<>();

    @Option(names = "--source", paramLabel = "OUTLET", description = "The outlet that first published the piece.")
    private String source = "";

    @Option(names = "--source-url", paramLabel = "URL", description = "Link to the original (http:// or https://).")
    private String sourceUrl = "";

    @Option(names = "--source-date", paramLabel = "DATE", description = "Original publication date: YYYY-MM-DD,"
            + " \"1 December 2021\" or \"December 1, 2021\".")
    private String sourceDate;

    @Option(names = "--source-title", paramLabel = "TEXT", description = "The original headline, if different.")
    private String sourceTitle = "";

    @Option(names = "--copyright", paramLabel = "TEXT", description = "The (c) line without the sign, e.g."
            + " \"Mira Castellane, The Harbour Review, 2024\".")
    private String copyright = "";

    @Option(names = "--license", paramLabel = "TEXT", description = "Licence or permission basis.")
    private String license = "";

    @Option(names = "--changes", paramLabel = "TEXT", description = "What was changed from the original.")
    private String changes = "";

    @Option(names = "--summary", paramLabel = "TEXT", description = "One or two sentences for index pages.")
    private String summary = "";

    @Option(names = "--translator", paramLabel = "NAME", description = "A translator; repeat for several.")
    private List<String> translators = new ArrayList<>();

    @Option(names = "--date", paramLabel = "DATE", description = "Date republished here (default: today).")
    private String date;

    @Option(names = "--status", paramLabel = "STATUS", defaultValue = "draft",
            description = "draft (checked, never published) or published. Default: ${DEFAULT-VALUE}.")
    private String status;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "md",
            description = "md (Markdown) or adoc (AsciiDoc). Default: ${DEFAULT-VALUE}.")
    private Format format;

    @Option(names = "--header", paramLabel = "STYLE",
            description = "For Markdown: yaml (front matter, shown as a table on GitHub; the default) or jbake"
                    + " (key=value lines).")
    private Header header;

    @Option(names = "--slug", paramLabel = "SLUG", description = "The file name without extension (default: from"
            + " the title).")
    private String slug;

    @Override
    public Integer call() throws IOException {
        SiteLayout site = siteOption.layout();
        PrintWriter out = spec.commandLine().getOut();
        SiteDataLoader loader = new SiteDataLoader(site.data());
        SiteData data = loader.load();
        if (!loader.problems().isEmpty()) {
            Report.problems(out, site, loader.problems());
            spec.commandLine().getErr().println("The data files have problems (above); fix them first.");
            return ExitCodes.CONTENT_ERRORS;
        }
        List<String> unknown = new ArrayList<>();
        List<String> regionNames = terms("region", regions, data.regions(), unknown);
        List<String> themeNames = terms("theme", themes, data.themes(), unknown);
        if (!unknown.isEmpty()) {
            throw usage(String.join(System.lineSeparator(), unknown));
        }
        List<String> notes = new ArrayList<>();
        List<String> authorNames = authors.stream()
                .map(name -> known(name, data.authors().values(), SiteDataLoader.AUTHORS, notes)).toList();
        String sourceName = source.isBlank() ? "" : known(source.strip(), data.sources().values(),
                SiteDataLoader.SOURCES, notes);
        LocalDate published = date == null ? LocalDate.now() : date("--date", date);
        String original = sourceDate == null ? "" : date("--source-date", sourceDate).toString();
        HeaderStyle style = style();
        String name = slug == null ? ArticleFiles.slug(title) : slug;
        if (!Slugs.isValid(name)) {
            throw usage("--slug \"" + name + "\": use lower-case letters, digits and '-', e.g. \"" + Slugs.of(name)
                    + "\"");
        }
        ArticleDraft draft = new ArticleDraft(title, published.toString(), authorNames, regionNames, themeNames,
                sourceName, sourceUrl, original, sourceTitle, copyright, license, changes, summary, translators,
                StatusOption.word(spec, status), "");
        Path file = ArticleFiles.defaultPath(site, published.getYear(), name, style);
        if (Files.exists(file)) {
            throw exists(site, file);
        }
        try {
            ArticleFiles.createNew(file, style.write(draft));
        } catch (FileAlreadyExistsException e) {
            throw exists(site, file);
        }
        out.println("Created " + site.show(file));
        notes.forEach(out::println);
        return toDo(site, file, out);
    }

    private int toDo(SiteLayout site, Path file, PrintWriter out) {
        List<Problem> problems = new CollectionCheck(site).only(List.of(file)).problems();
        boolean headerComplete = problems.stream().allMatch(p -> p.field().equals("body"));
        out.println("Still to fill in before it passes check:");
        Report.problems(out, site, problems);
        out.println("Next: " + (headerComplete ? "" : "complete the header, then ") + "write or paste the article's"
                + " text below the header, then run ./commentary check " + site.show(file));
        return headerComplete ? ExitCodes.OK : ExitCodes.CONTENT_ERRORS;
    }

    private List<String> terms(String kind, List<String> given, TermList vocabulary, List<String> unknown) {
        List<String> names = new ArrayList<>();
        for (String value : given) {
            Optional<Term> term = Names.term(value, vocabulary);
            if (term.isPresent()) {
                names.add(term.get().name());
            } else {
                unknown.add("--" + kind + ": " + Names.unknownTerm(kind, value, vocabulary));
            }
        }
        return names;
    }

    private static String known(String name, Collection<Profile> profiles, String file, List<String> notes) {
        Optional<String> spelling = Names.knownSpelling(name, profiles);
        spelling.ifPresent(s -> notes.add("Using the spelling \"" + s + "\" from data/" + file + " for \"" + name
                + "\"."));
        return spelling.orElse(name);
    }

    private LocalDate date(String option, String value) {
        LooseDates.Result result = LooseDates.parse(value);
        return result.date().orElseThrow(() -> usage(option + ": " + result.problem()));
    }

    private HeaderStyle style() {
        if (format == Format.adoc) {
            if (header != null) {
                throw usage("--header is for Markdown files; AsciiDoc files always use :jbake-key: attributes");
            }
            return HeaderStyle.ASCIIDOC;
        }
        return header == Header.jbake ? HeaderStyle.JBAKE : HeaderStyle.YAML;
    }

    private ParameterException exists(SiteLayout site, Path file) {
        return usage(site.show(file) + " already exists and is never overwritten; edit it, or choose another"
                + " --slug");
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
