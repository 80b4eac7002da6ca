package org.commentary.metadata;

import java.util.Optional;

import org.commentary.validation.Problems;

/** Splits a content file into header fields and body; reports malformed headers. */
public interface HeaderReader {

    /** Reads {@code text} (LF line ends); empty when the header is too broken to go on. */
    Optional<HeaderBlock> read(String text, Problems problems);

    /**
     * The reader for a format. Markdown headers are either {@code key=value} lines or, when the file's
     * first line is {@code ---}, YAML front matter.
     */
    static HeaderReader forFormat(SourceFormat format) {
        if (format != SourceFormat.MARKDOWN) {
            return new AsciidocHeaderReader();
        }
        return (text, problems) -> (YamlFrontMatterReader.startsWithFrontMatter(text)
                ? new YamlFrontMatterReader() : new MarkdownHeaderReader()).read(text, problems);
    }
}
