package org.commentary.content;

import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

import org.commentary.validation.Problems;
import org.commentary.vocabulary.Slugs;

/** Maps content files to site paths, and keeps file and folder names to a safe, portable form. */
public final class ContentPaths {

    private static final Pattern SAFE_NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private ContentPaths() {
    }

    /** {@code articles/2024/strait.md} → {@code articles/2024/strait.html}. */
    public static String outputPath(String relativePath) {
        int dot = relativePath.lastIndexOf('.');
        return (dot > relativePath.lastIndexOf('/') ? relativePath.substring(0, dot) : relativePath) + ".html";
    }

    /** The path of {@code file} below {@code contentRoot}, with '/' separators. */
    public static String relative(Path contentRoot, Path file) {
        Path relative = contentRoot.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize());
        return relative.toString().replace('\\', '/');
    }

    /**
     * Checks that every folder and the file name (without extension) are lower-case words joined by
     * '-': such names make the same URL everywhere, need no escaping and cannot break the build.
     */
    public static void checkNames(String relativePath, Problems problems) {
        String[] parts = relativePath.split("/");
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            boolean last = i == parts.length - 1;
            String name = last && part.contains(".") ? part.substring(0, part.lastIndexOf('.')) : part;
            String extension = last ? part.substring(name.length()) : "";
            if (!SAFE_NAME.matcher(name).matches() || !extension.equals(extension.toLowerCase(Locale.ROOT))) {
                problems.add(0, "file name", (last ? "file" : "folder") + " name \"" + part + "\" must use only"
                        + " lower-case letters, digits and '-'; rename it to \"" + Slugs.of(name)
                        + extension.toLowerCase(Locale.ROOT) + "\"");
            }
        }
    }
}
