package org.commentary.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SourceFormatTest {

    @ParameterizedTest
    @CsvSource({"x.md,MARKDOWN", "X.MD,MARKDOWN", "x.adoc,ASCIIDOC", "x.asciidoc,ASCIIDOC", "x.ad,ASCIIDOC"})
    void formatFromFileName(String name, SourceFormat format) {
        assertEquals(format, SourceFormat.forFileName(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"x.txt", "x.html", "x.md.bak", "md", "x.markdown"})
    void notAContentFile(String name) {
        assertNull(SourceFormat.forFileName(name));
    }

    @Test
    void fieldSyntaxPerFormat() {
        assertEquals("source=The Review", SourceFormat.MARKDOWN.fieldSyntax("source", "The Review"));
        assertEquals("title=T", SourceFormat.MARKDOWN.fieldSyntax("title", "T"));
        assertEquals(":jbake-source: The Review", SourceFormat.ASCIIDOC.fieldSyntax("source", "The Review"));
        assertEquals("= T", SourceFormat.ASCIIDOC.fieldSyntax("title", "T"));
    }

    @Test
    void readerPerFormat() {
        assertEquals(MarkdownHeaderReader.class, HeaderReader.forFormat(SourceFormat.MARKDOWN).getClass());
        assertEquals(AsciidocHeaderReader.class, HeaderReader.forFormat(SourceFormat.ASCIIDOC).getClass());
    }
}
