package org.commentary.tooling;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * Where a site's parts are: the repository root (the folder holding {@code jbake.properties}) and
 * the content and data folders JBake reads, from the same properties and defaults JBake uses.
 */
public record SiteLayout(Path root, Path content, Path data, String ignoreFileName) {

    public static final String PROPERTIES = "jbake.properties";

    /** The layout of the site whose root is {@code root}. */
    public static SiteLayout at(Path root) throws IOException {
        Path base = root.toAbsolutePath().normalize();
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(base.resolve(PROPERTIES), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return new SiteLayout(base,
                base.resolve(properties.getProperty("content.folder", "content").strip()).normalize(),
                base.resolve(properties.getProperty("data.folder", "data").strip()).normalize(),
                properties.getProperty("ignore.file", ".jbakeignore").strip());
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
