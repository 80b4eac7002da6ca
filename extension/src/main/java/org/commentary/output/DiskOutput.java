package org.commentary.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * A site folder on disk, updated in place: a file is written only when its bytes changed, and
 * files the build no longer makes are removed. Unchanged files keep their time stamps, and the
 * folder is never emptied, so a browser or server reading it never finds it missing.
 */
public final class DiskOutput implements SiteOutput {

    private final Path root;

    /** The folder {@code root}; refused when it holds {@code sources} (emptying it would delete them). */
    public DiskOutput(Path root, Path sources) {
        this.root = root.toAbsolutePath().normalize();
        Path source = sources.toAbsolutePath().normalize();
        if (this.root.getParent() == null || source.startsWith(this.root)) {
            throw new IllegalStateException("Refusing to publish into " + this.root + ": it contains the site's"
                    + " sources. Set a separate destination folder.");
        }
    }

    public Path root() {
        return root;
    }

    @Override
    public boolean write(String path, byte[] bytes) {
        Path file = root.resolve(path);
        try {
            if (Files.isRegularFile(file) && Files.size(file) == bytes.length
                    && Arrays.equals(Files.readAllBytes(file), bytes)) {
                return false;
            }
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    @Override
    public Set<String> retainOnly(Set<String> keep) {
        Set<String> removed = new TreeSet<>();
        if (!Files.isDirectory(root)) {
            return removed;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            List<Path> entries = walk.sorted(Comparator.reverseOrder()).filter(path -> !path.equals(root)).toList();
            for (Path path : entries) {
                String relative = root.relativize(path).toString().replace('\\', '/');
                if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                    try (Stream<Path> children = Files.list(path)) {
                        if (children.findAny().isEmpty()) {
                            Files.delete(path);
                        }
                    }
                } else if (!keep.contains(relative)) {
                    Files.delete(path);
                    removed.add(relative);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot tidy the output folder " + root, e);
        }
        return removed;
    }
}
