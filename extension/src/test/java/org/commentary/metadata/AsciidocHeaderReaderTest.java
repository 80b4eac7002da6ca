package org.commentary.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.commentary.validation.Problem;
import org.commentary.validation.Problems;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

class AsciidocHeaderReaderTest {

    private static final Path FILE = Path.of("content/articles/2024/x.adoc");
    private static final String NO_HEADER = "no metadata header; start the file with \"= Title\" and"
            + " \":jbake-date: YYYY-MM-DD\"-style attribute lines, then a blank line, then the text";

    private final Problems problems = new Problems(FILE);

    private Optional<HeaderBlock> read(String text) {
        return new AsciidocHeaderReader().read(text, problems);
    }

    private HeaderBlock readValid(String text) {
        HeaderBlock block = read(text).orElseThrow();
        assertEquals(List.of(), problems.list());
        return block;
    }

    private static String notAnAttribute(String line) {
        return "\"" + line + "\" is not an attribute line; write metadata as \":jbake-author: Name\" lines and"
                + " leave a blank line before the article text";
    }

    @Test
    void titleLineGivesTheTitleField() {
        HeaderBlock block = readValid("= The Strait & the Ledger\n\nBody.\n");
        assertEquals(SourceFormat.ASCIIDOC, block.format());
        assertEquals(List.of(new HeaderField("title", "The Strait & the Ledger", 1)), block.fields());
    }

    @Test
    void jbakeAttributesGiveFieldsWithTheirLines() {
        HeaderBlock block = readValid("= T\n:jbake-date: 2024-03-18\n:jbake-author: Zoë Varga-Lindqvist; A & B\n"
                + ":jbake-source_url: https://x.example/a?b=1&c=2\n\nBody.\n");
        assertEquals(List.of(
                new HeaderField("title", "T", 1),
                new HeaderField("date", "2024-03-18", 2),
                new HeaderField("author", "Zoë Varga-Lindqvist; A & B", 3),
                new HeaderField("source_url", "https://x.example/a?b=1&c=2", 4)), block.fields());
        assertEquals(4, block.headerEndLine());
    }

    @Test
    void valuesAreNeitherEscapedNorSubstituted() {
        HeaderBlock block = readValid("= <T> & \"Q\"\n:jbake-summary: <b>bold</b> & {docdir} -- 'q'\n\nBody\n");
        assertEquals("<T> & \"Q\"", block.fields().get(0).value());
        assertEquals("<b>bold</b> & {docdir} -- 'q'", block.fields().get(1).value());
    }

    @Test
    void nonJbakeAttributesAreIgnored() {
        HeaderBlock block = readValid("= T\n:toc:\n:jbake-date: 2024-03-18\n:icons: font\n:source-highlighter: x\n\nB\n");
        assertEquals(List.of(new HeaderField("title", "T", 1), new HeaderField("date", "2024-03-18", 3)),
                block.fields());
    }

    @Test
    void attributeNamesAreLowerCasedLikeAsciidoctorDoes() {
        // Asciidoctor attribute names are case-insensitive, so this is accepted, unlike "Source_URL=" in Markdown.
        HeaderBlock block = readValid("= T\n:JBake-Source_URL: https://x.example\n\nB\n");
        assertEquals(new HeaderField("source_url", "https://x.example", 2), block.fields().get(1));
    }

    @Test
    void hyphenatedNamesArePassedOnForTheNormaliserToReject() {
        HeaderBlock block = readValid("= T\n:jbake-source-url: https://x.example\n\nB\n");
        assertEquals("source-url", block.fields().get(1).key());
    }

    @Test
    void attributeWithoutValueIsEmpty() {
        HeaderBlock block = readValid("= T\n:jbake-summary:\n\nB\n");
        assertEquals(new HeaderField("summary", "", 2), block.fields().get(1));
    }

