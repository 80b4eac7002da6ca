package org.commentary.tooling.importer;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.commentary.tooling.ArticleDraft;
import org.commentary.tooling.ArticleFiles;
import org.commentary.tooling.CollectionCheck;
import org.commentary.tooling.HeaderStyle;
import org.commentary.tooling.SiteLayout;
import org.commentary.validation.Problem;
import org.commentary.vocabulary.SiteData;

/**
 * One {@code import} of one or many saved pages: each page is read (Markdown or HTML), compared with
 * the collection, written as a new article file (never over an existing one), and then, all at once,
 * regions and themes to add are written to data/ and the new files are checked with the build's own
 * rules. A page that cannot be read writes nothing; a page already in the collection is skipped
 * unless {@code force}.
 */
public final class ImportRun {

    /**
     * How pages are imported.
     *
     * @param date     the date republished here (today unless {@code --date})
     * @param keepDate take each page's own publication date instead, where it says one
     * @param status   draft or published
     * @param style    the header style written
     * @param out      where to write the one page imported ({@code --out}), or null
     * @param force    import pages the collection already has
     */
    public record Options(LocalDate date, boolean keepDate, String status, HeaderStyle style, Path out,
                          boolean force) {
    }

    /** A page read and written, waiting for the check at the end. */
    private record Written(Path page, Path file, List<Problem> findings, List<String> notes) {
    }

    /** Where one page's import stopped: at its outcome, or with a file written and still to check. */
    private record Step(Outcome outcome, Written written) {

        static Step ended(Outcome outcome) {
            return new Step(outcome, null);
        }

        static Step wrote(Written written) {
            return new Step(null, written);
        }
    }

    private final SiteLayout site;
    private final SiteData data;
    private final TermChoices choices;
    private final Options options;
    private final KnownArticles known;

    public ImportRun(SiteLayout site, SiteData data, TermChoices choices, Options options) {
        this.site = site;
        this.data = data;
        this.choices = choices;
        this.options = options;
        this.known = KnownArticles.of(site, data);
    }

    /**
     * Imports {@code pages} in order.
     *
     * @throws FileAlreadyExistsException when {@code --out} names an existing file (nothing is written)
     */
    public List<Outcome> run(List<Path> pages) throws IOException {
        List<Outcome> outcomes = new ArrayList<>();
        List<Written> written = new ArrayList<>();
        for (Path page : pages) {
            Step step = importPage(page);
            // A file written keeps its place in the order; its outcome comes with the check.
            outcomes.add(step.outcome());
            if (step.written() != null) {
                written.add(step.written());
            }
        }
        List<Problem> dataProblems = TermAdditions.write(site.data(), choices);
        List<Problem> problems = written.isEmpty() ? List.of()
                : new CollectionCheck(site).only(written.stream().map(Written::file).toList()).problems();
        int next = 0;
        for (int i = 0; i < outcomes.size(); i++) {
            if (outcomes.get(i) == null) {
                outcomes.set(i, checked(written.get(next++), problems, dataProblems));
            }
        }
        return outcomes;
    }

    private Step importPage(Path page) throws IOException {
        Step step = readAndWrite(page);
        if (step.written() != null) {
            choices.keepPending();
        } else {
            choices.dropPending();
        }
        return step;
    }

