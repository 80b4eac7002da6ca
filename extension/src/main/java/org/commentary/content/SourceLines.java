package org.commentary.content;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.commentary.files.TextFiles;
import org.commentary.metadata.HeaderBlock;
import org.commentary.metadata.HeaderField;
import org.commentary.metadata.HeaderReader;
import org.commentary.validation.Problem;
import org.commentary.validation.Problems;

/**
 * Finds lines in a content file's source, for problems that rules about the whole collection find
 * after the file was read: the line of a header field, or of a reference in the text. The file is
 * read again, which costs nothing for the few files that have such a problem.
 */
public final class SourceLines {

    private final String[] lines;
    private final Map<String, Integer> fields = new HashMap<>();
    private final int headerEnd;

    private SourceLines(String text, HeaderBlock header) {
        this.lines = text.split("\n", -1);
        if (header != null) {
            for (HeaderField field : header.fields()) {
                fields.putIfAbsent(field.key(), field.line());
            }
        }
        this.headerEnd = header == null ? 0 : header.headerEndLine();
    }

    /** The lines of {@code file}'s source; none (every lookup gives {@link Problem#NO_LINE}) if it cannot be read. */
    public static SourceLines of(ContentFile file) {
        try {
            String text = TextFiles.read(file.file());
            HeaderBlock header = HeaderReader.forText(file.format(), text).read(text, new Problems(file.file()))
                    .orElse(null);
            return new SourceLines(text, header);
        } catch (IOException e) {
            return new SourceLines("", null);
        }
    }

    /** The line of header field {@code key}, or {@link Problem#NO_LINE}. */
    public int field(String key) {
        return fields.getOrDefault(key, Problem.NO_LINE);
    }

    /**
     * The first line after the header that holds one of {@code needles}, trying them in order (the
     * most exact first): first where it stands on its own (not part of a longer path, so "x.png" is not
     * found in "old/x.png"), then anywhere. {@link Problem#NO_LINE} when none is found.
     */
    public int find(List<String> needles) {
        for (boolean alone : new boolean[] {true, false}) {
            for (String needle : needles) {
                int line = find(needle, alone);
                if (line != Problem.NO_LINE) {
                    return line;
                }
            }
        }
        return Problem.NO_LINE;
    }

    private int find(String needle, boolean alone) {
        if (needle.isEmpty()) {
            return Problem.NO_LINE;
        }
        for (int i = headerEnd; i < lines.length; i++) {
            for (int at = lines[i].indexOf(needle); at >= 0; at = lines[i].indexOf(needle, at + 1)) {
                if (!alone || !isPathChar(lines[i], at - 1) && !isPathChar(lines[i], at + needle.length())) {
                    return i + 1;
                }
            }
        }
        return Problem.NO_LINE;
    }

    private static boolean isPathChar(String line, int index) {
        if (index < 0 || index >= line.length()) {
            return false;
        }
        char c = line.charAt(index);
        return Character.isLetterOrDigit(c) || "-._~%/+".indexOf(c) >= 0;
    }
}
