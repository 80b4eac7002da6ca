package org.commentary.tooling.importer;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commentary.tooling.ArticleDraft;
import org.commentary.tooling.Names;
import org.commentary.validation.Problem;
import org.commentary.validation.Problems;
import org.commentary.vocabulary.Profile;
import org.commentary.vocabulary.SiteData;
import org.commentary.vocabulary.SiteDataLoader;
import org.commentary.vocabulary.Term;
import org.commentary.vocabulary.TermList;

/**
 * Reads an article saved from a web page as Markdown, in the layout cross-posting sites use:
 * <ol>
 * <li>the title as a Markdown heading;</li>
 * <li>a byline, {@code By [Author](link)} (several joined by "and" or commas), and for a translation
 *     "Translated from the Portuguese by [Name](link)" (the {@code translator} field);</li>
 * <li>the publishing site and its date ({@code Global Research, December 02, 2021});</li>
 * <li>the original outlet and its date ({@code [Indian Punchline](link) 1 December 2021});</li>
 * <li>{@code Region:} and {@code Theme:} lines of comma-separated links;</li>
 * <li>the text;</li>
 * <li>the attribution: "The original source of this article is ..." and "Copyright © holder,
 *     outlet, year";</li>
 * <li>the site's boilerplate, which is left out, as is boilerplate inside the text.</li>
 * </ol>
 * Everything it cannot tell is reported as a finding; it never guesses a value the build checks.
 */
public final class CrossPostImporter {

