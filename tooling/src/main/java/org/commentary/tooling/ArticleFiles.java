package org.commentary.tooling;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.commentary.vocabulary.Slugs;

/** Where a new article goes ({@code content/articles/<year>/<slug>.<ext>}), and writing it safely. */
public final class ArticleFiles {

    private static final int MAX_SLUG = 60;

    private ArticleFiles() {
    }

    /** {@code content/articles/2025/the-title-as-a-slug.md}. */
    public static Path defaultPath(SiteLayout site, int year, String slug, HeaderStyle style) {
        return site.articles().resolve(String.valueOf(year)).resolve(slug + "." + style.extension());
    }

    /** A file name for {@code title}: its slug, cut at a word boundary when long. */
    public static String slug(String title) {
        String slug = Slugs.of(title);
        if (slug.length() > MAX_SLUG) {
            int cut = slug.lastIndexOf('-', MAX_SLUG);
            slug = slug.substring(0, cut > 0 ? cut : MAX_SLUG);
        }
        return slug;
    }

    /**
     * Writes {@code text} to {@code file}, creating its folders; never replaces an existing file
     * ({@link java.nio.file.FileAlreadyExistsException} then).
     */
    public static void createNew(Path file, String text) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE);
    }
}
