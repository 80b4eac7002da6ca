package org.commentary.metadata;

import java.util.List;

/**
 * A content file split into its header fields and its body, before any field is interpreted.
 *
 * @param fields        header fields in file order
 * @param headerEndLine the line that closes the header, where missing fields are reported
 * @param body          the markup to convert (for AsciiDoc the whole document, header included)
 * @param bodyText      the text after the header only, to tell whether the article has a body
 * @param syntax        how this header spells a field, for messages that show the fix
 */
public record HeaderBlock(SourceFormat format, List<HeaderField> fields, int headerEndLine, String body,
                          String bodyText, FieldSyntax syntax) {

    /** How a header writes {@code key} with value {@code example}. */
    @FunctionalInterface
    public interface FieldSyntax {
        String write(String key, String example);
    }

    /** A block whose header uses its format's own syntax ({@link SourceFormat#fieldSyntax}). */
    public HeaderBlock(SourceFormat format, List<HeaderField> fields, int headerEndLine, String body,
                       String bodyText) {
        this(format, fields, headerEndLine, body, bodyText, format::fieldSyntax);
    }

    /** How this header writes {@code key} with value {@code example}. */
    public String fieldSyntax(String key, String example) {
        return syntax.write(key, example);
    }
}
