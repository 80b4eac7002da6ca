package org.commentary.content;

import java.nio.file.Path;
import java.util.List;

import org.commentary.metadata.SourceFormat;
import org.commentary.model.Metadata;

/**
 * A content file that passed every check: its metadata, its sanitized HTML body, and the
 * warnings (such as HTML the sanitizer removed) worth telling the contributor about.
 *
 * @param path       the path relative to the content folder, with '/' separators
 * @param outputPath where the page is written in the site, relative to its root
 */
public record ContentFile(Path file, String path, String outputPath, SourceFormat format, Metadata metadata,
                          String html, List<String> warnings) {
}
