package org.commentary.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.commentary.model.ArticleMetadata;
import org.commentary.model.Correction;
import org.commentary.model.Metadata;
import org.commentary.model.Status;
import org.commentary.testing.TestSiteData;
import org.commentary.validation.Problem;
import org.commentary.validation.Problems;
import org.commentary.vocabulary.SiteData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The fields that record an article's later life (updates, corrections, withdrawal, earlier
 * addresses, the robots rule), read the same from all three header syntaxes.
 */
class RevisionFieldsTest {

    /** The three ways to write a header. */
    enum Syntax { KEY_VALUE, YAML, ASCIIDOC }

    private static final Path FILE = Path.of("content/articles/2024/x.md");

    @TempDir
    static Path dir;
    static SiteData data;

    @BeforeAll
    static void loadData() {
        data = TestSiteData.load(dir);
    }

    /** One header field: a key and its values (several for corrections and aliases). */
    private record F(String key, List<String> values) {
        static F of(String key, String... values) {
            return new F(key, List.of(values));
        }
    }

    private static final List<F> BASE = List.of(
            F.of("title", "The Strait and the Ledger"),
            F.of("date", "2024-03-18"),
            F.of("author", "Mira Castellane"),
            F.of("region", "Europe"),
            F.of("theme", "Energy"),
            F.of("source", "The Harbour Review"),
            F.of("source_url", "https://harbour-review.example/2024/03/strait-ledger"),
            F.of("copyright", "Mira Castellane, The Harbour Review, 2024"),
            F.of("summary", "A summary that must not survive a withdrawal."));

    private static String text(Syntax syntax, List<F> extra, String status) {
        List<F> fields = new ArrayList<>(BASE);
        fields.add(F.of("status", status));
        fields.addAll(extra);
        StringBuilder out = new StringBuilder();
        switch (syntax) {
            case KEY_VALUE -> {
                for (F field : fields) {
                    if (field.key().equals("corrections")) {
                        field.values().forEach(v -> out.append("corrections=").append(v).append('\n'));
                    } else {
                        out.append(field.key()).append('=').append(String.join("; ", field.values())).append('\n');
                    }
                }
                out.append("~~~~~~\n");
            }
            case YAML -> {
                out.append("---\n");
                for (F field : fields) {
                    if (field.key().equals("corrections")) {
                        out.append("corrections:\n");
                        for (String v : field.values()) {
                            int colon = v.indexOf(':');
                            out.append("  - date: ").append(v, 0, colon).append('\n')
                                    .append("    text: \"").append(v.substring(colon + 1).strip()).append("\"\n");
                        }
                    } else if (field.key().equals("aliases")) {
                        out.append("aliases:\n");
                        field.values().forEach(v -> out.append("  - ").append(v).append('\n'));
                    } else {
                        out.append(field.key()).append(": \"").append(String.join("; ", field.values())).append("\"\n");
                    }
                }
                out.append("---\n");
            }
            case ASCIIDOC -> {
                for (F field : fields) {
                    if (field.key().equals("title")) {
                        out.append("= ").append(field.values().get(0)).append('\n');
                    } else if (field.key().equals("corrections")) {
                        field.values().forEach(v -> out.append(":jbake-corrections: ").append(v).append('\n'));
                    } else {
                        out.append(":jbake-").append(field.key()).append(": ")
                                .append(String.join("; ", field.values())).append('\n');
                    }
                }
                out.append('\n');
            }
        }
        out.append("The first paragraph of the article.\n");
        return out.toString();
    }

    private record Result(Optional<Metadata> metadata, List<Problem> problems) {
    }

    private static Result read(Syntax syntax, List<F> extra, String status) {
        String text = text(syntax, extra, status);
        SourceFormat format = syntax == Syntax.ASCIIDOC ? SourceFormat.ASCIIDOC : SourceFormat.MARKDOWN;
        Problems problems = new Problems(FILE);
        HeaderBlock block = HeaderReader.forText(format, text).read(text, problems)
                .orElseThrow(() -> new AssertionError(problems.list() + "\n" + text));
        Optional<Metadata> metadata = new MetadataNormaliser(data).normalise(block, problems);
        return new Result(metadata, problems.list());
    }

