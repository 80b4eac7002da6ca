package org.commentary.tooling.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.commentary.content.ContentReader;
import org.commentary.tooling.Cli;
import org.commentary.tooling.TestSite;
import org.commentary.vocabulary.SiteDataLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile and malformed pages: a clear message, nothing written for a page that cannot be read, nothing run. */
class BadPagesTest {

    @TempDir
    Path folder;

    private TestSite site;

    @BeforeEach
    void site() {
        site = TestSite.withFixtureContent(folder.resolve("site"));
    }

    @Test
    void hostileHtmlBecomesHarmlessTextAndTheBuildsSanitizerStillApplies() {
        Cli.Run run = importPage(HtmlImportTest.page("hostile.html"));

        // <img src="x"> is not beside the saved page: it is the outlet's, on the web, and listed to save.
        assertEquals(1, run.exit(), run.toString());
        assertTrue(run.out().contains("hostile.html: image: https://crossposts-daily.example/2024/08/x is on the web,"
                + " and the site never loads from the network"), run.out());
        Path file = site.content().resolve("articles/2024/harbour-lights-left-on-all-night.md");
        String text = TestSite.read(file);
        for (String payload : List.of("<script", "<iframe", "<svg", "<form", "<object", "<embed", "<img", "onerror=\"", "onmouseover",
                "onclick", "onload", "javascript", "JaVaScRiPt", "vbscript", "data:", "evil.example", "alert(2)")) {
            assertFalse(text.contains(payload), "\"" + payload + "\" got through:\n" + text);
        }
        assertTrue(text.contains("[Click for the figures] ") || text.contains("Click for the figures."), text);
        assertTrue(text.contains("&lt;script>alert('text')&lt;/script>"), "text stays text:\n" + text);
        assertTrue(run.out().contains("Kept only the text of a javascript: link (\"Click for the figures\")"),
                run.out());
        assertTrue(run.out().contains("Kept only the text of a vbscript: link"), run.out());
        String html = new ContentReader(site.content(), new SiteDataLoader(site.data()).load()).read(file).content()
                .orElseThrow().html();
        assertFalse(html.contains("<script") || html.contains("<img"), html);
        assertTrue(html.contains("&lt;script&gt;"), html);
    }

    @Test
    void hostileMarkdownLinksBecomeText() throws IOException {
        String saved = TestSite.read(Path.of(HtmlImportTest.page("hostile.html").getParent().getParent()
                .resolve("strait-insurers.md").toString()))
                .replace("[Lloyd's market](https://lloyds.example/war-risk)", "[Lloyd's market](javascript:alert(1))"
                        + " ![x](data:image/png;base64,AAAA)");
        Path page = Files.writeString(folder.resolve("hostile.md"), saved);

        Cli.Run run = importPage(page);

        String text = TestSite.read(site.content().resolve("articles/2024/why-the-strait-belongs-to-the-underwriters.md"));
        assertFalse(text.contains("javascript") || text.contains("data:"), text);
        assertTrue(text.contains("The Lloyd's market") && !text.contains("[Lloyd's market]"), text);
        assertTrue(run.out().contains("Kept only the text of a javascript: link (\"Lloyd's market\")"), run.out());
    }

    @Test
    void aPageWithoutAnArticleWritesNothing() {
        Cli.Run run = importPage(HtmlImportTest.page("not-an-article.html"));

        assertEquals(1, run.exit(), run.toString());
        assertTrue(run.out().contains("not-an-article.html: file: cannot be imported: no recognisable article: the page"
                + " has no headline with paragraphs of text below it"), run.out());
        assertTrue(run.err().contains("Nothing written"), run.err());
        assertEquals(List.of(), newFiles());
    }

    @Test
    void charsetsAreReadAsDeclaredAndWrongBytesAreRefused() {
        Cli.Run windows = importPage(HtmlImportTest.page("declared-windows-1252.html"));
        assertEquals(0, windows.exit(), windows.toString());
        String text = TestSite.read(site.content().resolve("articles/2024/cafe-prices-on-the-ferry-deck.md"));
        assertTrue(text.contains("title: Café Prices on the Ferry Deck"), text);
        assertTrue(text.contains("costs €4.50") && text.contains("« a fair price » is not a naïve demand"), text);

        Cli.Run invalid = importPage(HtmlImportTest.page("invalid-utf8.html"));
        assertEquals(1, invalid.exit(), invalid.toString());
        assertTrue(invalid.out().contains("invalid-utf8.html: file: cannot be imported: not valid UTF-8 text (the"
                + " charset the page declares, or UTF-8 when it declares none); save the page again; nothing written"),
                invalid.out());

        Cli.Run unknown = importPage(HtmlImportTest.page("unknown-charset.html"));
        assertEquals(1, unknown.exit(), unknown.toString());
        assertTrue(unknown.out().contains("the page declares the charset \"x-harbour-7\", which this tool does not"
                + " know; save the page again as UTF-8"), unknown.out());
        assertEquals(1, newFiles().size(), "only the windows-1252 page was written");
    }

    @Test
    void binaryOversizedEmptyAndOtherFilesAreRefused() throws IOException {
        Path binary = Files.write(folder.resolve("photo.html"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        Path big = folder.resolve("huge.html");
        byte[] paragraph = "<p>A paragraph of a page saved with everything inlined.</p>\n".getBytes();
        byte[] content = new byte[(int) PageFile.MAX_BYTES + paragraph.length];
        for (int i = 0; i + paragraph.length <= content.length; i += paragraph.length) {
            System.arraycopy(paragraph, 0, content, i, paragraph.length);
        }
        Files.write(big, content);
        Path empty = Files.writeString(folder.resolve("empty.md"), "\n\n");
        Path pdf = Files.writeString(folder.resolve("article.pdf"), "%PDF-1.7");

        Cli.Run run = Cli.run("import", "--root", site.root().toString(), binary.toString(), big.toString(),
                empty.toString(), pdf.toString());

        assertEquals(1, run.exit(), run.toString());
        assertTrue(run.out().contains("photo.html: file: cannot be imported: a binary file, not a saved page"), run.out());
        assertTrue(run.out().contains("huge.html: file: cannot be imported: 5.0 MB, over the 5 MB a saved page may"
                + " have; save only the page (\"Web page, HTML only\"), not the complete page"), run.out());
        assertTrue(run.out().contains("empty.md: file: cannot be imported: the file is empty"), run.out());
        assertTrue(run.out().contains("article.pdf: file: cannot be imported: not a saved page: import reads .html and"
                + " .htm pages"), run.out());
        assertTrue(run.out().contains("Summary: 4 pages: 0 imported, 4 need attention, 0 skipped as duplicates"),
                run.out());
        assertEquals(List.of(), newFiles());
    }

    private Cli.Run importPage(Path page) {
        return Cli.run("import", "--root", site.root().toString(), "--date", HtmlImportTest.DATE, page.toString());
    }

    private List<Path> newFiles() {
        Path year = site.content().resolve("articles/2024");
        try (Stream<Path> files = Files.list(year)) {
            return files.filter(f -> TestSite.read(f).contains("date: " + HtmlImportTest.DATE)).toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
