package org.commentary.source;

import java.nio.file.Path;

/**
 * Where a collection's sources are: the JBake layout maintainers know, all below one root.
 *
 * @param root      the folder holding jbake.properties
 * @param content   articles, pages and the images beside them
 * @param data      the collection's texts and vocabularies (YAML)
 * @param templates Freemarker templates
 * @param assets    CSS, scripts and other files copied as they are
 */
public record SourceFolders(Path root, Path content, Path data, Path templates, Path assets) {

    /** The standard layout below {@code root}. */
    public static SourceFolders of(Path root) {
        Path base = root.toAbsolutePath().normalize();
        return new SourceFolders(base, base.resolve("content"), base.resolve("data"), base.resolve("templates"),
                base.resolve("assets"));
    }

    /** Which source folder {@code file} belongs to, or null when it is outside them all. */
    public Part partOf(Path file) {
        Path path = file.toAbsolutePath().normalize();
        if (path.startsWith(content)) {
            return Part.CONTENT;
        }
        if (path.startsWith(data)) {
            return Part.DATA;
        }
        if (path.startsWith(templates)) {
            return Part.TEMPLATES;
        }
        if (path.startsWith(assets)) {
            return Part.ASSETS;
        }
        if (path.equals(root.resolve("jbake.properties"))) {
            return Part.SETTINGS;
        }
        return null;
    }

    /** The parts of a collection's sources. */
    public enum Part {
        CONTENT, DATA, TEMPLATES, ASSETS, SETTINGS
    }
}
