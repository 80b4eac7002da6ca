package org.commentary.markup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.commentary.validation.Problem;
import org.commentary.validation.Problems;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/** All AsciiDoc conversions live in this one class: the first one starts JRuby, which takes seconds. */
class AsciidocConverterTest {

    private static final Path FILE = Path.of("content/articles/2024/x.adoc");
    private static final String HEADER = "= The Title\n:jbake-date: 2024-03-18\n:jbake-source: Smith & Sons\n\n";

    private final Problems problems = new Problems(FILE);

    private String convert(String document) {
        return new AsciidocConverter().toHtml(document, problems);
    }

    private String html(String body) {
        String html = convert(HEADER + body);
        assertEquals(List.of(), problems.list());
        return html;
    }

    private static String includeMessage(String target) {
        return "include::" + target + "[] is not allowed: articles cannot read other files; paste the text into"
                + " the article instead";
    }

    // ---- include ----

    @Test
    void includeIsAProblemAndNothingIsRead() {
        // Lines: 1 title, 2 date, 3 source, 4 blank, 5 "Text.", 6 include.
        String html = convert(HEADER + "Text.\ninclude::/etc/passwd[]\n");
        assertEquals(List.of(new Problem(FILE, 6, "include", includeMessage("/etc/passwd"))), problems.list());
        assertEquals("", html);
    }

    @Test
    void includeAfterABlankLineIsReportedOnItsOwnLine() {
        // Lines: 1-3 header, 4 blank, 5 "Text.", 6 blank, 7 include.
        convert(HEADER + "Text.\n\ninclude::/etc/passwd[]\n");
        assertEquals(List.of(new Problem(FILE, 7, "include", includeMessage("/etc/passwd"))), problems.list());
    }

    @Test
    void includeAfterABlankLineIsStillAProblemAndReadsNothing() {
        String html = convert(HEADER + "Text.\n\ninclude::/etc/passwd[]\n\nMore.\n");
        assertEquals(1, problems.list().size(), problems.list()::toString);
        assertEquals("include", problems.list().get(0).field());
        assertEquals(includeMessage("/etc/passwd"), problems.list().get(0).message());
        assertEquals("", html);
    }

    @Test
    void everyIncludeIsReported() {
        convert(HEADER + "A.\ninclude::../../../pom.xml[]\n----\ninclude::{docdir}/x.txt[lines=1..2]\n----\n");
        assertEquals(List.of(
                new Problem(FILE, 6, "include", includeMessage("../../../pom.xml")),
                new Problem(FILE, 8, "include", includeMessage("{docdir}/x.txt"))), problems.list());
    }

    @Test
    void escapedIncludeIsText() {
        assertTrue(html("\\include::/etc/passwd[]\n").contains("<p>include::/etc/passwd[]</p>"));
    }

    // ---- rendering ----

    @Test
    void rendersParagraphsAndSectionsWithoutTheTitle() {
        String html = html("First paragraph & more.\n\nSecond <paragraph>.\n\n== A Section\n\nInside.\n");
        assertFalse(html.contains("The Title"), html);
        assertTrue(html.contains("<div class=\"paragraph\">\n<p>First paragraph &amp; more.</p>\n</div>"), html);
        assertTrue(html.contains("<p>Second &lt;paragraph&gt;.</p>"), html);
        assertTrue(html.contains("<div class=\"sect1\">\n<h2 id=\"_a_section\">A Section</h2>"), html);
        assertTrue(html.contains("<p>Inside.</p>"), html);
        assertFalse(html.contains("<a class=\"anchor\""), "no section anchors: " + html);
    }

    @Test
    void rendersQuotesListsAndFootnotes() {
        String html = html("____\nQuoted.\n____\n\n* one\n* two\n\nClaim.footnote:[Source.]\n");
        assertTrue(html.contains("<div class=\"quoteblock\">"), html);
        assertTrue(html.contains("<li>\n<p>one</p>\n</li>"), html);
        assertTrue(html.contains("href=\"#_footnotedef_1\""), html);
        assertTrue(html.contains("<div class=\"footnote\" id=\"_footnotedef_1\">"), html);
    }

    @Test
    void headerAttributesCanBeReferencedUnescapedAndEscapedOnce() {
        assertTrue(html("{jbake-date} by {jbake-source}\n").contains("<p>2024-03-18 by Smith &amp; Sons</p>"));
    }

    @Test
    void attributeReferencesDoNotRevealPaths() {
        String html = html("dir[{docdir}] file[{docfile}] home[{user-home}] base[{base-dir}] out[{outdir}]"
                + " env[{env}] cwd[{localdir}]\n");
        // SECURE mode: docdir is empty, user-home is ".", the others are undefined and left as written.
        assertTrue(html.contains("<p>dir[] file[{docfile}] home[.] base[{base-dir}] out[{outdir}] env[{env}]"
                + " cwd[{localdir}]</p>"), html);
        String cwd = Path.of("").toAbsolutePath().toString();
        assertFalse(html.contains(cwd), html);
        assertFalse(html.contains(System.getProperty("user.home")), html);
    }

    @Test
    void imagesAreLinkedNotReadOrEmbedded() {
        // Even with data-uri set, SECURE mode reads no file (pom.xml exists in the working directory).
        String html = convert("= T\n:data-uri:\n\nimage::pom.xml[]\n\nimage::/etc/passwd[]\n");
        assertEquals(List.of(), problems.list());
        assertTrue(html.contains("<img src=\"pom.xml\" alt=\"pom\">"), html);
        assertTrue(html.contains("<img src=\"/etc/passwd\" alt=\"passwd\">"), html);
        assertFalse(html.contains("data:"), html);
        assertFalse(html.contains("root:"), html);
    }

    @Test
    void passthroughHtmlIsLeftForTheSanitizer() {
        assertTrue(html("++++\n<script>x()</script>\n++++\n").contains("<script>x()</script>"));
    }

    // ---- Asciidoctor errors ----

    @Test
    void asciidoctorErrorsBecomeProblemsWithTheirLines() {
        List<String> logged;
        // Asciidoctor would also log these errors itself (SEVERE, on the build's console); the converter turns its
        // logger off, and the capture below shows that nothing gets through.
        try (AsciidoctorLog log = AsciidoctorLog.capture()) {
            convert(HEADER + "Text.\n\nifeval::[1 ==]\nx\nendif::[]\n");
            logged = log.lines();
        }
        assertEquals(List.of(
                new Problem(FILE, 7, "asciidoc", "malformed preprocessor directive - invalid expression: ifeval::[1 ==]"),
                new Problem(FILE, 9, "asciidoc", "unmatched preprocessor directive: endif::[]")), problems.list());
        assertEquals(List.of(), logged, "Asciidoctor's own log stays off the console");
    }

    @Test
    void warningsAreNotProblems() {
        html("{undefined-attribute}\n\n=== Level skipped\n");
    }

    @Test
    void earlierProblemsStopTheConversion() {
        problems.add(1, "title", "missing");
        assertEquals("", convert(HEADER + "Text.\n"));
        assertEquals(1, problems.list().size());
    }
}
