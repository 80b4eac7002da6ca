package org.commentary.content;

import java.nio.file.Path;
import java.util.List;

import org.commentary.metadata.SourceFormat;
import org.commentary.model.Metadata;
import org.jsoup.Jsoup;

/**
 * A content file that passed every check: its metadata, its sanitized HTML body, and the
 * warnings (such as HTML the sanitizer removed) worth telling the contributor about.
 *
 * @param path       the path relative to the content folder, with '/' separators
 * @param outputPath where the page is written in the site, relative to its root
 * @param text       the body as plain text (for excerpts, reading time, search), kept so that no
 *                   renderer has to parse the HTML again
 */
public record ContentFile(Path file, String path, String outputPath, SourceFormat format, Metadata metadata,
                          String html, List<String> warnings, String text) {

    /** A content file whose plain text is taken from its HTML. */
    public ContentFile(Path file, String path, String outputPath, SourceFormat format, Metadata metadata,
                       String html, List<String> warnings) {
        this(file, path, outputPath, format, metadata, html, warnings, Jsoup.parse(html).text());
    }
}
