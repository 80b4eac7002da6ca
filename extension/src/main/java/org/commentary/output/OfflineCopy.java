package org.commentary.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The offline copy: a zip of the site folder that readers unpack anywhere and open from disk.
 * Files only a web host uses (the 404 page, robots.txt) are left out.
 *
 * <p>Kept up to date rather than made anew: only entries whose file is newer than the zip are
 * compressed again, removed files are dropped, and everything else is copied over still
 * compressed. {@link DiskOutput} leaves unchanged files untouched, so after a one-article edit
 * this costs a fraction of zipping the whole site.
 */
public final class OfflineCopy {

    /** Files for the web host only; they mean nothing in a copy opened from disk. */
    public static final Set<String> HOST_ONLY = Set.of("404.html", "robots.txt");

    /** What an update did. */
    public record Result(int added, int replaced, int removed, int kept) {
    }

    private OfflineCopy() {
    }

    /** Brings {@code zip} in line with every file in {@code site}. */
    public static Result update(Path site, Path zip) {
        Map<String, Path> files = files(site);
        try {
            Map<String, ZipEntry> entries = entries(zip);
            if (entries == null) {
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
                    if (!files.containsKey(name)) {
                        Files.delete(archive.getPath(name));
                        removed++;
                    }
                }
                for (Map.Entry<String, Path> file : files.entrySet()) {
                    boolean known = entries.containsKey(file.getKey());
                    if (known && Files.getLastModifiedTime(file.getValue()).compareTo(zipped) < 0) {
                        continue;
                    }
                    Path entry = archive.getPath(file.getKey());
                    if (entry.getParent() != null) {
                        Files.createDirectories(entry.getParent());
                    }
                    Files.copy(file.getValue(), entry, StandardCopyOption.REPLACE_EXISTING);
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