    private static final Pattern ATX_HEADING = Pattern.compile("^\\s{0,3}#{1,6}\\s+(.*?)(?:\\s+#+)?\\s*$");
    private static final Pattern SETEXT_UNDERLINE = Pattern.compile("^\\s{0,3}(=+|-+)\\s*$");
    private static final Pattern IN_DEPTH_REPORT = Pattern.compile("^[*_\\s]*in-depth reports?[*_\\s]*:.*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HOME_PAGE = Pattern.compile("^https?://[^/]+/?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern LEADING_ARTICLE = Pattern.compile("^the\\s+", Pattern.CASE_INSENSITIVE);

    private static final Pattern TRANSLATED = Pattern.compile(
            "^[*_\\s]*translated(?:\\s+from\\s+(?:the\\s+)?[\\p{L} ]+?)?\\s+by[*_\\s:]+(.+?)[*_.\\s]*$",
            Pattern.CASE_INSENSITIVE);

    /**
     * Which date an article gets: {@code date}, or with {@code keepPageDate} the saved page's own
     * publication date ({@code pageDate} when the caller read it elsewhere, as from an HTML page's tags).
     */
    public record Dates(LocalDate date, boolean keepPageDate, Optional<LocalDate> pageDate) {
    }

    private final SiteData data;
    private final TermChoices choices;

    public CrossPostImporter(SiteData data) {
        this(data, TermChoices.none(data));
    }

    /** An importer that resolves regions and themes not in data/ with {@code choices}. */
    public CrossPostImporter(SiteData data, TermChoices choices) {
        this.data = data;
        this.choices = choices;
    }

    /**
     * Reads {@code text}, the saved page at {@code input}.
     *
     * @param date   the date republished here
     * @param status the status to give the article
     */
    public ImportResult read(Path input, String text, LocalDate date, String status) {
        return read(input, text, new Dates(date, false, Optional.empty()), status, true);
    }

    /**
     * Reads {@code text}, the saved page at {@code input} or the cross-post layout made from it.
     *
     * @param lineNumbers whether line numbers of {@code text} are lines of {@code input} (not when the
     *                    text was made from an HTML page); without, findings name no line
     */
    public ImportResult read(Path input, String text, Dates dates, String status, boolean lineNumbers) {
        ImportResult numbered = readNumbered(input, text, dates, status);
        if (lineNumbers) {
            return numbered;
        }
        List<Problem> findings = numbered.findings().stream()
                .map(p -> new Problem(p.file(), Problem.NO_LINE, p.field(), p.message())).toList();
        List<String> notes = numbered.notes().stream()
                .map(note -> note.replaceFirst("^Left out lines? [0-9\\-]+:? ", "Left out ")).toList();
        return new ImportResult(numbered.draft(), findings, notes);
    }

    private ImportResult readNumbered(Path input, String text, Dates dates, String status) {
        String[] lines = text.split("\n", -1);
        Problems findings = new Problems(input);
        List<String> notes = new ArrayList<>();

        int i = skipBlank(lines, 0);
        String title = "";
        Matcher heading = i < lines.length ? ATX_HEADING.matcher(lines[i]) : null;
        if (heading != null && heading.matches()) {
            title = MarkdownText.plain(heading.group(1));
            i++;
        } else if (i + 1 < lines.length && SETEXT_UNDERLINE.matcher(lines[i + 1]).matches()) {
            title = MarkdownText.plain(lines[i]);
            i += 2;
        } else {
            findings.add(Math.min(i, lines.length - 1) + 1, "title", "the page does not start with its headline as"
                    + " a Markdown heading (\"# Headline\"); fill in title");
        }

        Header header = header(lines, i, notes);
        if (header.authors.isEmpty()) {
            findings.add(header.expectedBylineLine, "author", "no byline after the title (a line such as \"By"
                    + " [Name](link)\" or \"By A and B\"); fill in author");
        }
        int end = attributionStart(lines, header.bodyStart);
        AttributionBlock attribution = end < lines.length ? AttributionBlock.read(lines, end) : null;
        String body = BodyText.clean(lines, header.bodyStart, end, notes);
        if (attribution != null) {
            notes.add("Left out lines " + attribution.line() + "-" + lastLine(lines) + ": the attribution block and"
                    + " what follows it (the site prints its own attribution footer, disclaimer and notices)");
        }

        Source source = source(header, attribution, findings);
        List<String> regions = terms(header, TermLine.Kind.REGION, data.regions(), findings, notes);
        List<String> themes = terms(header, TermLine.Kind.THEME, data.themes(), findings, notes);
        List<String> authors = header.authors.stream()
                .map(name -> knownSpelling(name, data.authors().values(), SiteDataLoader.AUTHORS, notes)).toList();
        String sourceName = source.name.isEmpty() ? ""
                : knownSpelling(source.name, data.sources().values(), SiteDataLoader.SOURCES, notes);

        LocalDate date = dates.date();
        if (dates.keepPageDate()) {
            Optional<LocalDate> pageDate = dates.pageDate().or(() -> pageLine(header, source).flatMap(DatedLine::date));
            if (pageDate.isPresent()) {
                date = pageDate.get();
            } else {
                findings.add(0, "date", "--keep-date: the page does not say when it was published; fill in date"
                        + " (republished here) as YYYY-MM-DD");
            }
        }
        List<String> translators = header.translators.stream()
                .map(name -> knownSpelling(name, data.authors().values(), SiteDataLoader.AUTHORS, notes)).toList();
        ArticleDraft draft = new ArticleDraft(title, date.toString(), authors, regions, themes, sourceName,
                source.url, source.date, "", source.copyright, "", "", "", translators, status, body);
        return new ImportResult(draft, findings.list(), notes);
    }

    /** What the lines between the title and the text say. */
    private record Header(List<String> authors, List<String> translators, int expectedBylineLine,
                          List<DatedLine> dated, List<TermLine> terms, int bodyStart) {
    }

    // The publishing site's own line ("Site, December 02, 2021"): a dated line naming another outlet.
    private static Optional<DatedLine> pageLine(Header header, Source source) {
        return header.dated.stream().filter(line -> !line.linked() && !sameName(line.name(), source.name))
                .findFirst();
    }

    private Header header(String[] lines, int start, List<String> notes) {
        List<String> authors = List.of();
        List<String> translators = new ArrayList<>();
        List<DatedLine> dated = new ArrayList<>();
        List<TermLine> terms = new ArrayList<>();
        int expectedBylineLine = Math.min(skipBlank(lines, start), lines.length - 1) + 1;
        int j = start;
        for (; j < lines.length; j++) {
            String line = lines[j];
            if (line.isBlank()) {
                continue;
            }
            if (authors.isEmpty() && dated.isEmpty() && terms.isEmpty()) {
                Optional<List<String>> byline = Byline.authors(line);
                if (byline.isPresent()) {
                    authors = byline.get();
                    continue;
                }
            }
            Matcher translated = TRANSLATED.matcher(line);
            if (translated.matches()) {
                Optional<List<String>> names = Byline.authors("By " + translated.group(1));
                if (names.isPresent()) {
                    translators.addAll(names.get());
                    continue;
                }
            }
            Optional<TermLine> termLine = TermLine.parse(j + 1, line, data.regions(), data.themes());
            if (termLine.isPresent()) {
                terms.add(termLine.get());
                continue;
            }
            if (IN_DEPTH_REPORT.matcher(line).matches() || Boilerplate.is(line)) {
                notes.add("Left out line " + (j + 1) + " (the site's boilerplate): " + BodyText.excerpt(line));
                continue;
            }
            if (terms.isEmpty() && dated.size() < 2) {
                Optional<DatedLine> datedLine = DatedLine.parse(j + 1, line);
                if (datedLine.isPresent()) {
                    dated.add(datedLine.get());
                    continue;
                }
            }
            break;
        }
        return new Header(authors, translators, expectedBylineLine, dated, terms, j);
    }

    private static int attributionStart(String[] lines, int from) {
        for (int i = from; i < lines.length; i++) {
            if (AttributionBlock.starts(lines[i])) {
                return i;
            }
        }
        return lines.length;
    }

    /** Where the piece comes from, as far as the page says. */
    private record Source(String name, String url, String date, String copyright) {
    }

    private static Source source(Header header, AttributionBlock attribution, Problems findings) {
        Optional<String> attributed = attribution == null ? Optional.empty() : attribution.outletName();
        DatedLine outlet = outletLine(header.dated, attributed);
        String name = outlet != null ? outlet.name() : attributed.orElse("");
        if (outlet != null && attributed.isPresent() && !sameName(outlet.name(), attributed.get())) {
            findings.add(attribution.line(), "source", "the line naming the original outlet (line " + outlet.line()
                    + ") says \"" + outlet.name() + "\" but the attribution says \"" + attributed.get()
                    + "\"; check source");
        }
        String date = "";
        if (outlet != null && outlet.date().isPresent()) {
            date = outlet.date().get().toString();
        } else if (outlet != null) {
            findings.add(outlet.line(), "source_date", "cannot read the original's date: " + outlet.problem()
                    + "; fill in source_date as YYYY-MM-DD");
        }
        String url = outlet != null ? outlet.url() : "";
        if (url.isEmpty() && attribution != null && !attribution.outletUrl().isEmpty()) {
            if (HOME_PAGE.matcher(attribution.outletUrl()).matches()) {
                findings.add(attribution.line(), "source_url", "the attribution links only to the outlet's home"
                        + " page (" + attribution.outletUrl() + "); fill in source_url with the original article's"
                        + " address");
            } else {
                url = attribution.outletUrl();
            }
        } else if (url.isEmpty()) {
            findings.add(outlet != null ? outlet.line() : attribution != null ? attribution.line() : 0,
                    "source_url", "no link to the original article (the outlet's name below the byline is usually"
                    + " linked to it); fill in source_url");
        }
        if (name.isEmpty()) {
            findings.add(0, "source", "no original outlet: neither a line such as \"[Outlet](link) 1 December"
                    + " 2021\" below the byline nor \"The original source of this article is ...\"; fill in source");
        }
        String copyright = "";
        if (attribution == null) {
            findings.add(0, "copyright", "no attribution block at the end of the text (\"The original source of this"
                    + " article is ...\" and \"Copyright © holder, outlet, year\"); fill in copyright from the"
                    + " original page");
        } else if (attribution.copyrightLine() == 0 || attribution.copyright().isEmpty()) {
            findings.add(attribution.line(), "copyright", "the attribution block has no \"Copyright © holder,"
                    + " outlet, year\" line; fill in copyright from the original page");
        } else {
            copyright = attribution.copyright();
        }
        return new Source(name, url, date, copyright);
    }

    // The outlet's line is the linked one, or the one naming the attributed outlet; of two unlinked
    // dated lines, the second (the publishing site's comes first).
    private static DatedLine outletLine(List<DatedLine> dated, Optional<String> attributed) {
        for (DatedLine line : dated) {
            if (line.linked() || attributed.isPresent() && sameName(line.name(), attributed.get())) {
                return line;
            }
        }
        return dated.size() == 2 ? dated.get(1) : null;
    }

    private static boolean sameName(String a, String b) {
        return normalise(a).equals(normalise(b));
    }

    private static String normalise(String name) {
        return LEADING_ARTICLE.matcher(name.strip().toLowerCase(Locale.ROOT)).replaceFirst("");
    }

    private List<String> terms(Header header, TermLine.Kind kind, TermList vocabulary, Problems findings,
                               List<String> notes) {
        Set<String> names = new LinkedHashSet<>();
        boolean seen = false;
        for (TermLine line : header.terms) {
            if (line.kind() != kind) {
                continue;
            }
            seen = true;
            for (String name : line.names()) {
                Optional<Term> term = Names.term(name, vocabulary);
                if (term.isPresent()) {
                    names.add(term.get().name());
                    continue;
                }
                TermChoices.Choice choice = choices.choose(kind, name);
                if (choice.name().isPresent()) {
                    names.add(choice.name().get());
                    notes.add(choice.note());
                } else {
                    findings.add(line.line(), kind.field(), Names.unknownTerm(kind.field(), name, vocabulary)
                            + "; it was not added (" + choice.note() + ")");
                }
            }
        }
        if (!seen) {
            findings.add(header.bodyStart + 1, kind.field(), "no \"" + capitalised(kind.field()) + ":\" line above"
                    + " the text; fill in " + kind.field() + " from " + vocabulary.dataFile());
        }
        return List.copyOf(names);
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static String knownSpelling(String name, Collection<Profile> profiles, String file, List<String> notes) {
        Optional<String> known = Names.knownSpelling(name, profiles);
        known.ifPresent(k -> notes.add("Wrote \"" + k + "\" for \"" + name + "\", as data/" + file + " spells it"));
        return known.orElse(name);
    }

    private static int lastLine(String[] lines) {
        int last = lines.length;
        while (last > 1 && lines[last - 1].isBlank()) {
            last--;
        }
        return last;
    }

    private static int skipBlank(String[] lines, int from) {
        int i = from;
        while (i < lines.length && lines[i].isBlank()) {
            i++;
        }
        return i;
    }
}