    private Step readAndWrite(Path page) throws IOException {
        PageReader.Read read;
        try {
            read = new PageReader(data, choices, new CrossPostImporter.Dates(options.date(), options.keepDate(),
                    Optional.empty()), options.status(), options.out() != null).read(page, PageFile.read(page));
        } catch (PageFile.Unreadable e) {
            return Step.ended(notWritten(page, e.getMessage()));
        }
        ImportResult result = read.result();
        List<String> notes = new ArrayList<>(read.notes());
        Map<Path, String> images = read.images();
        ArticleDraft draft = result.draft();
        if (draft.title().isBlank() && options.out() == null) {
            List<String> details = result.findings().stream().map(this::format).toList();
            return Step.ended(new Outcome(page, Outcome.Result.NEEDS_ATTENTION, Optional.empty(), "no headline, so"
                    + " no file name: add the \"# Headline\" line, or give --out", details, result.notes()));
        }
        if (!options.force()) {
            Optional<String> duplicate = known.duplicate(draft);
            if (duplicate.isPresent()) {
                return Step.ended(new Outcome(page, Outcome.Result.DUPLICATE, Optional.empty(), "already in the"
                        + " collection as " + duplicate.get() + "; --force imports it anyway", List.of(), List.of()));
            }
        }
        notes.addAll(result.notes());
        Path file = target(draft);
        String slug = file.getFileName().toString().replaceFirst("\\.[^.]+$", "");
        String body = draft.body();
        for (Map.Entry<Path, String> image : images.entrySet()) {
            body = body.replace("](" + image.getValue() + ")", "](" + slug + "-" + image.getValue() + ")");
        }
        ArticleFiles.createNew(file, options.style().write(draft.withBody(body)));
        for (Map.Entry<Path, String> image : images.entrySet()) {
            Path copy = file.getParent().resolve(slug + "-" + image.getValue());
            if (Files.exists(copy)) {
                notes.add("Kept the existing " + site.show(copy) + " (an image of that name is already there)");
            } else {
                Files.copy(image.getKey(), copy, StandardCopyOption.COPY_ATTRIBUTES);
                notes.add("Copied the image " + image.getKey().getFileName() + " to " + site.show(copy));
            }
        }
        known.add(file, draft);
        List<Problem> findings = new ArrayList<>(result.findings());
        findings.addAll(read.imageFindings());
        return Step.wrote(new Written(page, file, findings, notes));
    }

    // --out, else content/articles/<year>/<slug>.md, else the same with -2, -3... (never over a file).
    private Path target(ArticleDraft draft) throws IOException {
        if (options.out() != null) {
            Path out = options.out().toAbsolutePath().normalize();
            if (Files.exists(out)) {
                throw new FileAlreadyExistsException(site.show(out));
            }
            return out;
        }
        int year = LocalDate.parse(draft.date()).getYear();
        String slug = ArticleFiles.slug(draft.title());
        Path file = ArticleFiles.defaultPath(site, year, slug, options.style());
        for (int n = 2; Files.exists(file); n++) {
            file = ArticleFiles.defaultPath(site, year, slug + "-" + n, options.style());
        }
        return file;
    }

    private Outcome checked(Written written, List<Problem> problems, List<Problem> dataProblems) {
        List<Problem> own = new ArrayList<>(dataProblems);
        problems.stream().filter(p -> p.file().toAbsolutePath().normalize().equals(written.file())).forEach(own::add);
        List<Problem> findings = new ArrayList<>(written.findings());
        findings.sort(null);
        if (findings.isEmpty() && own.isEmpty()) {
            return new Outcome(written.page(), Outcome.Result.IMPORTED, Optional.of(written.file()), "",
                    List.of(), written.notes());
        }
        List<String> details = new ArrayList<>(findings.stream().map(this::format).toList());
        own.forEach(problem -> details.add(problem.format(site.root())));
        Set<String> fields = new LinkedHashSet<>();
        findings.forEach(p -> fields.add(p.field()));
        own.forEach(p -> fields.add(p.field()));
        return new Outcome(written.page(), Outcome.Result.NEEDS_ATTENTION, Optional.of(written.file()),
                "fill in or fix " + String.join(", ", fields), details, written.notes());
    }

    private Outcome notWritten(Path page, String reason) {
        return new Outcome(page, Outcome.Result.NEEDS_ATTENTION, Optional.empty(), "not imported: " + reason,
                List.of(format(new Problem(page, 0, "file", "cannot be imported: " + reason + "; nothing written"))),
                List.of());
    }

    // The saved page's path as the maintainer typed it: relative to the working folder when inside it.
    private String format(Problem problem) {
        Path here = Path.of("").toAbsolutePath();
        return problem.format(problem.file().toAbsolutePath().startsWith(here) ? here : null);
    }
}