    @Test
    void trailingBackslashContinuesTheValueAndKeepsTheFirstLine() {
        HeaderBlock block = readValid("= T\n:jbake-summary: One sentence \\\n   continues here \\\n  and ends.\n"
                + ":jbake-date: 2024-03-18\n\nBody\n");
        assertEquals(List.of(
                new HeaderField("title", "T", 1),
                new HeaderField("summary", "One sentence continues here and ends.", 2),
                new HeaderField("date", "2024-03-18", 5)), block.fields());
    }

    @Test
    void continuationStopsAtTheBlankLineThatEndsTheHeader() {
        HeaderBlock block = readValid("= T\n:jbake-summary: One line \\\n\nFirst paragraph.\n\nSecond.\n");
        assertEquals(List.of(new HeaderField("title", "T", 1), new HeaderField("summary", "One line", 2)),
                block.fields());
        assertEquals(2, block.headerEndLine());
        assertEquals("\nFirst paragraph.\n\nSecond.\n\n", block.bodyText());
    }

    @Test
    void commentLinesAreSkippedBeforeAndInsideTheHeader() {
        HeaderBlock block = readValid("// a comment\n\n= T\n// another\n:jbake-date: 2024-03-18\n\nBody\n");
        assertEquals(List.of(new HeaderField("title", "T", 3), new HeaderField("date", "2024-03-18", 5)),
                block.fields());
    }

    @Test
    void bodyIsTheWholeDocumentAndBodyTextWhatFollowsTheHeader() {
        String text = "= T\n:jbake-date: 2024-03-18\n\nFirst paragraph.\n";
        HeaderBlock block = readValid(text);
        assertEquals(text, block.body());
        assertEquals("\nFirst paragraph.\n\n", block.bodyText());
    }

    @Test
    void headerWithoutTitleLineStillReadsAttributes() {
        HeaderBlock block = readValid(":jbake-title: T\n:jbake-date: 2024-03-18\n\nBody\n");
        assertEquals(List.of(new HeaderField("title", "T", 1), new HeaderField("date", "2024-03-18", 2)),
                block.fields());
    }

    @Test
    void authorLineAfterTheTitleIsAProblem() {
        // Asciidoctor's implicit author line is not metadata here: authors go in :jbake-author:.
        HeaderBlock block = read("= T\nMira Castellane <mira@example.org>\n:jbake-date: 2024-03-18\n\nBody\n")
                .orElseThrow();
        assertEquals(List.of(new Problem(FILE, 2, "header", notAnAttribute("Mira Castellane <mira@example.org>"))),
                problems.list());
        assertEquals(List.of("title", "date"), block.fields().stream().map(HeaderField::key).toList());
    }

    @Test
    void attributeWithoutSpaceBeforeTheValueIsAProblem() {
        read("= T\n:jbake-date:2024-03-18\n\nBody\n");
        assertEquals(List.of(new Problem(FILE, 2, "header", notAnAttribute(":jbake-date:2024-03-18"))),
                problems.list());
    }

    @Test
    void plainTextWithoutHeaderIsAProblem() {
        assertTrue(read("Just some text.\n\nMore text.\n").isEmpty());
        assertEquals(List.of(
                new Problem(FILE, 1, "header", notAnAttribute("Just some text.")),
                new Problem(FILE, 1, "header", NO_HEADER)), problems.list());
    }

    @Test
    void emptyFileIsAProblem() {
        assertTrue(read("").isEmpty());
        assertEquals(List.of(new Problem(FILE, 1, "header", NO_HEADER)), problems.list());
    }

    @Test
    void blankLineBeforeTheAttributesEndsTheHeader() {
        HeaderBlock block = readValid("= T\n\n:jbake-date: 2024-03-18\n\nBody\n");
        assertEquals(List.of(new HeaderField("title", "T", 1)), block.fields());
        assertEquals(1, block.headerEndLine());
    }

    @Test
    void sectionTitleIsNotADocumentTitle() {
        assertTrue(read("== Section\n\nBody\n").isEmpty());
        assertEquals(List.of("header", "header"), problems.list().stream().map(Problem::field).toList());
    }
}
