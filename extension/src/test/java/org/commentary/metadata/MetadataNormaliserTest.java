package org.commentary.metadata;

import static org.commentary.metadata.SourceFormat.ASCIIDOC;
import static org.commentary.metadata.SourceFormat.MARKDOWN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.commentary.model.ArticleMetadata;
import org.commentary.model.Languages;
import org.commentary.model.Metadata;
import org.commentary.model.PageMetadata;
import org.commentary.model.Status;
import org.commentary.testing.ArticleText;
import org.commentary.testing.TestSiteData;
import org.commentary.validation.LanguageTags;
import org.commentary.validation.Problem;
import org.commentary.validation.Problems;
import org.commentary.vocabulary.SiteData;
import org.commentary.vocabulary.Term;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MetadataNormaliserTest {

    private static final Path FILE = Path.of("content/articles/2024/x");

    @TempDir
    static Path dir;
    static SiteData data;

    @BeforeAll
    static void loadData() {
        data = TestSiteData.load(dir);
    }

    // ---- helpers ----

    /** Reads {@code text} with the format's real header reader, then normalises it. */
    private static Result normalise(SourceFormat format, String text) {
        Problems problems = new Problems(FILE);
        HeaderBlock block = HeaderReader.forFormat(format).read(text, problems).orElseThrow(
                () -> new AssertionError("header unreadable: " + problems.list()));
        assertEquals(List.of(), problems.list(), "the header itself must be readable");
        Optional<Metadata> metadata = new MetadataNormaliser(data).normalise(block, problems);
        assertEquals(problems.isEmpty(), metadata.isPresent(), "a result exactly when there is no problem");
        return new Result(metadata, problems.list());
    }

    private static Result normalise(SourceFormat format, ArticleText article) {
        return normalise(format, article.text(format));
    }

    private static ArticleMetadata article(SourceFormat format, ArticleText article) {
        Result result = normalise(format, article);
        assertEquals(List.of(), result.problems());
        return assertInstanceOf(ArticleMetadata.class, result.metadata().orElseThrow());
    }

    /** Asserts that the article has exactly one problem, and returns it. */
    private static Problem onlyProblem(SourceFormat format, ArticleText article) {
        List<Problem> problems = normalise(format, article).problems();
        assertEquals(1, problems.size(), () -> "expected one problem, got " + problems);
        return problems.get(0);
    }

    private static void assertProblem(Problem problem, int line, String field, String message) {
        assertEquals(new Problem(FILE, line, field, message), problem);
    }

    private static Term term(String name, String slug) {
        return new Term(name, slug, "");
    }

    private record Result(Optional<Metadata> metadata, List<Problem> problems) {
    }

    // ---- happy path ----

    @ParameterizedTest
    @EnumSource(SourceFormat.class)
    void validArticleIsNormalised(SourceFormat format) {
        ArticleMetadata metadata = article(format, ArticleText.valid()
                .with("author", "  Mira Castellane ;Tomasz Rydel;  ")
                .with("region", "asia, russia and fsu; EUROPE; middle-east-and-north-africa")
                .with("theme", "energy ;  Geopolitics"));
        assertEquals("The Strait and the Ledger", metadata.title());
        assertEquals(LocalDate.of(2024, 3, 18), metadata.date());
        assertEquals(List.of("Mira Castellane", "Tomasz Rydel"), metadata.authors());
        assertEquals(List.of(term("Asia, Russia and FSU", "asia-russia-and-fsu"), new Term("Europe", "europe",
                "The continent."), term("Middle East & North Africa", "middle-east-and-north-africa")),
                metadata.regions());
        assertEquals(List.of(term("Energy", "energy"), term("Geopolitics", "geopolitics")), metadata.themes());
        assertEquals("The Harbour Review", metadata.source());
        assertEquals("https://harbour-review.example/2024/03/strait-ledger", metadata.sourceUrl());
        assertEquals("Mira Castellane and Tomasz Rydel, The Harbour Review, 2024", metadata.copyright());
        assertEquals(Status.PUBLISHED, metadata.status());
    }

    @ParameterizedTest
    @EnumSource(SourceFormat.class)
    void optionalFieldsAreEmptyNotNull(SourceFormat format) {
        ArticleMetadata metadata = article(format, ArticleText.valid());
        assertEquals("", metadata.sourceTitle());
        assertEquals("", metadata.license());
        assertEquals("", metadata.changes());
        assertEquals("", metadata.summary());
        assertEquals(List.of(), metadata.translators());
        assertEquals(null, metadata.sourceDate());
    }

    @ParameterizedTest
    @EnumSource(SourceFormat.class)
    void optionalFieldsAreRead(SourceFormat format) {
        ArticleMetadata metadata = article(format, ArticleText.valid()
                .with("source_date", "2024-03-15")
                .with("source_title", "Who Crosses the Strait")
                .with("license", "Republished with the publisher's permission")
                .with("changes", "Excerpted; subheadings added")
                .with("summary", "Insurers, not navies, decide.")
                .with("translator", "Ana Ruiz; Li Wei")
                .with("status", "Draft"));
        assertEquals(LocalDate.of(2024, 3, 15), metadata.sourceDate());
        assertEquals("Who Crosses the Strait", metadata.sourceTitle());
        assertEquals("Republished with the publisher's permission", metadata.license());
        assertEquals("Excerpted; subheadings added", metadata.changes());
        assertEquals("Insurers, not navies, decide.", metadata.summary());
        assertEquals(List.of("Ana Ruiz", "Li Wei"), metadata.translators());
        assertEquals(Status.DRAFT, metadata.status());
    }

    @ParameterizedTest
    @EnumSource(SourceFormat.class)
    void sourceDateOnTheSameDayIsAccepted(SourceFormat format) {
        assertEquals(LocalDate.of(2024, 3, 18),
                article(format, ArticleText.valid().with("source_date", "2024-03-18")).sourceDate());
    }

    @ParameterizedTest
    @EnumSource(SourceFormat.class)
    void copyrightSignIsStripped(SourceFormat format) {
        for (String written : List.of("© Mira Castellane, 2024", "©Mira Castellane, 2024",
                "(c) Mira Castellane, 2024", "(C) Mira Castellane, 2024", "Copyright Mira Castellane, 2024")) {
            assertEquals("Mira Castellane, 2024",
                    article(format, ArticleText.valid().with("copyright", written)).copyright(), written);
        }
    }

    @ParameterizedTest
    @EnumSource(SourceFormat.class)
    void copyrightWordAndSignTogetherAreBothStripped(SourceFormat format) {
        assertEquals("2024 The Harbour Review",
                article(format, ArticleText.valid().with("copyright", "Copyright © 2024 The Harbour Review"))
                        .copyright());
    }

    @Test
    void markdownAndAsciidocGiveEqualMetadata() {
        ArticleText text = ArticleText.valid()
                .with("title", "Ports & Tariffs: <Who> \"Pays\" -- Kılıç's view")
                .with("author", "Zoë Varga-Lindqvist; Małgorzata Wierzbińska; Emre Kılıç; Анна Петрова")
                .with("region", "Middle East & North Africa; europe")
                .with("source", "Smith & Sons <Weekly>")
                .with("source_url", "https://x.example/a?b=1&c=2#frag")
                .with("source_date", "2024-03-15")
                .with("source_title", "Tolls & Tariffs")
                .with("copyright", "© Zoë Varga-Lindqvist & Emre Kılıç, 2024")
                .with("license", "CC BY-ND 4.0 & permission")
                .with("changes", "Excerpted; 'quotes' kept")
                .with("summary", "A summary with {attribute} braces & <b>tags</b>.")
                .with("translator", "Łucja Nowak");
        ArticleMetadata markdown = article(MARKDOWN, text);
        ArticleMetadata asciidoc = article(ASCIIDOC, text);
        assertEquals(markdown, asciidoc);
        // Values arrive as written: nothing is HTML-escaped or substituted.
        assertEquals("Ports & Tariffs: <Who> \"Pays\" -- Kılıç's view", asciidoc.title());
        assertEquals("Smith & Sons <Weekly>", asciidoc.source());
        assertEquals("https://x.example/a?b=1&c=2#frag", asciidoc.sourceUrl());
        assertEquals("Zoë Varga-Lindqvist & Emre Kılıç, 2024", asciidoc.copyright());
        assertEquals("A summary with {attribute} braces & <b>tags</b>.", asciidoc.summary());
        assertEquals(List.of("Zoë Varga-Lindqvist", "Małgorzata Wierzbińska", "Emre Kılıç", "Анна Петрова"),
                asciidoc.authors());
    }

    @Test
    void markdownAndAsciidocSampleArticlesGiveEqualMetadata() {
        String markdown = """
                title=The Strait and the Ledger
                date=2024-03-18
                author=Mira Castellane; Tomasz Rydel
                region=Asia, Russia and FSU; Europe
                theme=Energy; Geopolitics
                source=The Harbour Review
                source_url=https://harbour-review.example/2024/03/strait-ledger
                source_date=2024-03-15
                copyright=Mira Castellane and Tomasz Rydel, The Harbour Review, 2024
                license=Republished with the publisher's permission
                summary=Why shipping insurers, not navies, now decide who crosses the strait.
                status=published
                ~~~~~~

                The body.
                """;
        String asciidoc = """
                = The Strait and the Ledger
                :jbake-date: 2024-03-18
                :jbake-author: Mira Castellane; Tomasz Rydel
                :jbake-region: Asia, Russia and FSU; Europe
                :jbake-theme: Energy; Geopolitics
                :jbake-source: The Harbour Review
                :jbake-source_url: https://harbour-review.example/2024/03/strait-ledger
                :jbake-source_date: 2024-03-15
                :jbake-copyright: Mira Castellane and Tomasz Rydel, The Harbour Review, 2024
                :jbake-license: Republished with the publisher's permission
                :jbake-summary: Why shipping insurers, not navies, now decide who crosses the strait.
                :jbake-status: published

                The body.
                """;
        Metadata fromMarkdown = normalise(MARKDOWN, markdown).metadata().orElseThrow();
        Metadata fromAsciidoc = normalise(ASCIIDOC, asciidoc).metadata().orElseThrow();
        assertEquals(fromMarkdown, fromAsciidoc);
    }

    @Test
    void asciidocTitleAttributeIsTheSameAsTheTitleLine() {
        String withLine = ArticleText.valid().text(ASCIIDOC);
        String withAttribute = withLine.replace("= The Strait and the Ledger\n",
                ":jbake-title: The Strait and the Ledger\n");
        assertEquals(normalise(ASCIIDOC, withLine).metadata(), normalise(ASCIIDOC, withAttribute).metadata());
    }

    @Test
    void asciidocContinuedValueEqualsTheMarkdownOneLineValue() {
        String summary = "Why shipping insurers, not navies, now decide who crosses the strait.";
        ArticleText text = ArticleText.valid().with("summary", summary);
        String continued = text.text(ASCIIDOC).replace(":jbake-summary: " + summary,
                ":jbake-summary: Why shipping insurers, not navies, \\\nnow decide who crosses the strait.");
        assertEquals(normalise(MARKDOWN, text).metadata(), normalise(ASCIIDOC, continued).metadata());
    }

    // ---- required fields ----

    @Test
    void missingFieldNamesTheMarkdownFix() {
        ArticleText text = ArticleText.valid().without("source_url");
        assertProblem(onlyProblem(MARKDOWN, text), text.headerEndLine(MARKDOWN), "source_url",
                "missing; add \"source_url=https://harbour-review.example/2024/03/strait\" to the header");
    }

    @Test
    void missingFieldNamesTheAsciidocFix() {
        ArticleText text = ArticleText.valid().without("source_url");
        assertProblem(onlyProblem(ASCIIDOC, text), text.headerEndLine(ASCIIDOC), "source_url",
                "missing; add \":jbake-source_url: https://harbour-review.example/2024/03/strait\" to the header");
    }

    @Test
    void missingTitleNamesTheAsciidocTitleLine() {
        ArticleText text = ArticleText.valid().without("title");
        assertProblem(onlyProblem(ASCIIDOC, text), text.headerEndLine(ASCIIDOC), "title",
                "missing; add \"= The Strait and the Ledger\" to the header");
    }

    @ParameterizedTest
    @EnumSource(SourceFormat.class)
    void everyRequiredFieldIsReported(SourceFormat format) {
        ArticleText text = ArticleText.valid();
        for (String key : List.of("title", "date", "author", "region", "theme", "source", "source_url",
                "copyright", "status")) {
            text.without(key);
        }
        text.with("summary", "Only a summary.");
        List<Problem> problems = normalise(format, text).problems();
        assertEquals(List.of("title", "date", "author", "region", "theme", "source", "source_url", "copyright",
                "status"), problems.stream().map(Problem::field).toList());
        assertTrue(problems.stream().allMatch(p -> p.line() == text.headerEndLine(format)
                && p.message().startsWith("missing; add \"")), problems::toString);
    }

    @ParameterizedTest
    @EnumSource(SourceFormat.class)
    void emptyValueIsReportedOnItsLine(SourceFormat format) {
        ArticleText text = ArticleText.valid().with("source", "");
        assertProblem(onlyProblem(format, text), text.line(format, "source"), "source",
                "is empty; give a value, e.g. \"" + format.fieldSyntax("source", "The Harbour Review") + "\"");
    }

    @Test
    void emptyValueMessagesUseTheFormatsSyntax() {
        ArticleText text = ArticleText.valid().with("copyright", "");
        assertTrue(onlyProblem(MARKDOWN, text).message()
                .endsWith("e.g. \"copyright=Mira Castellane and Tomasz Rydel, The Harbour Review, 2024\""));
        assertTrue(onlyProblem(ASCIIDOC, text).message()
                .endsWith("e.g. \":jbake-copyright: Mira Castellane and Tomasz Rydel, The Harbour Review, 2024\""));
    }

    @ParameterizedTest
    @EnumSource(SourceFormat.class)
    void aMissingCopyrightIsSuggestedFromTheArticlesOwnFields(SourceFormat format) {
        ArticleText text = ArticleText.valid().without("copyright").with("author", "Ana Ruiz")
                .with("date", "2025-01-10").with("source_date", "2024-12-30");
        assertProblem(onlyProblem(format, text), text.headerEndLine(format), "copyright", "missing; add \""
                + format.fieldSyntax("copyright", "Ana Ruiz, The Harbour Review, 2024") + "\" to the header");
    }

    @Test
    void aCopyrightSuggestionNeverNamesAnotherArticlesHolder() {
        ArticleText text = ArticleText.valid().without("copyright").without("author").without("source");
        List<Problem> problems = normalise(MARKDOWN, text).problems();
        Problem copyright = problems.stream().filter(p -> p.field().equals("copyright")).findFirst().orElseThrow();
        assertEquals("missing; add \"copyright=Author Name, Original Outlet, 2024\" to the header",
                copyright.message());
    }

    @ParameterizedTest
    @EnumSource(SourceFormat.class)
    void multiValuedFieldWithOnlySeparatorsHasNoValue(SourceFormat format) {
        ArticleText text = ArticleText.valid().with("author", " ; ;");
        assertProblem(onlyProblem(format, text), text.line(format, "author"), "author",
                "has no value between the ';' separators");
    }

    @ParameterizedTest
    @EnumSource(SourceFormat.class)
    void repeatedValueIsReported(SourceFormat format) {
        ArticleText text = ArticleText.valid().with("author", "Mira Castellane; mira castellane");
        assertProblem(onlyProblem(format, text), text.line(format, "author"), "author",
                "\"mira castellane\" is listed twice");
    }

    // ---- dates ----

    @ParameterizedTest
    @EnumSource(SourceFormat.class)
    void malformedDate(SourceFormat format) {
        ArticleText text = ArticleText.valid().with("date", "11 May 2015");
        assertProblem(onlyProblem(format, text), text.line(format, "date"), "date",
                "\"11 May 2015\" is not a date in the form YYYY-MM-DD, e.g. \"2024-03-18\"");
    }

    @ParameterizedTest
    @EnumSource(SourceFormat.class)
    void dateWithoutLeadingZeroesIsMalformed(SourceFormat format) {
        ArticleText text = ArticleText.valid().with("date", "2024-3-8");
        assertEquals("\"2024-3-8\" is not a date in the form YYYY-MM-DD, e.g. \"2024-03-18\"",
                onlyProblem(format, text).message());
    }

    @ParameterizedTest
    @EnumSource(SourceFormat.class)
    void impossibleDayOfMonth(SourceFormat format) {
        ArticleText text = ArticleText.valid().with("date", "2024-02-30");
        assertProblem(onlyProblem(format, text), text.line(format, "date"), "date",
                "\"2024-02-30\" is not a real date (YYYY-MM-DD: month 01-12, day within the month)");
    }

    @ParameterizedTest
    @EnumSource(SourceFormat.class)
    void dayAndMonthSwapped(SourceFormat format) {
        ArticleText text = ArticleText.valid().with("date", "2024-31-12");
        assertProblem(onlyProblem(format, text), text.line(format, "date"), "date",
                "\"2024-31-12\" is not a real date (YYYY-MM-DD: month 01-12, day within the month)");
    }

    @ParameterizedTest
    @EnumSource(SourceFormat.class)
    void leapDayIsAcceptedOnlyInLeapYears(SourceFormat format) {
        assertEquals(LocalDate.of(2024, 2, 29), article(format, ArticleText.valid().with("date", "2024-02-29")).date());
        assertEquals("date", onlyProblem(format, ArticleText.valid().with("date", "2023-02-29")).field());
    }

    @ParameterizedTest
    @EnumSource(SourceFormat.class)
    void malformedSourceDate(SourceFormat format) {
        ArticleText text = ArticleText.valid().with("source_date", "March 2024");
        assertProblem(onlyProblem(format, text), text.line(format, "source_date"), "source_date",
                "\"March 2024\" is not a date in the form YYYY-MM-DD, e.g. \"2024-03-15\"");
    }

    @ParameterizedTest
    @EnumSource(SourceFormat.class)
    void sourceDateAfterDate(SourceFormat format) {
        ArticleText text = ArticleText.valid().with("source_date", "2024-03-19");
        assertProblem(onlyProblem(format, text), text.line(format, "source_date"), "source_date",
                "the original publication date 2024-03-19 is after the date republished here (2024-03-18);"
                        + " check both dates");
    }

    // ---- vocabularies ----

    @ParameterizedTest
    @EnumSource(SourceFormat.class)
    void unknownRegionSuggestsTheClosest(SourceFormat format) {
        ArticleText text = ArticleText.valid().with("region", "Asia Russia and FSU");
        assertProblem(onlyProblem(format, text), text.line(format, "region"), "region",
                "unknown region \"Asia Russia and FSU\"; did you mean \"Asia, Russia and FSU\"? (known values are"
                        + " in data/regions.yml)");
    }

    @ParameterizedTest
    @EnumSource(SourceFormat.class)
    void unknownThemeSuggestsTheClosest(SourceFormat format) {
        ArticleText text = ArticleText.valid().with("theme", "Energy; Geopolitcs");
        assertProblem(onlyProblem(format, text), text.line(format, "theme"), "theme",
                "unknown theme \"Geopolitcs\"; did you mean \"Geopolitics\"? (known values are in"
                        + " data/themes.yml)");
    }

    @ParameterizedTest
    @EnumSource(SourceFormat.class)
    void unknownThemeFarFromAnyListsTheKnownOnes(SourceFormat format) {
        ArticleText text = ArticleText.valid().with("theme", "Agriculture");
        assertProblem(onlyProblem(format, text), text.line(format, "theme"), "theme",
                "unknown theme \"Agriculture\"; use one of: Energy; Geopolitics; Trade (from data/themes.yml)");
    }

    @ParameterizedTest
    @EnumSource(SourceFormat.class)
    void commaSeparatedRegionsGetTheSemicolonHint(SourceFormat format) {
        ArticleText text = ArticleText.valid().with("region", "Europe, Oceania");
        Problem problem = onlyProblem(format, text);
        assertEquals(text.line(format, "region"), problem.line());
        assertEquals("region", problem.field());
        assertTrue(problem.message().startsWith("unknown region \"Europe, Oceania\"; separate several values"
                + " with ';', not ','. "), problem.message());
    }

    @ParameterizedTest
    @EnumSource(SourceFormat.class)
    void eachUnknownValueIsReported(SourceFormat format) {
        List<Problem> problems = normalise(format, ArticleText.valid().with("region", "Atlantis; Europe; Lemuria"))
                .problems();
        assertEquals(2, problems.size(), problems::toString);
        assertTrue(problems.get(0).message().startsWith("unknown region \"Atlantis\""));
        assertTrue(problems.get(1).message().startsWith("unknown region \"Lemuria\""));
    }

    // ---- field names ----

    @ParameterizedTest
    @EnumSource(SourceFormat.class)
    void unknownFieldSuggestsTheClosest(SourceFormat format) {
        ArticleText text = ArticleText.valid().with("sorce", "The Harbour Review");
        assertProblem(onlyProblem(format, text), text.line(format, "sorce"), "sorce",
                "unknown field; did you mean \"source\"?");
    }

    // ---- languages ----

    @ParameterizedTest
    @EnumSource(SourceFormat.class)
    void anArticleWithoutALanguageIsInTheCollectionsAndNoTranslation(SourceFormat format) {
        assertEquals(new Languages("en", "", ""), article(format, ArticleText.valid()).languages());
    }

    @ParameterizedTest
    @EnumSource(SourceFormat.class)
    void languageTagsAreReadInTheirCanonicalCaseAndTranslationOfAsAContentPath(SourceFormat format) {
        ArticleText text = ArticleText.valid().with("language", "pt-br").with("original_language", "ES")
                .with("translation_of", "content/articles/2023/original.md");
        assertEquals(new Languages("pt-BR", "es", "articles/2023/original.md"), article(format, text).languages());
    }

    @ParameterizedTest
    @EnumSource(SourceFormat.class)
    void aLanguageThatIsNoBcp47TagIsAnErrorWithExamples(SourceFormat format) {
        ArticleText text = ArticleText.valid().with("language", "Spanish");
        assertProblem(onlyProblem(format, text), text.line(format, "language"), "language",
                "\"Spanish\" is not a BCP 47 language tag; give the language the article is written in, "
                        + LanguageTags.EXAMPLES);
        ArticleText unknown = ArticleText.valid().with("original_language", "xx");
        assertEquals("original_language", onlyProblem(format, unknown).field());
    }

    @ParameterizedTest
    @EnumSource(SourceFormat.class)
    void anOriginalInTheArticlesOwnLanguageIsAnError(SourceFormat format) {
        ArticleText text = ArticleText.valid().with("original_language", "en");
        assertEquals("original_language", onlyProblem(format, text).field());
    }

    @ParameterizedTest
    @EnumSource(SourceFormat.class)
    void translationOfMustNameAnArticleFile(SourceFormat format) {
        ArticleText text = ArticleText.valid().with("translation_of", "https://elsewhere.example/original");
        assertProblem(onlyProblem(format, text), text.line(format, "translation_of"), "translation_of",
                "\"https://elsewhere.example/original\" is not an article file; give the other language version's"
                        + " file as it is under content/, e.g. \"articles/2024/the-original.md\"");
    }

    @ParameterizedTest
    @EnumSource(SourceFormat.class)
    void unknownFieldFarFromAnyListsTheFields(SourceFormat format) {
        ArticleText text = ArticleText.valid().with("publisher", "x");
        assertProblem(onlyProblem(format, text), text.line(format, "publisher"), "publisher",
                "unknown field; the fields are title, date, author, region, theme, source, source_url, copyright,"
                        + " status, source_date, source_title, license, changes, summary, translator, updated,"
                        + " corrections, withdrawn, withdrawn_reason, aliases, robots, language, original_language,"
                        + " translation_of, type");
    }

    @Test
    void upperCaseMarkdownKeyGetsTheSnakeCaseHint() {
        ArticleText text = ArticleText.valid().without("source_url")
                .with("Source_URL", "https://harbour-review.example/x");
        List<Problem> problems = normalise(MARKDOWN, text).problems();
        assertEquals(new Problem(FILE, text.line(MARKDOWN, "Source_URL"), "Source_URL",
                "field names are lower-case snake_case; write \"source_url\""), problems.get(0));
        // The field then counts as missing.
        assertEquals("source_url", problems.get(1).field());
        assertEquals(2, problems.size());
    }

    @ParameterizedTest
    @EnumSource(SourceFormat.class)
    void hyphenatedKeyGetsTheSnakeCaseHint(SourceFormat format) {
        ArticleText text = ArticleText.valid().with("source-date", "2024-03-15");
        assertProblem(onlyProblem(format, text), text.line(format, "source-date"), "source-date",
                "field names are lower-case snake_case; write \"source_date\"");
    }

    @Test
    void upperCaseAsciidocAttributeIsAccepted() {
        // Asciidoctor attribute names are case-insensitive; the reader lower-cases them.
        String text = ArticleText.valid().text(ASCIIDOC).replace(":jbake-source_url:", ":jbake-Source_URL:");
        assertEquals(List.of(), normalise(ASCIIDOC, text).problems());
    }

    @Test
    void duplicateMarkdownFieldIsReportedOnTheSecondLine() {
        String text = ArticleText.valid().text(MARKDOWN).replace("~~~~~~", "source=Another Review\n~~~~~~");
        List<Problem> problems = normalise(MARKDOWN, text).problems();
        assertEquals(List.of(new Problem(FILE, 10, "source", "given twice (first on line 6); keep one line")),
                problems);
    }

    @Test
    void duplicateMultiValuedAsciidocFieldSuggestsSemicolons() {
        String text = ArticleText.valid().text(ASCIIDOC).replace(":jbake-status:",
                ":jbake-author: Someone Else\n:jbake-status:");
        List<Problem> problems = normalise(ASCIIDOC, text).problems();
        assertEquals(List.of(new Problem(FILE, 9, "author",
                "given twice (first on line 3); keep one line and separate values with ';'")), problems);
    }

    @Test
    void asciidocTitleLineAndTitleAttributeAreADuplicate() {
        String text = ArticleText.valid().text(ASCIIDOC).replace(":jbake-date:", ":jbake-title: Other\n:jbake-date:");
        assertEquals(List.of(new Problem(FILE, 2, "title", "given twice (first on line 1); keep one line")),
                normalise(ASCIIDOC, text).problems());
    }

    // ---- source_url and status ----

    @ParameterizedTest
    @EnumSource(SourceFormat.class)
    void javascriptSourceUrlIsRejected(SourceFormat format) {
        ArticleText text = ArticleText.valid().with("source_url", "javascript:alert(1)");
        assertProblem(onlyProblem(format, text), text.line(format, "source_url"), "source_url",
                "\"javascript:alert(1)\" is not a web address; give the original's full http:// or https:// link");
    }

    @ParameterizedTest
    @EnumSource(SourceFormat.class)
    void otherNonWebSourceUrlsAreRejected(SourceFormat format) {
        for (String url : List.of("ftp://x", "harbour-review.example/2024", "//harbour-review.example/x",
                "https://", "data:text/html,x", "https://exa mple.org/")) {
            Problem problem = onlyProblem(format, ArticleText.valid().with("source_url", url));
            assertEquals("\"" + url + "\" is not a web address; give the original's full http:// or https:// link",
                    problem.message(), url);
        }
    }

    @ParameterizedTest
    @EnumSource(SourceFormat.class)
    void httpSourceUrlIsAccepted(SourceFormat format) {
        assertEquals("http://old.example/a",
                article(format, ArticleText.valid().with("source_url", "http://old.example/a")).sourceUrl());
    }

    @ParameterizedTest
    @EnumSource(SourceFormat.class)
    void badStatus(SourceFormat format) {
        ArticleText text = ArticleText.valid().with("status", "live");
        assertProblem(onlyProblem(format, text), text.line(format, "status"), "status",
                "\"live\" is not a status; use \"published\", \"draft\" or \"withdrawn\"");
    }

    // ---- pages and types ----

    @ParameterizedTest
    @EnumSource(SourceFormat.class)
    void pageAcceptsTitleStatusAndSummary(SourceFormat format) {
        String text = format == MARKDOWN
                ? "type=page\ntitle=About\nsummary=Who we are.\nstatus=published\n~~~~~~\n\nText.\n"
                : "= About\n:jbake-type: page\n:jbake-summary: Who we are.\n:jbake-status: published\n\nText.\n";
        Result result = normalise(format, text);
        assertEquals(List.of(), result.problems());
        assertEquals(new PageMetadata("About", "Who we are.", Status.PUBLISHED), result.metadata().orElseThrow());
    }

    @ParameterizedTest
    @EnumSource(SourceFormat.class)
    void pageRejectsArticleFields(SourceFormat format) {
        String text = format == MARKDOWN
                ? "type=page\ntitle=About\ndate=2024-01-01\nauthor=Someone\nstatus=published\n~~~~~~\n\nText.\n"
                : "= About\n:jbake-type: page\n:jbake-date: 2024-01-01\n:jbake-author: Someone\n"
                        + ":jbake-status: published\n\nText.\n";
        assertEquals(List.of(
                new Problem(FILE, 3, "date", "not used on pages (type=page); remove it"),
                new Problem(FILE, 4, "author", "not used on pages (type=page); remove it")),
                normalise(format, text).problems());
    }

    @ParameterizedTest
    @EnumSource(SourceFormat.class)
    void pageStillNeedsTitleAndStatus(SourceFormat format) {
        String text = format == MARKDOWN ? "type=page\n~~~~~~\n\nText.\n" : ":jbake-type: page\n\nText.\n";
        List<Problem> problems = normalise(format, text).problems();
        assertEquals(List.of("title", "status"), problems.stream().map(Problem::field).toList());
    }

    @ParameterizedTest
    @EnumSource(SourceFormat.class)
    void typeArticleIsAnArticle(SourceFormat format) {
        assertEquals("The Strait and the Ledger", article(format, ArticleText.valid().with("type", "article")).title());
    }

    @ParameterizedTest
    @EnumSource(SourceFormat.class)
    void unknownType(SourceFormat format) {
        ArticleText text = ArticleText.valid().with("type", "post");
        assertProblem(onlyProblem(format, text), text.line(format, "type"), "type",
                "unknown type \"post\"; leave \"type\" out for articles, or use \"page\" for a standalone page"
                        + " such as About");
    }

    // ---- several problems at once ----

    @ParameterizedTest
    @EnumSource(SourceFormat.class)
    void everyProblemIsReportedInOneRun(SourceFormat format) {
        ArticleText text = ArticleText.valid()
                .with("date", "2024-02-30")
                .with("region", "Atlantis")
                .with("source_url", "ftp://x")
                .with("status", "live");
        List<Problem> problems = normalise(format, text).problems();
        assertEquals(List.of(text.line(format, "date"), text.line(format, "region"), text.line(format, "source_url"),
                text.line(format, "status")), problems.stream().map(Problem::line).toList());
    }
}
