package org.commentary.site.edits;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes many valid articles in the collection's own vocabulary: its regions, themes, authors and outlets,
 * in the three header styles, a few of them drafts, spread over the last three years' folders with each date
 * in its folder's year. Titles, file names and original addresses are new, so none is a duplicate of another.
 * Deterministic: the same collection always gets the same articles.
 */
public final class GeneratedArticles {

    private static final List<String> OPENINGS = List.of("Who Pays for", "The Quiet Politics of",
            "Counting the Cost of", "What Comes After", "Rethinking", "The Long Wait for");
    private static final List<String> SUBJECTS = List.of("grid", "harbour", "harvest", "ballot", "border crossing",
            "clinic", "newsroom", "budget", "corridor", "treaty");
    private static final String FALLBACK_AUTHOR = "Anouk Ferreira-Tanaka";
    private static final String FALLBACK_SOURCE = "The Meridian Review";

    private final CollectionFacts facts;
    private final Set<String> taken;

    private GeneratedArticles(CollectionFacts facts) {
        this.facts = facts;
        this.taken = new LinkedHashSet<>(facts.takenSlugs());
    }

    /** Writes {@code count} articles under {@code content}/articles/; returns their files. */
    public static List<Path> write(Path content, CollectionFacts facts, int count) throws IOException {
        if (facts.regions().isEmpty() || facts.themes().isEmpty()) {
            throw new IllegalStateException("the collection has no regions or no themes to write articles with");
        }
        GeneratedArticles generator = new GeneratedArticles(facts);
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            files.add(generator.write(content, i));
        }
        return files;
    }

    private Path write(Path content, int i) throws IOException {
        List<String> authors = facts.authors().isEmpty() ? List.of(FALLBACK_AUTHOR) : facts.authors();
        List<String> sources = facts.sources().isEmpty() ? List.of(FALLBACK_SOURCE) : facts.sources();
        int year = facts.latest().getYear() - 2 + i % 3;
        LocalDate date = dateIn(year, i);
        String region = facts.regions().get(i % facts.regions().size());
        List<String> themes = themes(i);
        String author = authors.get(i % authors.size());
        String source = sources.get(i / 3 % sources.size());
        String subject = SUBJECTS.get(i % SUBJECTS.size());
        String title = Names.unused("Dispatch " + (i + 1) + " on " + themes.get(0) + ": "
                + OPENINGS.get(i / SUBJECTS.size() % OPENINGS.size()) + " the " + capitalised(subject), taken);
        String slug = Names.slug(title);
        taken.add(slug);
        String sourceUrl = "https://" + Names.slug(source) + ".example/" + year + "/" + slug;
        if (facts.sourceUrls().contains(sourceUrl)) {
            sourceUrl += "-" + (i + 1);
        }
        Article article = new Article(title, date, author, region, themes, source, sourceUrl,
                author + ", " + source + ", " + year,
                "How the " + subject + " shapes " + themes.get(0).toLowerCase(Locale.ROOT)
                        + " in " + region + ".",
                i % 25 == 24 ? "draft" : "published");

        boolean asciidoc = i % 10 == 9;
        Path file = content.resolve("articles").resolve(String.valueOf(year)).resolve(slug + (asciidoc ? ".adoc" : ".md"));
        Files.createDirectories(file.getParent());
        String text = asciidoc ? article.asciidoc(body(article, subject, "== ", "* "))
                : (i % 3 == 1 ? article.frontMatter() : article.keyValue()) + "\n" + body(article, subject, "## ", "- ");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    /** A date in {@code year}, never after the collection's latest article. */
    private LocalDate dateIn(int year, int i) {
        LocalDate last = year == facts.latest().getYear() ? facts.latest() : LocalDate.of(year, 12, 31);
        return LocalDate.of(year, 1, 1).plusDays(i * 37L % last.getDayOfYear());
    }

    /** One theme, or two different ones for every other article. */
    private List<String> themes(int i) {
        List<String> all = facts.themes();
        String first = all.get(i % all.size());
        String second = all.get((i / all.size() + i + 1) % all.size());
        return i % 2 == 0 && !second.equals(first) ? List.of(first, second) : List.of(first);
    }

    private static String body(Article article, String subject, String heading, String bullet) {
        String theme = article.themes().get(0).toLowerCase(Locale.ROOT);
        return article.region() + " has become a test of how " + theme + " policy is made, and of who is"
                + " consulted before it is. Officials, traders and residents describe the " + subject
                + " in very different terms, and each account explains part of what is happening.\n\n"
                + heading + "What the numbers leave out\n\n"
                + "The published figures for " + article.date().getYear() + " show steady change, but they are"
                + " collected far from the places they describe. " + article.source() + " asked people who work"
                + " with the " + subject + " every day what they would measure instead.\n\n"
                + bullet + "who decides, and on what schedule;\n"
                + bullet + "who pays, and who is paid;\n"
                + bullet + "and what is published for anyone to check.\n\n"
                + "None of this is new, but it is rarely written down in one place.\n";
    }

    private static String capitalised(String words) {
        return Arrays.stream(words.split(" ")).map(word -> Character.toUpperCase(word.charAt(0)) + word.substring(1))
                .collect(Collectors.joining(" "));
    }

    /** One generated article's header fields. */
    private record Article(String title, LocalDate date, String author, String region, List<String> themes,
                           String source, String sourceUrl, String copyright, String summary, String status) {

        String keyValue() {
            return "title=" + title + "\ndate=" + date + "\nauthor=" + author + "\nregion=" + region
                    + "\ntheme=" + String.join("; ", themes) + "\nsource=" + source + "\nsource_url=" + sourceUrl
                    + "\nsource_date=" + date.minusDays(2) + "\ncopyright=" + copyright + "\nsummary=" + summary
                    + "\nstatus=" + status + "\n~~~~~~\n";
        }

        String frontMatter() {
            return "---\ntitle: " + quoted(title) + "\ndate: " + date + "\nauthor: " + quoted(author)
                    + "\nregion:\n  - " + quoted(region) + "\ntheme:\n"
                    + themes.stream().map(theme -> "  - " + quoted(theme)).collect(Collectors.joining("\n"))
                    + "\nsource: " + quoted(source) + "\nsource_url: " + quoted(sourceUrl)
                    + "\ncopyright: " + quoted(copyright) + "\nsummary: " + quoted(summary)
                    + "\nstatus: " + status + "\n---\n";
        }

        String asciidoc(String body) {
            return "= " + title + "\n:jbake-date: " + date + "\n:jbake-author: " + author + "\n:jbake-region: "
                    + region + "\n:jbake-theme: " + String.join("; ", themes) + "\n:jbake-source: " + source
                    + "\n:jbake-source_url: " + sourceUrl + "\n:jbake-copyright: " + copyright
                    + "\n:jbake-summary: " + summary + "\n:jbake-status: " + status + "\n\n" + body;
        }

        private static String quoted(String value) {
            return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        }
    }
}
