package org.commentary.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiskOutputTest {

    @TempDir
    Path folder;

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void writesOnlyWhatChangedAndLeavesUnchangedFilesUntouched() throws IOException {
        DiskOutput output = new DiskOutput(folder.resolve("site"), folder.resolve("sources"));
        assertTrue(output.write("articles/2024/a.html", bytes("one")));
        Path file = folder.resolve("site/articles/2024/a.html");
        FileTime old = FileTime.fromMillis(1_000_000);
        Files.setLastModifiedTime(file, old);

        assertFalse(output.write("articles/2024/a.html", bytes("one")), "same bytes: nothing written");
        assertEquals(old, Files.getLastModifiedTime(file));
        assertTrue(output.write("articles/2024/a.html", bytes("two")));
        assertEquals("two", Files.readString(file));
    }

    @Test
    void removesWhatThePlanNoLongerHasAndItsEmptyFolders() throws IOException {
        DiskOutput output = new DiskOutput(folder.resolve("site"), folder.resolve("sources"));
        output.write("index.html", bytes("home"));
        output.write("articles/2023/gone.html", bytes("old"));
        output.write("articles/2024/kept.html", bytes("kept"));

        assertEquals(Set.of("articles/2023/gone.html"), output.retainOnly(Set.of("index.html", "articles/2024/kept.html")));
        assertFalse(Files.exists(folder.resolve("site/articles/2023")));
        assertTrue(Files.exists(folder.resolve("site/articles/2024/kept.html")));
    }

    @Test
    void refusesAFolderThatHoldsTheSources() {
        assertThrows(IllegalStateException.class, () -> new DiskOutput(folder, folder.resolve("sources")));
    }
}
