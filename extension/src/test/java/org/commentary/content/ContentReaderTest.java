package org.commentary.content;

import static org.commentary.metadata.SourceFormat.ASCIIDOC;
import static org.commentary.metadata.SourceFormat.MARKDOWN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.commentary.metadata.SourceFormat;
import org.commentary.model.ArticleMetadata;
import org.commentary.model.PageMetadata;
import org.commentary.model.Status;
import org.commentary.testing.ArticleText;
import org.commentary.testing.TestSiteData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ContentReaderTest {

    @TempDir
    Path root;

    private Path content;
    private ContentReader reader;

    @BeforeEach
    void setUp() {
        content = root.resolve("content");
        reader = new ContentReader(content, TestSiteData.load(root));
    }

    private static String extension(SourceFormat format) {
        return format == MARKDOWN ? ".md" : ".adoc";
    }

    private ContentReader.Result read(String relativePath, String text) {
        return reader.read(TestSiteData.write(content.resolve(relativePath), text));
    }

    private ContentFile readValid(String relativePath, String text) {
        ContentReader.Result result = read(relativePath, text);
        assertEquals(List.of(), problems(result));
        return result.content().orElseThrow();
    }

    private List<String> problems(ContentReader.Result result) {
        return TestSiteData.formatted(result.problems(), root);
    }

    /** Asserts the file was rejected with exactly these problems. */
    private void assertRejected(ContentReader.Result result, String... problems) {
        assertEquals(List.of(problems), problems(result));
        assertTrue(result.content().isEmpty());
    }

    @ParameterizedTest
    @EnumSource(SourceFormat.class)
    void validArticleIsRead(SourceFormat format) {
        String path = "articles/2024/strait-ledger" + extension(format);
        ContentFile file = readValid(path, ArticleText.valid().body("The _first_ paragraph.\n").text(format));
        assertEquals(content.resolve(path), file.file());
        assertEquals(path, file.path());
        assertEquals("articles/2024/strait-ledger.html", file.outputPath());
        assertEquals(format, file.format());
        ArticleMetadata metadata = assertInstanceOf(ArticleMetadata.class, file.metadata());
        assertEquals("The Strait and the Ledger", metadata.title());
        assertTrue(file.html().contains("<p>The <em>first</em> paragraph.</p>"), file.html());
        assertFalse(file.html().contains("The Strait and the Ledger"), "the title is not part of the body");
        assertEquals(List.of(), file.warnings());
    }

    @Test
    void bothFormatsGiveTheSameMetadata() {
        ArticleText text = ArticleText.valid().with("source", "Smith & Sons").with("author", "Emre Kılıç");
        ContentFile markdown = readValid("articles/2024/a.md", text.text(MARKDOWN));
        ContentFile asciidoc = readValid("articles/2024/b.adoc", text.text(ASCIIDOC));
        assertEquals(markdown.metadata(), asciidoc.metadata());
    }

    @Test
    void crLfFileWithByteOrderMarkIsRead() {
        String text = "\uFEFF" + ArticleText.valid().text(MARKDOWN).replace("\n", "\r\n");
        ContentFile file = readValid("articles/2024/x.md", text);
        assertEquals("published", file.metadata().status().word());
    }

    @Test
    void pageIsRead() {
        ContentFile file = readValid("about.md", "type=page\ntitle=About\nstatus=draft\n~~~~~~\n\nWho we are.\n");
        assertEquals("about.html", file.outputPath());
        assertEquals(new PageMetadata("About", "", Status.DRAFT), file.metadata());
    }

    // ---- body ----

    @Test
    void emptyMarkdownBodyIsAProblem() {
        ArticleText text = ArticleText.valid().body("\n  \n");
        assertRejected(read("articles/2024/x.md", text.text(MARKDOWN)),
                "content/articles/2024/x.md:" + text.headerEndLine(MARKDOWN) + ": body: the file has no text after its"
                        + " header; add the article text (or delete the file)");
    }

    @Test
    void emptyAsciidocBodyIsAProblem() {
        ArticleText text = ArticleText.valid().body("");
        assertRejected(read("articles/2024/x.adoc", text.text(ASCIIDOC)),
                "content/articles/2024/x.adoc:" + text.headerEndLine(ASCIIDOC) + ": body: the file has no text after"
                        + " its header; add the article text (or delete the file)");
    }

    @Test
    void headerAndBodyProblemsAreReportedTogether() {
        ArticleText text = ArticleText.valid().with("date", "2024-02-30").body("");
        List<String> problems = problems(read("articles/2024/x.md", text.text(MARKDOWN)));
        assertEquals(2, problems.size(), problems::toString);
        assertTrue(problems.get(0).startsWith("content/articles/2024/x.md:2: date: "), problems.get(0));
        assertTrue(problems.get(1).startsWith("content/articles/2024/x.md:10: body: "), problems.get(1));
    }

    @Test
    void brokenHeaderStopsEarly() {
        assertRejected(read("articles/2024/x.md", "title=T\n\nNo separator.\n"),
                "content/articles/2024/x.md:1: header: no \"~~~~~~\" line ends the metadata header; start the file"
                        + " with key=value lines (title=..., date=..., ...), then a line \"~~~~~~\", then the article"
                        + " text");
    }

    // ---- file names ----

    @Test
    void fileNameWithSpaceAndCapitalsGetsARename() {
        ContentReader.Result result = read("articles/2024/Bad Name.md", ArticleText.valid().text(MARKDOWN));
        assertRejected(result, "content/articles/2024/Bad Name.md: file name: file name \"Bad Name.md\" must use only"
                + " lower-case letters, digits and '-'; rename it to \"bad-name.md\"");
    }

    @Test
    void fileNameWithApostropheGetsARename() {
        ContentReader.Result result = read("articles/2024/it's.md", ArticleText.valid().text(MARKDOWN));
        assertRejected(result, "content/articles/2024/it's.md: file name: file name \"it's.md\" must use only"
                + " lower-case letters, digits and '-'; rename it to \"it-s.md\"");
    }

    @Test
    void fileNameProblemsComeWithContentProblems() {
        ContentReader.Result result = read("articles/2024/Zoë's Notes.adoc",
                ArticleText.valid().without("status").text(ASCIIDOC));
        assertEquals(List.of(
                "content/articles/2024/Zoë's Notes.adoc: file name: file name \"Zoë's Notes.adoc\" must use only"
                        + " lower-case letters, digits and '-'; rename it to \"zoe-s-notes.adoc\"",
                "content/articles/2024/Zoë's Notes.adoc:8: status: missing; add \":jbake-status: published\" to the"
                        + " header"), problems(result));
    }

    @Test
    void notAContentFile() {
        assertRejected(read("articles/2024/x.txt", "hello"),
                "content/articles/2024/x.txt: file: not a content file; articles end in .md or .adoc");
    }

    @Test
    void invalidUtf8IsAProblem() {
        Path file = TestSiteData.write(content.resolve("articles/2024/x.md"),
                "title=Zo\u00EB\n".getBytes(StandardCharsets.ISO_8859_1));
        assertRejected(reader.read(file),
                "content/articles/2024/x.md: file: cannot be read: not valid UTF-8 text; save the file as UTF-8");
    }

    // ---- sanitizing ----

    @Test
    void rawScriptInMarkdownIsRemovedWithAWarning() {
        ContentFile file = readValid("articles/2024/x.md", ArticleText.valid()
                .body("Before the script.\n\n<script>alert('x')</script>\n\nAfter the script.\n").text(MARKDOWN));
        assertEquals("<p>Before the script.</p>\n\n<p>After the script.</p>\n", file.html());
        assertEquals(List.of("removed <script> element (not allowed in articles)"), file.warnings());
    }

    @Test
    void inlineHandlersAndRemoteImagesAreRemovedWithWarnings() {
        ContentFile file = readValid("articles/2024/x.md", ArticleText.valid()
                .body("A <b onclick=\"x()\">bold</b> claim ![c](https://cdn.example/c.png) ![d](chart.png).\n")
                .text(MARKDOWN));
        assertEquals("<p>A <b>bold</b> claim  <img src=\"chart.png\" alt=\"d\">.</p>\n", file.html());
        assertEquals(List.of("removed onclick attribute on <b> (not allowed in articles)",
                "removed remote image https://cdn.example/c.png (save the image next to the article and link it"
                        + " relatively) (not allowed in articles)"), file.warnings());
    }

    @Test
    void asciidocPassthroughIsSanitized() {
        ContentFile file = readValid("articles/2024/x.adoc", ArticleText.valid()
                .body("Kept.\n\n++++\n<iframe src=\"https://x.example\"></iframe>\n++++\n").text(ASCIIDOC));
        assertFalse(file.html().contains("iframe"), file.html());
        assertTrue(file.html().contains("<p>Kept.</p>"), file.html());
        assertEquals(List.of("removed <iframe> element (not allowed in articles)"), file.warnings());
    }

    @Test
    void asciidocIncludeRejectsTheFile() {
        ArticleText text = ArticleText.valid().body("Text.\ninclude::/etc/passwd[]\n");
        int includeLine = text.headerEndLine(ASCIIDOC) + 3;
        assertRejected(read("articles/2024/x.adoc", text.text(ASCIIDOC)),
                "content/articles/2024/x.adoc:" + includeLine + ": include: include::/etc/passwd[] is not allowed:"
                        + " articles cannot read other files; paste the text into the article instead");
    }
}
