package org.commentary.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OfflineCopyTest {

    private static final OfflineEdition EDITION = OfflineEdition.of("The Test Ledger", LocalDate.of(2026, 11, 30));
    private static final String FOLDER = "the-test-ledger-2026-11-30/";

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

        OfflineCopy.Result result = OfflineCopy.update(folder.resolve("site"), zip, EDITION);

        assertEquals(Map.of(FOLDER + "index.html", "home", FOLDER + "articles/2024/a.html", "a"), zipped(zip));
        assertEquals(new OfflineCopy.Result(2, 0, 0, 0), result);
    }

    @Test
    void anUpdateRewritesNewerFilesDropsRemovedOnesAndKeepsTheRest() throws IOException {
        long old = System.currentTimeMillis() - 60_000;
        write("index.html", "home", old);
        write("articles/2024/a.html", "a", old);
        Path gone = write("articles/2024/gone.html", "gone", old);
        Path zip = folder.resolve("copy.zip");
        OfflineCopy.update(folder.resolve("site"), zip, EDITION);

        write("articles/2024/a.html", "a, edited", System.currentTimeMillis() + 5_000);
        write("articles/2025/new.html", "new", old);
        Files.delete(gone);
        OfflineCopy.Result result = OfflineCopy.update(folder.resolve("site"), zip, EDITION);

        assertEquals(Map.of(FOLDER + "index.html", "home", FOLDER + "articles/2024/a.html", "a, edited",
                FOLDER + "articles/2025/new.html", "new"), zipped(zip));
        assertEquals(new OfflineCopy.Result(1, 1, 1, 1), result);
    }

    @Test
    void aDamagedZipIsMadeAnew() throws IOException {
        write("index.html", "home", System.currentTimeMillis() - 60_000);
        Path zip = Files.writeString(folder.resolve("copy.zip"), "not a zip");

        OfflineCopy.update(folder.resolve("site"), zip, EDITION);

        assertEquals(Map.of(FOLDER + "index.html", "home"), zipped(zip));
    }

    @Test
    void everyEntrySitsInOneFolderNamedAfterTheCollectionAndTheDayAndCarriesThatDay() throws IOException {
        write("index.html", "home", System.currentTimeMillis() - 60_000);
        write("css/site.css", "body {}", System.currentTimeMillis() - 60_000);
        Path zip = folder.resolve("copy.zip");

        OfflineCopy.update(folder.resolve("site"), zip, EDITION);

        try (ZipFile file = new ZipFile(zip.toFile())) {
            for (ZipEntry entry : Collections.list(file.entries())) {
                assertTrue(entry.getName().startsWith(FOLDER), entry.getName() + " is in " + FOLDER);
                assertEquals(LocalDate.of(2026, 11, 30), entry.getLastModifiedTime().toInstant()
                        .atZone(ZoneOffset.UTC).toLocalDate(), entry.getName() + "'s time");
            }
        }
    }

    @Test
    void pagesSayWhichDayTheCopyIsFromInsteadOfLinkingTheDownload() throws IOException {
        String footer = "<footer><p>About.</p>\n" + OfflineEdition.FOOTER_START
                + "<a href=\"../copy.zip\" download>Download</a> to read offline.</p>\n</footer>";
        write("articles/2024/a.html", "<main>text</main>" + footer, System.currentTimeMillis() - 60_000);
        write("css/site.css", "p {}" + OfflineEdition.FOOTER_START, System.currentTimeMillis() - 60_000);
        Path zip = folder.resolve("copy.zip");

        OfflineCopy.update(folder.resolve("site"), zip, EDITION);

        assertEquals("<main>text</main><footer><p>About.</p>\n" + OfflineEdition.FOOTER_START
                + "This is an offline copy of the collection, made on <time datetime=\"2026-11-30\">30 November"
                + " 2026</time>. The site itself may have newer articles.</p>\n</footer>",
                zipped(zip).get(FOLDER + "articles/2024/a.html"));
        assertEquals("p {}" + OfflineEdition.FOOTER_START, zipped(zip).get(FOLDER + "css/site.css"), "only pages change");
    }

    @Test
    void aCopyOfAnotherDayIsMadeAnewUnderTheNewFolderWithTheNewDate() throws IOException {
        long old = System.currentTimeMillis() - 60_000;
        write("index.html", "home" + OfflineEdition.FOOTER_START + "link</p>", old);
        write("css/site.css", "body {}", old);
        Path zip = folder.resolve("copy.zip");
        OfflineCopy.update(folder.resolve("site"), zip, EDITION);

        OfflineEdition nextDay = OfflineEdition.of("The Test Ledger", LocalDate.of(2026, 12, 1));
        OfflineCopy.Result result = OfflineCopy.update(folder.resolve("site"), zip, nextDay);

        Map<String, String> entries = zipped(zip);
        assertEquals(Set.of("the-test-ledger-2026-12-01/index.html", "the-test-ledger-2026-12-01/css/site.css"),
                entries.keySet(), "nothing left of the old folder");
        assertTrue(entries.get("the-test-ledger-2026-12-01/index.html").contains("1 December 2026"),
                entries.toString());
        assertEquals(new OfflineCopy.Result(2, 0, 0, 0), result);
    }
}
