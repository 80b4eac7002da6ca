package org.commentary.source;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.commentary.metadata.SourceFormat;
import org.commentary.validation.Problem;

/**
 * The one walk over a collection's folders, shared by the build, {@code check} and {@code serve},
 * so that all three see the same files by the same rules:
 * <ul>
 * <li>names starting with '.' (files and folders) are skipped, as is a folder holding
 *     {@value #IGNORE_FILE};</li>
 * <li>symbolic links are never followed: each one is a problem (it could reach any file on the
 *     build machine);</li>
 * <li>under content/: Markdown and AsciiDoc files are content, images are resources published
 *     beside their article, anything else is a problem (it would be published as it is).</li>
 * </ul>
 */
public final class SourceTree {

    /** A folder holding a file of this name is left out, as JBake does. */
    public static final String IGNORE_FILE = ".jbakeignore";

    /** Said of any symbolic link among the sources. */
    public static final String SYMLINK_MESSAGE = "is a symbolic link; the site is built only from real files in"
            + " the repository. Replace the link with the file itself";

    /** Files an article may show or link to, copied next to its page. */
    public static final Set<String> RESOURCE_EXTENSIONS = Set.of("png", "jpg", "jpeg", "gif", "webp", "avif");

    private static final Set<String> YAML_EXTENSIONS = Set.of("yml", "yaml");

    /**
     * What a walk found, each list sorted by path.
     *
     * @param content   Markdown and AsciiDoc files under content/
     * @param resources images under content/
     * @param assets    every file under assets/
     * @param problems  links and stray files
     */
    public record Listing(List<Path> content, List<Path> resources, List<Path> assets, List<Problem> problems) {
    }

    private SourceTree() {
    }

    /** Walks content/ and assets/, and looks for links in data/. */
    public static Listing walk(SourceFolders folders) {
        List<Path> content = new ArrayList<>();
        List<Path> resources = new ArrayList<>();
        List<Path> assets = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        visit(folders.content(), problems, file -> {
            if (isContent(file)) {
                content.add(file);
            } else if (RESOURCE_EXTENSIONS.contains(extension(file))) {
                resources.add(file);
            } else if (YAML_EXTENSIONS.contains(extension(file))) {
                problems.add(new Problem(file, 0, "file", "YAML files are not content; data files belong in the"
                        + " data folder"));
            } else {
                problems.add(new Problem(file, 0, "file", "\"" + file.getFileName() + "\" is not an article or an"
                        + " image and would be published as it is; articles are .md or .adoc files, images .png,"
                        + " .jpg, .gif, .webp or .avif. Move or delete it."));
            }
        });
        visit(folders.assets(), problems, assets::add);
        visit(folders.data(), problems, file -> { });
        content.sort(null);
        resources.sort(null);
        assets.sort(null);
        return new Listing(List.copyOf(content), List.copyOf(resources), List.copyOf(assets), List.copyOf(problems));
    }

    /** Whether a file of this name is an article or page (Markdown or AsciiDoc). */
    public static boolean isContent(Path file) {
        return SourceFormat.forFileName(file.getFileName().toString()) != null;
    }

    /** Whether the walk would skip this file or folder name. */
    public static boolean isSkipped(Path path) {
        return path.getFileName() != null && path.getFileName().toString().startsWith(".");
    }

    private interface FileSink {
        void accept(Path file);
    }

    private static void visit(Path folder, List<Problem> problems, FileSink sink) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (!dir.equals(folder) && (isSkipped(dir) || Files.exists(dir.resolve(IGNORE_FILE)))) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isSymbolicLink()) {
                        problems.add(new Problem(file, 0, "file", SYMLINK_MESSAGE));
                    } else if (attrs.isRegularFile() && !isSkipped(file)) {
                        sink.accept(file.toAbsolutePath().normalize());
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    problems.add(new Problem(file, 0, "file", "cannot be read: " + e.getMessage()));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.add(new Problem(folder, 0, "folder", "cannot be listed: " + e.getMessage()));
        }
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
