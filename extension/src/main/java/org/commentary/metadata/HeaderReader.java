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
}
