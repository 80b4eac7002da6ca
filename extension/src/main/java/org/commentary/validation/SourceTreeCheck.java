package org.commentary.validation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.commentary.vocabulary.Slugs;

/**
 * Checks the site's source folders as a whole: no symbolic links anywhere among content, data and
 * assets, and nothing in the content folder that is neither an article nor an image (JBake would
 * publish such a file as it is).
 */
public final class SourceTreeCheck {

    /** Said of any symbolic link among the sources; JBake would follow it to any file on the machine. */
    public static final String SYMLINK_MESSAGE = "is a symbolic link; the site is built only from real files in"
            + " the repository. Replace the link with the file itself";

    private static final Set<String> IMAGE_EXTENSIONS = Set.of("png", "jpg", "jpeg", "gif", "webp", "avif");
    private static final Set<String> YAML_EXTENSIONS = Set.of("yml", "yaml");
    private static final Set<String> CONTENT_EXTENSIONS = Set.of("md", "adoc", "ad", "asciidoc");

    private final Path sourceRoot;
    private final Path contentRoot;

    public SourceTreeCheck(Path sourceRoot, Path contentRoot) {
        this.sourceRoot = sourceRoot;
        this.contentRoot = contentRoot;
    }

    /** The problems of the tree; {@code read} holds the content files already read as articles or pages. */
    public List<Problem> problems(Set<Path> read) {
        List<Problem> problems = new ArrayList<>();
        for (Path folder : List.of(contentRoot, sourceRoot.resolve("assets"), sourceRoot.resolve("data"))) {
            links(folder, problems);
        }
        try (Stream<Path> walk = Files.walk(contentRoot)) {
            walk.filter(path -> Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS))
                    .filter(path -> !contentRoot.relativize(path).toString().startsWith(".")
                            && !path.getFileName().toString().startsWith("."))
                    .filter(path -> !read.contains(path.toAbsolutePath().normalize()))
                    .filter(path -> !IMAGE_EXTENSIONS.contains(extension(path)))
                    // YAML here has its own message ("not content"), from the data-file check.
                    .filter(path -> !YAML_EXTENSIONS.contains(extension(path)))
                    .forEach(path -> problems.add(new Problem(path, 0, "file", strayMessage(path))));
        } catch (IOException e) {
            problems.add(new Problem(contentRoot, 0, "folder", "cannot be listed: " + e.getMessage()));
        }
        return problems;
    }

    // A link could make the build read (and publish) any file on the machine; JBake follows them.
    private static void links(Path folder, List<Problem> problems) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.filter(Files::isSymbolicLink)
                    .forEach(link -> problems.add(new Problem(link, 0, "file", SYMLINK_MESSAGE)));
        } catch (IOException e) {
            problems.add(new Problem(folder, 0, "folder", "cannot be listed: " + e.getMessage()));
        }
    }

    private static String strayMessage(Path path) {
        String name = path.getFileName().toString();
        String extension = name.substring(name.lastIndexOf('.') + 1);
        if (CONTENT_EXTENSIONS.contains(extension(path)) && !extension.equals(extension(path))) {
            // JBake picks a file's reader by its extension, case-sensitively: X.MD is never read as Markdown.
            String base = name.substring(0, name.length() - extension.length() - 1);
            return "\"" + name + "\" is not read as an article: the build only reads lower-case extensions, so it"
                    + " would be published as it is. Rename it to \"" + Slugs.of(base) + "." + extension(path) + "\".";
        }
        return "\"" + name + "\" is not an article or an image and would be published as it is; articles are .md or"
                + " .adoc files, images .png, .jpg, .gif, .webp or .avif. Move or delete it.";
    }

    private static String extension(Path path) {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
