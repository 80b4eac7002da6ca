package org.commentary.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import org.commentary.metadata.SourceFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BodyCacheTest {

    private static final ConvertedBody CONVERTED = new ConvertedBody("<p>Text é</p>", "Text é",
            List.of("line 3: removed <script> (not allowed in articles)"));

    @TempDir
    Path folder;

    @Test
    void savedConversionsComeBackByTheBodysExactTextAndFormat() {
        Path file = folder.resolve("cache/bodies.bin");
        BodyCache first = BodyCache.empty();
        first.put(SourceFormat.MARKDOWN, "Text é\n", CONVERTED);
        first.save(file);

        BodyCache second = BodyCache.load(file);
        assertEquals(CONVERTED, second.get(SourceFormat.MARKDOWN, "Text é\n"));
        assertNull(second.get(SourceFormat.ASCIIDOC, "Text é\n"), "the same text in another format");
        assertNull(second.get(SourceFormat.MARKDOWN, "Text é"), "another text");
    }

    @Test
    void aSaveKeepsOnlyTheBodiesUsedSinceLoading() {
        Path file = folder.resolve("bodies.bin");
        BodyCache cache = BodyCache.empty();
        cache.put(SourceFormat.MARKDOWN, "kept", CONVERTED);
        cache.put(SourceFormat.MARKDOWN, "deleted article", CONVERTED);
        cache.save(file);

        BodyCache next = BodyCache.load(file);
        assertEquals(2, next.size());
        next.get(SourceFormat.MARKDOWN, "kept");
        next.save(file);
        assertEquals(1, BodyCache.load(file).size());
    }

    @Test
    void nothingChangedMeansNothingWritten() throws IOException {
        Path file = folder.resolve("bodies.bin");
        BodyCache cache = BodyCache.empty();
        cache.put(SourceFormat.MARKDOWN, "body", CONVERTED);
        cache.save(file);
        FileTime written = FileTime.fromMillis(1_000_000);
        Files.setLastModifiedTime(file, written);

        BodyCache again = BodyCache.load(file);
        again.get(SourceFormat.MARKDOWN, "body");
        again.save(file);
        assertEquals(written, Files.getLastModifiedTime(file));
    }

    @Test
    void aDamagedOrForeignFileIsAnEmptyCache() throws IOException {
        Path damaged = Files.write(folder.resolve("damaged.bin"), new byte[] {0, 7, 'x', 'y', 'z', 1, 2});
        assertEquals(0, BodyCache.load(damaged).size());
        assertEquals(0, BodyCache.load(folder.resolve("missing.bin")).size());

        Path truncated = folder.resolve("truncated.bin");
        BodyCache cache = BodyCache.empty();
        cache.put(SourceFormat.MARKDOWN, "body", CONVERTED);
        cache.save(truncated);
        byte[] bytes = Files.readAllBytes(truncated);
        Files.write(truncated, java.util.Arrays.copyOf(bytes, bytes.length - 5));
        assertEquals(0, BodyCache.load(truncated).size());
    }

    @Test
    void theCodeVersionIsStableWithinAProcessAndNamesTheConverterLibraries() {
        assertEquals(BodyCache.CodeVersion.current(), BodyCache.CodeVersion.current());
        assertTrue(BodyCache.CodeVersion.current().matches("[0-9a-f]{32}"), BodyCache.CodeVersion.current());
    }
}
