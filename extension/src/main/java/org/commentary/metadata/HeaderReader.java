package org.commentary.metadata;

import java.util.Optional;

import org.commentary.validation.Problems;

/** Splits a content file into header fields and body; reports malformed headers. */
public interface HeaderReader {

    /** Reads {@code text} (LF line ends); empty when the header is too broken to go on. */
    Optional<HeaderBlock> read(String text, Problems problems);

    /** The reader for a format. */
    static HeaderReader forFormat(SourceFormat format) {
        return format == SourceFormat.MARKDOWN ? new MarkdownHeaderReader() : new AsciidocHeaderReader();
    }

    /**
     * The reader for a file's text: Markdown whose first line is {@code ---} has YAML front matter,
     * anything else the header of its format.
     */
    static HeaderReader forText(SourceFormat format, String text) {
        return format == SourceFormat.MARKDOWN && YamlFrontMatterReader.startsWithFrontMatter(text)
                ? new YamlFrontMatterReader() : forFormat(format);
    }
}
