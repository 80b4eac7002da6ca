package org.commentary.tooling.importer.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The article found in a page, and the Markdown its HTML becomes. */
class HtmlPageTest {

    @TempDir
    Path folder;

    private static final String PROSE = "<p>A paragraph long enough to be prose, about ferries, quays and the people who"
            + " keep them running through the winter months.</p>";

    @Test
    void theArticleIsTheOneWithTheTextNotTheTeasers() {
        HtmlPage.Content page = read("<html><head><title>Quays at Dawn | The Outlet</title>"
                + "<meta name=author content='Mira Castellane'><meta name=author content='https://x.example/me'></head>"
                + "<body><article class=teaser><p>Short teaser.</p></article>"
                + "<article><p><time datetime='2024-05-06T07:00'>6 May</time></p>" + PROSE + PROSE + "</article>"
                + "<article class=teaser><p>Another teaser.</p></article></body></html>");

        assertEquals("Quays at Dawn", page.title(), "the <title> without the site's name, when there is no <h1>");
        assertEquals(List.of("Mira Castellane"), page.metaAuthors());
        assertEquals(Optional.of(LocalDate.of(2024, 5, 6)), page.pageDate());
        assertEquals(3, page.blocks().size(), page.blocks().toString());
        assertTrue(page.blocks().stream().noneMatch(b -> b.contains("teaser")), page.blocks().toString());
    }

    @Test
    void markupBecomesMarkdownAndTextStaysText() {
        HtmlPage.Content page = read("<html><head><link rel=canonical href='https://outlet.example/2024/a/b.html'>"
                + "</head><body><article><h1>T</h1>" + PROSE
                + "<h4>Deep heading</h4>"
                + "<ul><li>One<ul><li>One and a half</li></ul></li><li>Two</li></ul>"
                + "<table><tr><th>Port</th><th>Dues</th></tr><tr><td>North | quay</td><td>12</td></tr></table>"
                + "<pre>line 1\n  line 2</pre>"
                + "<p>Stars * and _under_ and [brackets] and &lt;b&gt; stay text; <code>x*y</code>.</p>"
                + "<p># not a heading</p><p>1984. Not a list.</p>"
                + "<p><a href='../c.html'>Relative</a>, <a href='mailto:ed@outlet.example'>mail</a>,"
                + " <a href='#top'>top</a>, <a href='https://outlet.example/x (1)'>spaces</a>.</p>"
                + "</article></body></html>");

        List<String> blocks = page.blocks();
        assertTrue(blocks.contains("#### Deep heading"), blocks.toString());
        assertTrue(blocks.contains("- One\n    - One and a half\n- Two"), blocks.toString());
        assertTrue(blocks.contains("| Port | Dues |\n| --- | --- |\n| North \\| quay | 12 |"), blocks.toString());
        assertTrue(blocks.contains("```\nline 1\n  line 2\n```"), blocks.toString());
        assertTrue(blocks.contains("Stars \\* and \\_under\\_ and \\[brackets\\] and &lt;b> stay text; `x*y`."),
                blocks.toString());
        assertTrue(blocks.contains("\\# not a heading"), blocks.toString());
        assertTrue(blocks.contains("1984\\. Not a list."), blocks.toString());
        assertTrue(blocks.contains("[Relative](https://outlet.example/2024/c.html), [mail](mailto:ed@outlet.example),"
                + " top, [spaces](https://outlet.example/x%20%281%29)."), blocks.toString());
    }

    @Test
    void onlyImagesSavedWithThePageAreCopiedAndNothingOutsideItsFolderIsRead() throws IOException {
        Path saved = Files.createDirectories(folder.resolve("downloads/page_files"));
        Files.write(saved.resolve("Chart 1.PNG"), new byte[] {1, 2, 3});
        Files.write(folder.resolve("secret.png"), new byte[] {4, 5, 6});
        Files.writeString(saved.resolve("notes.txt"), "not an image");

        HtmlPage.Content page = HtmlPage.read("<html><body><article><h1>T</h1>" + PROSE
                + "<figure><img src='page_files/Chart%201.PNG' alt='A chart'><figcaption>The <em>chart</em>."
                + "</figcaption></figure><img src='../secret.png' alt='outside'><img src='page_files/notes.txt'>"
                + "<img data-src='page_files/Chart%201.PNG' src='data:image/gif;base64,R0lGOD' alt='lazy'>"
                + "</article></body></html>", folder.resolve("downloads/page.html"));

        assertEquals(Map.of(saved.resolve("Chart 1.PNG"), "chart-1.png"), page.localImages());
        assertTrue(page.blocks().contains("![A chart](chart-1.png)\n*The *chart*.*"), page.blocks().toString());
        assertTrue(page.blocks().stream().noneMatch(b -> b.contains("secret") || b.contains("notes.txt")),
                page.blocks().toString());
        assertTrue(page.blocks().stream().anyMatch(b -> b.contains("![lazy](chart-1.png)")), page.blocks().toString());
        assertTrue(page.notes().contains("Left out the image ../secret.png: it is not beside the saved page"),
                page.notes().toString());
    }

    private HtmlPage.Content read(String html) {
        return HtmlPage.read(html, folder.resolve("page.html"));
    }
}
