package org.commentary.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OfflineCopyTest {

    @TempDir
    Path folder;

    private Path write(String path, String text, long modifiedMillis) throws IOException {
        Path file = folder.resolve("site").resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        Files.setLastModifiedTime(file, FileTime.fromMillis(modifiedMillis));
        return file;
    }

    private Map<String, String> zipped(Path zip) throws IOException {
        Map<String, String> entries = new TreeMap<>();
        try (ZipFile file = new ZipFile(zip.toFile())) {
            for (ZipEntry entry : Collections.list(file.entries())) {
                if (!entry.isDirectory()) {
                    entries.put(entry.getName(), new String(file.getInputStream(entry).readAllBytes(),
                            StandardCharsets.UTF_8));
                }
            }
        }
        return entries;
    }

    @Test
    void holdsEverySiteFileButThoseOnlyAWebHostUses() throws IOException {
        long old = System.currentTimeMillis() - 60_000;
        write("index.html", "home", old);
        write("articles/2024/a.html", "a", old);
        write("404.html", "missing", old);
        write("robots.txt", "robots", old);
        Path zip = folder.resolve("copy.zip");

        OfflineCopy.Result result = OfflineCopy.update(folder.resolve("site"), zip);

        assertEquals(Map.of("index.html", "home", "articles/2024/a.html", "a"), zipped(zip));
        assertEquals(new OfflineCopy.Result(2, 0, 0, 0), result);
    }

    @Test
    void anUpdateRewritesNewerFilesDropsRemovedOnesAndKeepsTheRest() throws IOException {
        long old = System.currentTimeMillis() - 60_000;
        write("index.html", "home", old);
        write("articles/2024/a.html", "a", old);
        Path gone = write("articles/2024/gone.html", "gone", old);
        Path zip = folder.resolve("copy.zip");
        OfflineCopy.update(folder.resolve("site"), zip);

        write("articles/2024/a.html", "a, edited", System.currentTimeMillis() + 5_000);
        write("articles/2025/new.html", "new", old);
        Files.delete(gone);
        OfflineCopy.Result result = OfflineCopy.update(folder.resolve("site"), zip);

        assertEquals(Map.of("index.html", "home", "articles/2024/a.html", "a, edited", "articles/2025/new.html", "new"),
                zipped(zip));
        assertEquals(new OfflineCopy.Result(1, 1, 1, 1), result);
    }

    @Test
    void aDamagedZipIsMadeAnew() throws IOException {
        write("index.html", "home", System.currentTimeMillis() - 60_000);
        Path zip = Files.writeString(folder.resolve("copy.zip"), "not a zip");

        OfflineCopy.update(folder.resolve("site"), zip);

        assertEquals(Map.of("index.html", "home"), zipped(zip));
    }
}
