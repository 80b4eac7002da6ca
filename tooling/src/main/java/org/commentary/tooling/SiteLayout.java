package org.commentary.tooling;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

import org.commentary.source.SourceFolders;

/**
 * Where a site's parts are: the repository root (the folder holding {@code jbake.properties}) and
 * the content and data folders below it, as the build's {@link SourceFolders} has them.
 */
public record SiteLayout(Path root, Path content, Path data) {

    public static final String PROPERTIES = "jbake.properties";

    /** The layout of the site whose root is {@code root}. */
    public static SiteLayout at(Path root) throws IOException {
        Path base = root.toAbsolutePath().normalize();
        if (!Files.isRegularFile(base.resolve(PROPERTIES))) {
            throw new NoSuchFileException(base.resolve(PROPERTIES).toString());
        }
        SourceFolders folders = SourceFolders.of(base);
        return new SiteLayout(base, folders.content(), folders.data());
    }

    /** The build's view of the same folders. */
    public SourceFolders folders() {
        return SourceFolders.of(root);
    }

    /** The nearest folder at or above {@code start} that holds {@code jbake.properties}. */
    public static Optional<Path> findRoot(Path start) {
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(PROPERTIES))) {
                return Optional.of(dir);
            }
        }
        return Optional.empty();
    }

    /** Where articles live: {@code content/articles}. */
    public Path articles() {
        return content.resolve("articles");
    }

    /** {@code file} relative to the root, with '/' separators, for messages. */
    public String show(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(root) ? root.relativize(absolute).toString().replace('\\', '/') : absolute.toString();
    }
}
