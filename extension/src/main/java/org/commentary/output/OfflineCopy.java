package org.commentary.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.FileTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The offline copy: a zip of the site folder that readers unpack anywhere and open from disk.
 * Every file sits under one folder named after the collection and the build date
 * ({@link OfflineEdition}), so unzipping never scatters files over the reader's folder. Files only a
 * web host uses (the 404 page, robots.txt) are left out, and each page's footer says which day the
 * copy is from instead of linking the download.
 *
 * <p>Kept up to date rather than made anew: only entries whose file is newer than the zip are
 * compressed again, removed files are dropped, and everything else is copied over still
 * compressed. {@link DiskOutput} leaves unchanged files untouched, so after a one-article edit
 * this costs a fraction of zipping the whole site. A copy of another day (or another collection)
 * is made anew: its folder name and every page's footer differ. Entries carry the build date as
 * their time, so two builds of one day make the same entries.
 */
public final class OfflineCopy {

    /** Files for the web host only; they mean nothing in a copy opened from disk. */
    public static final Set<String> HOST_ONLY = Set.of("404.html", "robots.txt");

    /** What an update did. */
    public record Result(int added, int replaced, int removed, int kept) {
    }

    private OfflineCopy() {
    }

    /** Brings {@code zip} in line with every file in {@code site}, as {@code edition}. */
    public static Result update(Path site, Path zip, OfflineEdition edition) {
        Map<String, Path> files = files(site);
        String prefix = edition.folder() + "/";
        FileTime stamp = FileTime.from(edition.date().atStartOfDay(ZoneOffset.UTC).toInstant());
        try {
            Map<String, ZipEntry> entries = entries(zip);
            if (entries == null || entries.keySet().stream().anyMatch(name -> !name.startsWith(prefix))) {
                // Unreadable, or another edition: nothing in it can be kept.
                Files.deleteIfExists(zip);
                entries = Map.of();
            }
            FileTime zipped = entries.isEmpty() ? FileTime.fromMillis(0) : Files.getLastModifiedTime(zip);
            int added = 0;
            int replaced = 0;
            int removed = 0;
            Files.createDirectories(zip.toAbsolutePath().getParent());
            // The zip file system writes a new file beside the old one and moves it over on close.
            try (FileSystem archive = FileSystems.newFileSystem(URI.create("jar:" + zip.toUri()),
                    Map.of("create", "true"))) {
                for (String name : entries.keySet()) {
                    if (!files.containsKey(name.substring(prefix.length()))) {
                        Files.delete(archive.getPath(name));
                        removed++;
                    }
                }
                for (Map.Entry<String, Path> file : files.entrySet()) {
                    boolean known = entries.containsKey(prefix + file.getKey());
                    if (known && Files.getLastModifiedTime(file.getValue()).compareTo(zipped) < 0) {
                        continue;
                    }
                    Path entry = archive.getPath(prefix + file.getKey());
                    folders(entry.getParent(), stamp);
                    if (file.getKey().endsWith(".html")) {
                        String page = Files.readString(file.getValue(), StandardCharsets.UTF_8);
                        Files.writeString(entry, edition.forCopy(page), StandardCharsets.UTF_8);
                    } else {
                        Files.copy(file.getValue(), entry, StandardCopyOption.REPLACE_EXISTING);
                    }
                    stamp(entry, stamp);
                    if (known) {
                        replaced++;
                    } else {
                        added++;
                    }
                }
            }
            return new Result(added, replaced, removed, files.size() - added - replaced);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the offline copy " + zip, e);
        }
    }

    // Creates the entry's folders, each stamped like the files.
    private static void folders(Path folder, FileTime stamp) throws IOException {
        if (folder == null || Files.isDirectory(folder)) {
            return;
        }
        folders(folder.getParent(), stamp);
        Files.createDirectory(folder);
        stamp(folder, stamp);
    }

    private static void stamp(Path entry, FileTime stamp) throws IOException {
        Files.getFileAttributeView(entry, BasicFileAttributeView.class).setTimes(stamp, stamp, stamp);
    }

    // Every file of the site but the host-only ones, by its path in the zip.
    private static Map<String, Path> files(Path site) {
        Map<String, Path> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(site)) {
            walk.filter(path -> Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)).forEach(path -> {
                String name = site.relativize(path).toString().replace('\\', '/');
                if (!HOST_ONLY.contains(name)) {
                    files.put(name, path);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + site, e);
        }
        return files;
    }

    // The zip's file entries, or null when there is a file that is not a readable zip.
    private static Map<String, ZipEntry> entries(Path zip) {
        if (!Files.isRegularFile(zip)) {
            return Map.of();
        }
        Map<String, ZipEntry> entries = new HashMap<>();
        try (ZipFile file = new ZipFile(zip.toFile())) {
            file.stream().filter(entry -> !entry.isDirectory()).forEach(entry -> entries.put(entry.getName(), entry));
        } catch (IOException e) {
            return null;
        }
        return entries;
    }
}
