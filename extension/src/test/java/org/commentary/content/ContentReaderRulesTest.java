package org.commentary.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.commentary.metadata.SourceFormat;
import org.commentary.testing.ArticleText;
import org.commentary.testing.TestSiteData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What {@link ContentReader} adds for the collection rules: the year-folder warning, header-only reads, warnings once. */
class ContentReaderRulesTest {

    @TempDir
    Path root;

    private Path content;
    private ContentReader reader;

    @BeforeEach
    void setUp() {
        content = root.resolve("content");
        reader = new ContentReader(content, TestSiteData.load(root));
    }

    private Path write(String path, String text) {
        return TestSiteData.write(content.resolve(path), text);
    }

    private static String extension(SourceFormat format) {
        return format == SourceFormat.MARKDOWN ? ".md" : ".adoc";
    }

    @ParameterizedTest
    @EnumSource(SourceFormat.class)
    void anArticleDatedInAnotherYearThanItsFolderIsPublishedWithAWarningOnTheDateLine(SourceFormat format) {
        ArticleText text = ArticleText.valid().with("date", "2025-01-03");
        ContentReader.Result result = reader.read(write("articles/2024/x" + extension(format), text.text(format)));

        assertEquals(List.of(), result.problems());
        assertEquals(List.of("line " + text.line(format, "date") + ": date 2025-01-03 is in 2025, but the file is in"
                + " the 2024 folder; move it to content/articles/2025/ or fix the date"),
                result.content().orElseThrow().warnings());
    }

    @Test
    void pagesAndArticlesInTheirYearHaveNoSuchWarning() {
        ContentReader.Result article = reader.read(write("articles/2024/x.md",
                ArticleText.valid().text(SourceFormat.MARKDOWN)));
        ContentReader.Result page = reader.read(write("2023/about.md",
                "type=page\ntitle=About\nstatus=published\n~~~~~~\n\nAbout.\n"));

        assertEquals(List.of(), article.content().orElseThrow().warnings());
        assertEquals(List.of(), page.content().orElseThrow().warnings());
    }

    @Test
    void aHeaderOnlyReadKnowsTheMetadataButConvertsNothing() {
        Path file = write("articles/2024/x.adoc", ArticleText.valid().body("include::/etc/passwd[]\n")
                .text(SourceFormat.ASCIIDOC));

        ContentReader.Result header = reader.readHeader(file);
        ContentReader.Result full = reader.read(file);

        assertEquals(List.of(), header.problems());
        ContentFile read = header.content().orElseThrow();
        assertEquals("articles/2024/x.html", read.outputPath());
        assertEquals("The Strait and the Ledger", read.metadata().title());
        assertEquals("", read.html());
        assertEquals(1, full.problems().size(), "the body is only checked by a full read: " + full.problems());
    }

    @Test
    void aHeaderOnlyReadStillReportsHeaderProblems() {
        Path file = write("articles/2024/x.md", ArticleText.valid().without("copyright").text(SourceFormat.MARKDOWN));
        ContentReader.Result header = reader.readHeader(file);
        assertTrue(header.content().isEmpty());
        assertEquals("copyright", header.problems().get(0).field());
    }

    @Test
    void theSameAsciidocWarningIsGivenOnceWithTheLineOfItsFirstUse() {
        ArticleText text = ArticleText.valid().body("Uses {undefined} here.\n\nAnd {undefined} again.\n");
        List<LogRecord> logged = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger asciidoctor = Logger.getLogger("asciidoctor");
        asciidoctor.addHandler(handler);
        try {
            ContentFile file = reader.read(write("articles/2024/x.adoc", text.text(SourceFormat.ASCIIDOC)))
                    .content().orElseThrow();
            assertEquals(List.of("line 11: AsciiDoc: skipping reference to missing attribute: undefined"),
                    file.warnings());
        } finally {
            asciidoctor.removeHandler(handler);
        }
        assertEquals(List.of(), logged, "AsciidoctorJ's java.util.logging copy would print every message again");
    }
}
