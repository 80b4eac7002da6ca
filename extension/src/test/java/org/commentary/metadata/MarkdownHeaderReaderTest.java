package org.commentary.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.commentary.files.TextFiles;
import org.commentary.testing.TestSiteData;
import org.commentary.validation.Problem;
import org.commentary.validation.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarkdownHeaderReaderTest {

    private static final Path FILE = Path.of("content/articles/2024/x.md");

    private final Problems problems = new Problems(FILE);

    private Optional<HeaderBlock> read(String text) {
        return new MarkdownHeaderReader().read(text, problems);
    }

    private HeaderBlock readValid(String text) {
        HeaderBlock block = read(text).orElseThrow();
        assertEquals(List.of(), problems.list());
        return block;
    }

    @Test
    void readsFieldsWithTheirLineNumbers() {
        HeaderBlock block = readValid("title=The Strait\ndate=2024-03-18\nauthor=Mira Castellane\n~~~~~~\nBody.\n");
        assertEquals(SourceFormat.MARKDOWN, block.format());
        assertEquals(List.of(
                new HeaderField("title", "The Strait", 1),
                new HeaderField("date", "2024-03-18", 2),
                new HeaderField("author", "Mira Castellane", 3)), block.fields());
        assertEquals(4, block.headerEndLine());
    }

    @Test
    void bodyIsTheTextAfterTheSeparator() {
        HeaderBlock block = readValid("title=T\n~~~~~~\n\nFirst paragraph.\n\nSecond.\n");
        assertEquals("\nFirst paragraph.\n\nSecond.\n\n", block.body());
        assertEquals(block.body(), block.bodyText());
    }

    @Test
    void blankLinesAreSkippedButCounted() {
        HeaderBlock block = readValid("\ntitle=T\n\n   \ndate=2024-01-01\n~~~~~~\nBody\n");
        assertEquals(List.of(new HeaderField("title", "T", 2), new HeaderField("date", "2024-01-01", 5)),
                block.fields());
        assertEquals(6, block.headerEndLine());
    }

    @Test
    void keysAndValuesAreStrippedAndOnlyTheFirstEqualsSplits() {
        HeaderBlock block = readValid("  title =  A = B  \nsummary=x=y&z\n~~~~~~\n");
        assertEquals(List.of(new HeaderField("title", "A = B", 1), new HeaderField("summary", "x=y&z", 2)),
                block.fields());
    }

    @Test
    void separatorMayHaveSurroundingWhitespace() {
        HeaderBlock block = readValid("title=T\n  ~~~~~~  \nBody\n");
        assertEquals(2, block.headerEndLine());
        assertEquals("Body\n\n", block.body());
    }

    @Test
    void keysKeepTheirCaseSoTheNormaliserCanComplain() {
        HeaderBlock block = readValid("Source_URL=https://x.example\n~~~~~~\n");
        assertEquals("Source_URL", block.fields().get(0).key());
    }

    @Test
    void missingSeparatorIsAProblemOnLineOneForTheHeader() {
        assertTrue(read("title=T\ndate=2024-01-01\n\nBody without a separator.\n").isEmpty());
        assertEquals(List.of(new Problem(FILE, 1, "header", "no \"~~~~~~\" line ends the metadata header; start"
                + " the file with key=value lines (title=..., date=..., ...), then a line \"~~~~~~\", then the"
                + " article text")), problems.list());
    }

    @Test
    void aSeparatorOfAnotherLengthIsNotTheSeparator() {
        assertTrue(read("title=T\n~~~~~~~\nBody\n").isEmpty());
        assertEquals(1, problems.list().size());
        assertEquals("header", problems.list().get(0).field());
    }

    @Test
    void aLineWithoutEqualsIsAProblemWithItsLineNumber() {
        HeaderBlock block = read("title=T\nMira Castellane\ndate=2024-01-01\n~~~~~~\nBody\n").orElseThrow();
        assertEquals(List.of(new Problem(FILE, 2, "header", "\"Mira Castellane\" is not a key=value line;"
                + " every line above \"~~~~~~\" must look like \"source=The Harbour Review\"")), problems.list());
        // The other lines are still read, so their problems are reported in the same run.
        assertEquals(List.of("title", "date"), block.fields().stream().map(HeaderField::key).toList());
    }

    @Test
    void longBadLinesAreAbbreviatedInTheMessage() {
        String line = "x".repeat(100);
        read(line + "\n~~~~~~\n");
        String message = problems.list().get(0).message();
        assertTrue(message.startsWith("\"" + "x".repeat(57) + "...\" is not a key=value line"), message);
    }

    @Test
    void crLfFilesAreReadThroughTextFiles(@TempDir Path dir) throws IOException {
        Path file = TestSiteData.write(dir.resolve("x.md"),
                "\uFEFFtitle=T\r\ndate=2024-01-01\r\n~~~~~~\r\nBody\r\n".getBytes(StandardCharsets.UTF_8));
        HeaderBlock block = readValid(TextFiles.read(file));
        assertEquals(List.of(new HeaderField("title", "T", 1), new HeaderField("date", "2024-01-01", 2)),
                block.fields());
        assertEquals("Body\n\n", block.body());
    }
}
