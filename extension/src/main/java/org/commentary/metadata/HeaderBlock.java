package org.commentary.metadata;

import java.util.List;

/**
 * A content file split into its header fields and its body, before any field is interpreted.
 *
 * @param fields        header fields in file order
 * @param headerEndLine the line that closes the header, where missing fields are reported
 * @param body          the markup to convert (for AsciiDoc the whole document, header included)
 * @param bodyText      the text after the header only, to tell whether the article has a body
 */
public record HeaderBlock(SourceFormat format, List<HeaderField> fields, int headerEndLine, String body,
                          String bodyText) {
}
