package org.commentary.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.assertj.core.api.SoftAssertions;
import org.commentary.build.ContentErrorsException;
import org.commentary.validation.Problem;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Broken content stops the build, with one message per problem naming file, line, field and fix, and
 * nothing is published. Every fixture under src/test/resources/fixtures/invalid/ starts from a valid
 * article and breaks one thing; they are baked together, in ONE bake, because the build reports every
 * problem at once. A valid control article sits among them: it would be published if validation let
 * anything through.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InvalidContentTest {

    private static final String DIR = "articles/2024/";
    private static final String CONTROL = DIR + "control-valid.md";

    private FixtureBake.Result bake;

    /** A problem one fixture must produce, and only problems of that field; {@code line} null: not checked here. */
    record Expected(String file, String how, ToIntFunction<List<String>> line, String field, List<String> phrases) {
        @Override
        public String toString() {
            return file + " (" + how + ")";
        }
    }

    static Stream<Expected> expectations() {
        return Stream.of(
                new Expected(DIR + "missing-source-url.md", "no source_url", markdownHeaderEnd(), "source_url",
                        List.of("missing", "source_url=")),
                new Expected(DIR + "no-copyright.md", "no copyright", markdownHeaderEnd(), "copyright",
                        List.of("missing", "copyright=")),
                new Expected(DIR + "missing-copyright.adoc", "no copyright", asciidocHeaderEnd(), "copyright",
                        List.of("missing", ":jbake-copyright:")),
                new Expected(DIR + "malformed-date.md", "date 18/03/2024", lineStartingWith("date="), "date",
                        List.of("\"18/03/2024\" is not a date in the form YYYY-MM-DD")),
                new Expected(DIR + "impossible-date.adoc", "date 2024-02-30", lineStartingWith(":jbake-date:"), "date",
                        List.of("\"2024-02-30\" is not a real date")),
                new Expected(DIR + "unknown-region.md", "region Eurpoe", lineStartingWith("region="), "region",
                        List.of("unknown region \"Eurpoe\"", "did you mean \"Europe\"?")),
                new Expected(DIR + "unknown-theme.adoc", "theme Astrology", lineStartingWith(":jbake-theme:"), "theme",
                        List.of("unknown theme \"Astrology\"", "themes.yml")),
                new Expected(DIR + "malformed-header-line.md", "a line without '='",
                        lineStartingWith("This line is not a field"), "header",
                        List.of("\"This line is not a field\" is not a key=value line")),
                new Expected(DIR + "malformed-attribute-line.adoc", "an attribute without its leading ':'",
                        lineStartingWith("jbake-summary:"), "header", List.of("is not an attribute line")),
                new Expected(DIR + "missing-separator.md", "no ~~~~~~ line", file -> 1, "header",
                        List.of("no \"~~~~~~\" line ends the metadata header")),
                new Expected(DIR + "empty-body.md", "nothing after the header", markdownHeaderEnd(), "body",
                        List.of("no text after its header")),
                new Expected(DIR + "unknown-field.md", "subtitle=", lineStartingWith("subtitle="), "subtitle",
                        List.of("unknown field")),
                new Expected(DIR + "misspelt-language.md", "language=spanish", lineStartingWith("language="),
                        "language", List.of("\"spanish\" is not a BCP 47 language tag", "\"es\"")),
                new Expected(DIR + "translation-of-missing-file.md", "translation_of a file that is not there",
                        lineStartingWith("translation_of="), "translation_of",
                        List.of("\"articles/2024/control-valid-pl.md\" is not an article of the collection",
                                "did you mean \"articles/2024/control-valid.md\"?")),
                new Expected(DIR + "translation-in-the-same-language.md", "translation_of an English article",
                        lineStartingWith("translation_of="), "translation_of",
                        List.of("\"articles/2024/control-valid.md\" is in English (en) too")),
                new Expected(DIR + "non-http-source-url.md", "ftp:// source_url", lineStartingWith("source_url="),
                        "source_url", List.of("is not a web address", "http:// or https://")),
                // The line is checked by includeProblemPointsAtTheIncludeLine (disabled: bug).
                new Expected(DIR + "include-passwd.adoc", "include::/etc/passwd[]", null,
                        "include", List.of("include::/etc/passwd[] is not allowed")),
                new Expected(DIR + "duplicate-path.md", "same name as duplicate-path.adoc", file -> Problem.NO_LINE,
                        "file name", List.of("would be published as " + DIR + "duplicate-path.html", "duplicate-path.adoc")),
                new Expected(DIR + "duplicate-path.adoc", "same name as duplicate-path.md", file -> Problem.NO_LINE,
                        "file name", List.of("would be published as " + DIR + "duplicate-path.html", "duplicate-path.md")),
                new Expected(DIR + "notes.txt", "not content", file -> Problem.NO_LINE, "file",
                        List.of("\"notes.txt\" is not an article or an image")));
    }

    @BeforeAll
    void bakeEveryInvalidFixtureAtOnce() {
        bake = FixtureBake.bake("invalid", "fixtures/invalid");
    }

    @Test
    void bakeFailsWithContentErrorsCountingEveryProblem() {
        assertThat(bake.thrown()).as(bake.describe()).isInstanceOf(ContentErrorsException.class);
        assertThat(bake.thrown().getMessage()).as("exception message")
                .startsWith(bake.problems().size() + " problems in the collection's files")
                .contains("nothing was published");
    }

    @Test
    void nothingIsPublished() {
        assertThat(bake.site().files())
                .as("files written to %s although the bake failed (an article without attribution, or any other,"
                        + " must never be published; nor may a stray file be copied)", bake.output())
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expectations")
    void eachFixtureReportsItsProblemWithFileLineAndField(Expected expected) {
        List<Problem> problems = bake.problemsFor(expected.file());
        Integer line = expected.line() == null ? null : expected.line().applyAsInt(fixtureLines(expected.file()));
        assertThat(problems).as("problems of %s; all problems of the bake:%n%s", expected.file(), bake.describe())
                .isNotEmpty()
                .allSatisfy(problem -> assertThat(problem.field())
                        .as("only the broken field may be reported for %s: %s", expected.file(), problem)
                        .isEqualTo(expected.field()))
                .anySatisfy(problem -> {
                    if (line != null) {
                        assertThat(problem.line()).as("line of %s", problem).isEqualTo(line);
                    }
                    assertThat(problem.message()).as("message of %s", problem).contains(expected.phrases());
                });
    }

    @Test
    void everyFixtureIsCoveredAndTheControlArticleHasNoProblem() {
        Set<String> fixtures;
        try (Stream<Path> walk = Files.walk(bake.content())) {
            fixtures = walk.filter(Files::isRegularFile).map(path -> bake.content().relativize(path).toString()
                    .replace('\\', '/')).collect(Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> expected = expectations().map(Expected::file).collect(Collectors.toCollection(TreeSet::new));
        expected.add(CONTROL);
        assertThat(fixtures).as("fixture files and expectations must match one to one").isEqualTo(expected);

        assertThat(bake.problemsFor(CONTROL)).as("problems of the valid control article").isEmpty();
        Set<Path> reported = bake.problems().stream().map(p -> p.file().toAbsolutePath().normalize())
                .collect(Collectors.toSet());
        assertThat(reported).as("files with problems: the broken fixtures, nothing else (not the data files)")
                .containsExactlyInAnyOrderElementsOf(expectations()
                        .map(e -> bake.content().resolve(e.file()).toAbsolutePath().normalize()).toList());
    }

    @Test
    void problemsReadAsFileLineFieldMessage() {
        Problem problem = bake.problemsFor(DIR + "malformed-date.md").get(0);
        assertThat(problem.format(bake.source()))
                .isEqualTo("content/" + DIR + "malformed-date.md:2: date: " + problem.message());
        Problem whole = bake.problemsFor(DIR + "notes.txt").get(0);
        assertThat(whole.format(bake.source())).as("a problem without a line")
                .isEqualTo("content/" + DIR + "notes.txt: file: " + whole.message());
    }

    @Test
    void includeProblemPointsAtTheIncludeLine() {
        String file = DIR + "include-passwd.adoc";
        assertThat(bake.problemsFor(file)).as(bake.describe()).singleElement()
                .satisfies(problem -> assertThat(problem.line())
                        .isEqualTo(lineStartingWith("include::").applyAsInt(fixtureLines(file))));
    }

    // --- a valid bake --------------------------------------------------------------------------------------

    @Test
    void validArticleIsPublishedWithItsAttributionAndTheDraftIsNot() {
        FixtureBake.Result valid = FixtureBake.bake("valid", "fixtures/valid");
        assertThat(valid.succeeded()).as(valid.describe()).isTrue();
        SiteUnderTest site = valid.site();
        ContentHeader article = ContentHeader.read(valid.content(), valid.content().resolve(DIR + "valid-article.md"));
        ContentHeader draft = ContentHeader.read(valid.content(), valid.content().resolve(DIR + "draft-article.adoc"));

        assertThat(site.htmlPages().stream().filter(path -> !SiteUnderTest.isTaxonomyOrHostFile(path)))
                .as("pages of the valid fixture site (outside taxonomy folders)")
                .containsExactlyInAnyOrder(DIR + "valid-article.html", "about.html", "index.html", "archive.html",
                        "search.html");

        Document page = site.page(DIR + "valid-article.html");
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(page.select("h1").eachText()).containsExactly(article.title());
        soft.assertThat(page.select(".byline").text()).isEqualTo("By Mira Castellane and Tomasz Rydel");
        soft.assertThat(page.select("main ul.terms--regions li").eachText()).as("regions (one given by its slug)")
                .containsExactly("Asia, Russia and FSU", "Europe");
        List<Element> footers = page.select("footer.attribution");
        soft.assertThat(footers).hasSize(1);
        Element footer = footers.get(0);
        soft.assertThat(footer.select("a[href]").eachAttr("href")).as("links to the original (with & in the query)")
                .contains(article.get("source_url"));
        soft.assertThat(footer.select("p").eachText()).contains("© " + article.get("copyright"));
        soft.assertThat(footer.select("cite").eachText()).containsExactly(article.get("source_title"));
        soft.assertThat(footer.text())
                .contains("First published by The Harbour Review on 15 March 2024")
                .contains(article.get("license"))
                .contains(article.get("changes"))
                .contains("Translated by Ewa Nowicka")
                .contains(new DataFiles(valid.source()).collectionText("disclaimer"))
                .contains(new DataFiles(valid.source()).collectionText("fair_use"));
        soft.assertThat(page.select("main article p br")).as("<br> from hard-wrapped lines (HARDWRAPS must be off)")
                .isEmpty();
        soft.assertThat(page.select("main article p").eachText()).as("wrapped lines joined into paragraphs")
                .contains("This paragraph is written the way many contributors paste text: wrapped at a fixed width,"
                        + " so that each sentence continues on the next line of the file without a blank line between.",
                        "A second paragraph, also hard-wrapped, ends the article.");

        soft.assertThat(site.exists(DIR + "draft-article.html")).as("draft page").isFalse();
        soft.assertThat(site.files()).as("JBake-style draft files").noneMatch(path -> path.contains("draft"));
        for (String other : site.htmlPages()) {
            soft.assertThat(site.page(other).text()).as("%s mentions the draft", other).doesNotContain(draft.title());
        }
        soft.assertThat(new LinkChecker(site).check()).as("broken links in the valid fixture site").isEmpty();
        soft.assertAll();
    }

    // --- bugs ----------------------------------------------------------------------------------------------

    @Test
    void copyrightThatIsOnlyTheSignIsRejected() {
        FixtureBake.Result result = FixtureBake.bake("copyright-sign-only", "fixtures/bugs/copyright-sign-only");
        assertThat(result.thrown()).as(result.describe()).isInstanceOf(ContentErrorsException.class);
        assertThat(result.problemsFor(DIR + "copyright-sign-only.md"))
                .as(result.describe())
                .anySatisfy(problem -> {
                    assertThat(problem.field()).isEqualTo("copyright");
                    assertThat(problem.line()).isEqualTo(lineStartingWith("copyright=")
                            .applyAsInt(lines(result.content().resolve(DIR + "copyright-sign-only.md"))));
                });
        assertThat(result.site().files()).as("nothing published").isEmpty();
    }

    @Test
    void contentCannotClaimAPathTheSiteWritesItself() {
        FixtureBake.Result result = FixtureBake.bake("reserved-path", "fixtures/bugs/reserved-path");
        assertThat(result.thrown()).as(result.describe()).isInstanceOf(ContentErrorsException.class);
        assertThat(result.problemsFor("archive.md")).as(result.describe()).isNotEmpty();
    }

    // --- helpers --------------------------------------------------------------------------------------------

    private List<String> fixtureLines(String contentPath) {
        return lines(bake.content().resolve(contentPath));
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 1-based number of the first line starting with {@code prefix}. */
    static ToIntFunction<List<String>> lineStartingWith(String prefix) {
        return lines -> {
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).startsWith(prefix)) {
                    return i + 1;
                }
            }
            return fail("fixture has no line starting with " + prefix);
        };
    }

    /** Markdown: a missing field is reported on the {@code ~~~~~~} line that closes the header. */
    static ToIntFunction<List<String>> markdownHeaderEnd() {
        return lineStartingWith("~~~~~~");
    }

    /** AsciiDoc: a missing field is reported on the header's last line (the one before the blank line). */
    static ToIntFunction<List<String>> asciidocHeaderEnd() {
        return lines -> {
            for (int i = 1; i < lines.size(); i++) {
                if (lines.get(i).isBlank()) {
                    return i;
                }
            }
            return fail("fixture has no blank line after its header");
        };
    }
}
