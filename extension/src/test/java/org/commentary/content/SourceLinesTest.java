package org.commentary.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.commentary.metadata.SourceFormat;
import org.commentary.model.PageMetadata;
import org.commentary.model.Status;
import org.commentary.testing.TestSiteData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceLinesTest {

    @TempDir
    Path folder;

    private SourceLines lines(SourceFormat format, String text) {
        Path file = TestSiteData.write(folder.resolve("x" + (format == SourceFormat.MARKDOWN ? ".md" : ".adoc")), text);
        return SourceLines.of(new ContentFile(file, "x.md", "x.html", format, new PageMetadata("X", "", Status.DRAFT),
                "", List.of(), ""));
    }

    @Test
    void headerFieldsAreFoundInEveryHeaderStyle() {
        assertEquals(3, lines(SourceFormat.MARKDOWN, "title=T\ndate=2024-01-01\nsource_url=https://x.example/old.png\n"
                + "~~~~~~\n\nText.\n").field("source_url"));
        assertEquals(3, lines(SourceFormat.MARKDOWN, "---\ntitle: T\nsource_url: https://x.example\n---\n\nText.\n")
                .field("source_url"));
        assertEquals(1, lines(SourceFormat.ASCIIDOC, "= T\n:jbake-date: 2024-01-01\n\nText.\n").field("title"));
        assertEquals(0, lines(SourceFormat.ASCIIDOC, "= T\n\nText.\n").field("source_url"));
    }

    @Test
    void referencesAreFoundInTheTextNotTheHeaderAndNotInsideLongerPaths() {
        SourceLines lines = lines(SourceFormat.MARKDOWN, "title=T\nsource_url=https://x.example/old.png\n~~~~~~\n\n"
                + "See ![a](2023/old.png).\n\nThen ![b](old.png).\n");
        assertEquals(7, lines.find(List.of("old.png")));
        assertEquals(5, lines.find(List.of("2023/old.png")));
        assertEquals(5, lines.find(List.of("missing.png", "2023/old")), "a later, looser needle");
        assertEquals(0, lines.find(List.of("missing.png")));
    }
}