    private static ArticleMetadata valid(Syntax syntax, List<F> extra, String status) {
        Result result = read(syntax, extra, status);
        assertEquals(List.of(), result.problems());
        return assertInstanceOf(ArticleMetadata.class, result.metadata().orElseThrow());
    }

    private static Problem onlyProblem(Syntax syntax, List<F> extra, String status) {
        List<Problem> problems = read(syntax, extra, status).problems();
        assertEquals(1, problems.size(), () -> "expected one problem, got " + problems);
        return problems.get(0);
    }

    @ParameterizedTest
    @EnumSource(Syntax.class)
    void updatesAndCorrectionsAreReadOldestFirst(Syntax syntax) {
        ArticleMetadata meta = valid(syntax, List.of(F.of("updated", "2024-04-02"),
                F.of("corrections", "2024-05-01: The second figure was 12%, not 21%.",
                        "2024-03-20: The minister's name was misspelled.")), "published");
        assertEquals(LocalDate.of(2024, 4, 2), meta.updated());
        assertEquals(List.of(new Correction(LocalDate.of(2024, 3, 20), "The minister's name was misspelled."),
                new Correction(LocalDate.of(2024, 5, 1), "The second figure was 12%, not 21%.")), meta.corrections());
        assertEquals(LocalDate.of(2024, 5, 1), meta.lastModified(), "the latest of date, update and corrections");
    }

    @ParameterizedTest
    @EnumSource(Syntax.class)
    void aWithdrawnArticleKeepsItsAttributionButNoSummary(Syntax syntax) {
        ArticleMetadata meta = valid(syntax, List.of(F.of("withdrawn", "2025-01-10"),
                F.of("withdrawn_reason", "Withdrawn at the request of the copyright holder.")), "withdrawn");
        assertEquals(Status.WITHDRAWN, meta.status());
        assertEquals(LocalDate.of(2025, 1, 10), meta.withdrawn());
        assertEquals("Withdrawn at the request of the copyright holder.", meta.withdrawnReason());
        assertEquals("", meta.summary());
        assertEquals("Mira Castellane, The Harbour Review, 2024", meta.copyright());
    }

    @ParameterizedTest
    @EnumSource(Syntax.class)
    void aliasesAndRobotsAreRead(Syntax syntax) {
        ArticleMetadata meta = valid(syntax, List.of(F.of("aliases", "articles/2021/old-name.html",
                "archive-2020/strait.html"), F.of("robots", "Follow, INDEX")), "published");
        assertEquals(List.of("articles/2021/old-name.html", "archive-2020/strait.html"), meta.aliases());
        assertEquals("index, follow", meta.robots());
    }

    @ParameterizedTest
    @EnumSource(Syntax.class)
    void aWithdrawnArticleNeedsAReason(Syntax syntax) {
        Problem problem = onlyProblem(syntax, List.of(F.of("withdrawn", "2025-01-10")), "withdrawn");
        assertEquals("withdrawn_reason", problem.field());
        assertTrue(problem.message().startsWith("missing; add \""), problem.message());
    }

    @ParameterizedTest
    @EnumSource(Syntax.class)
    void aWithdrawnArticleNeedsADate(Syntax syntax) {
        Problem problem = onlyProblem(syntax, List.of(F.of("withdrawn_reason", "At the holder's request.")),
                "withdrawn");
        assertEquals("withdrawn", problem.field());
    }

    @Test
    void withdrawalFieldsWithoutTheStatusAreAnError() {
        Problem problem = onlyProblem(Syntax.KEY_VALUE, List.of(F.of("withdrawn_reason", "Why.")), "published");
        assertEquals(new Problem(FILE, 11, "withdrawn_reason", "is only used with \"status=withdrawn\"; set that"
                + " status to take the article down, or remove this line"), problem);
    }

