package org.commentary.source;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.commentary.metadata.SourceFormat;
import org.commentary.validation.Problem;

/**
 * The one walk over a collection's folders, shared by the build, {@code check} and {@code serve},
 * so that all three see the same files by the same rules:
 * <ul>
 * <li>files whose name starts with '.' are skipped (editor and system files); folders are all
 *     entered, so a file in a folder that cannot be published (say {@code .drafts/}) is reported
 *     rather than silently left out;</li>
 * <li>symbolic links are never followed: each one is a problem (it could reach any file on the
 *     build machine);</li>
 * <li>under content/: Markdown and AsciiDoc files are content, images are resources published
 *     beside their article, anything else is a problem (it would be published as it is).</li>
 * </ul>
 */
public final class SourceTree {

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
     * @param data      the YAML files in data/
     * @param problems  links and stray files
     */
    public record Listing(List<Path> content, List<Path> resources, List<Path> assets, List<Path> data,
                          List<Problem> problems) {
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
        List<Path> data = new ArrayList<>();
        visitData(folders.data(), problems, data);
        content.sort(null);
        resources.sort(null);
        assets.sort(null);
        data.sort(null);
        return new Listing(List.copyOf(content), List.copyOf(resources), List.copyOf(assets), List.copyOf(data),
                List.copyOf(problems));
    }

    /** Whether a file of this name is an article or page (Markdown or AsciiDoc). */
    public static boolean isContent(Path file) {
        return SourceFormat.forFileName(file.getFileName().toString()) != null;
    }

    /** Whether the walk would skip a file of this name. */
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

    // Every YAML file directly in data/, hidden ones too: each is checked, none may carry unsafe tags.
    private static void visitData(Path folder, List<Problem> problems, List<Path> data) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        visit(folder, problems, file -> { });
        try (Stream<Path> entries = Files.list(folder)) {
            entries.filter(file -> Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS))
                    .filter(file -> YAML_EXTENSIONS.contains(extension(file)))
                    .forEach(file -> data.add(file.toAbsolutePath().normalize()));
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
