package org.commentary.markup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.commentary.validation.Problems;
import org.junit.jupiter.api.Test;

class MarkdownConverterTest {

    private final Problems problems = new Problems(Path.of("x.md"));

    private String html(String markdown) {
        String html = new MarkdownConverter().toHtml(markdown, problems);
        assertEquals(List.of(), problems.list());
        return html;
    }

    @Test
    void singleNewlineInsideAParagraphIsNotALineBreak() {
        String html = html("The first line\nand the second line.\n");
        assertEquals("<p>The first line\nand the second line.</p>\n", html);
        assertFalse(html.contains("<br"), html);
    }

    @Test
    void blankLineStartsANewParagraph() {
        assertEquals("<p>One.</p>\n<p>Two.</p>\n", html("One.\n\nTwo.\n"));
    }

    @Test
    void explicitHardBreakStillWorks() {
        assertEquals("<p>line<br />\nnext</p>\n", html("line  \nnext\n"));
    }

    @Test
    void tablesRender() {
        String html = html("| Port | Fee |\n|------|----:|\n| Gdańsk | 12 |\n");
        assertTrue(html.startsWith("<table class=\"table\">\n<thead>\n<tr><th>Port</th><th align=\"right\">Fee</th>"),
                html);
        assertTrue(html.contains("<tbody>\n<tr><td>Gdańsk</td><td align=\"right\">12</td></tr>\n</tbody>"), html);
    }

    @Test
    void footnotesRender() {
        String html = html("Claim.[^1]\n\n[^1]: Source of the claim.\n");
        assertTrue(html.contains("<sup id=\"fnref-1\"><a class=\"footnote-ref\" href=\"#fn-1\">1</a></sup>"), html);
        assertTrue(html.contains("<li id=\"fn-1\">\n<p>Source of the claim.</p>"), html);
        assertTrue(html.contains("<a href=\"#fnref-1\" class=\"footnote-backref\">"), html);
    }

    @Test
    void strikethroughRenders() {
        assertEquals("<p><del>old</del> new</p>\n", html("~~old~~ new\n"));
    }

    @Test
    void bareUrlsBecomeLinks() {
        assertEquals("<p>See <a href=\"https://x.example/a\">https://x.example/a</a>.</p>\n",
                html("See https://x.example/a.\n"));
    }

    @Test
    void headingsGetIds() {
        assertEquals("<h2 id=\"schedules-that-no-longer-fit\">Schedules that no longer fit</h2>\n",
                html("## Schedules that no longer fit\n"));
    }

    @Test
    void blockquotesAndEmphasisRender() {
        assertEquals("<blockquote>\n<p>A <em>quoted</em> <strong>line</strong>.</p>\n</blockquote>\n",
                html("> A *quoted* **line**.\n"));
    }

    @Test
    void rawHtmlIsPassedOnForTheSanitizer() {
        // The converter does not clean: HtmlSanitizer runs on its output.
        assertTrue(html("Text.\n\n<script>alert(1)</script>\n").contains("<script>alert(1)</script>"));
    }

    @Test
    void specialCharactersAreEscaped() {
        assertEquals("<p>A &amp; B &lt; C</p>\n", html("A & B < C\n"));
    }
}