    @ParameterizedTest
    @EnumSource(Syntax.class)
    void aCorrectionBeforeTheArticleIsAnError(Syntax syntax) {
        Problem problem = onlyProblem(syntax, List.of(F.of("corrections", "2024-03-01: Too early.")), "published");
        assertEquals("corrections", problem.field());
        assertEquals("the correction dated 2024-03-01 is before the article was republished (2024-03-18); check"
                + " both dates", problem.message());
        assertTrue(problem.line() > 10, "the correction's own line: " + problem.line());
    }

    @ParameterizedTest
    @EnumSource(Syntax.class)
    void aCorrectionInTheFutureIsAnError(Syntax syntax) {
        String future = LocalDate.now().plusDays(3).toString();
        Problem problem = onlyProblem(syntax, List.of(F.of("corrections", future + ": Not yet.")), "published");
        assertEquals("the correction dated " + future + " is in the future; give the day it was made",
                problem.message());
    }

    @ParameterizedTest
    @EnumSource(Syntax.class)
    void anUpdateBeforeTheArticleOrInTheFutureIsAnError(Syntax syntax) {
        assertEquals("the date of the update, 2024-01-02, is before the article was republished (2024-03-18);"
                + " check both dates", onlyProblem(syntax, List.of(F.of("updated", "2024-01-02")), "published")
                .message());
        String future = LocalDate.now().plusDays(3).toString();
        assertTrue(onlyProblem(syntax, List.of(F.of("updated", future)), "published").message()
                .endsWith("is in the future; give the day it happened"));
    }

    @ParameterizedTest
    @EnumSource(Syntax.class)
    void aWithdrawalBeforeTheArticleIsAnError(Syntax syntax) {
        Problem problem = onlyProblem(syntax, List.of(F.of("withdrawn", "2023-12-31"),
                F.of("withdrawn_reason", "Why.")), "withdrawn");
        assertEquals("withdrawn", problem.field());
        assertTrue(problem.message().startsWith("the date of the withdrawal, 2023-12-31, is before"));
    }

    @Test
    void aCorrectionWithoutADateShowsTheForm() {
        Problem problem = onlyProblem(Syntax.KEY_VALUE, List.of(F.of("corrections", "fixed a typo")), "published");
        assertEquals("\"fixed a typo\" is not a correction; write its date, a colon and what was corrected, e.g."
                + " \"corrections=2024-12-03: The tonnage in the third paragraph was 40,000, not 4,000.\"",
                problem.message());
    }

    @Test
    void aYamlCorrectionWithoutTextShowsTheForm() {
        String text = text(Syntax.YAML, List.of(), "published").replace("---\nThe first",
                "corrections:\n  - date: 2024-04-01\n---\nThe first");
        Problems problems = new Problems(FILE);
        HeaderBlock block = HeaderReader.forText(SourceFormat.MARKDOWN, text).read(text, problems).orElseThrow();
        new MetadataNormaliser(data).normalise(block, problems);
        assertEquals(1, problems.list().size(), problems.list()::toString);
        Problem problem = problems.list().get(0);
        assertEquals(13, problem.line());
        assertTrue(problem.message().startsWith("each entry needs a \"date\" and a \"text\""), problem.message());
    }

    @ParameterizedTest
    @EnumSource(Syntax.class)
    void unsafeAliasesAreErrors(Syntax syntax) {
        for (String alias : List.of("../outside.html", "/articles/x.html", "articles/x.md", "a/./b.html",
                ".hidden.html", "articles/with space.html", "articles\\x.html", "https://example.org/x.html")) {
            Problem problem = onlyProblem(syntax, List.of(F.of("aliases", alias)), "published");
            assertEquals("aliases", problem.field());
            assertTrue(problem.message().startsWith("\"" + alias + "\" is not a page path of this site"),
                    problem.message());
        }
    }

    @Test
    void anUnknownRobotsRuleIsAnError() {
        Problem problem = onlyProblem(Syntax.KEY_VALUE, List.of(F.of("robots", "index, noindex")), "published");
        assertEquals("robots", problem.field());
        assertTrue(problem.message().startsWith("\"index, noindex\" is not a robots rule"));
    }
}
