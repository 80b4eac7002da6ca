package org.commentary.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commentary.validation.Problems;

/**
 * Reads an AsciiDoc header ourselves (the {@code = Title} line and {@code :jbake-key: value}
 * attributes up to the first blank line) so that errors carry line numbers and values arrive
 * exactly as written: Asciidoctor would lower-case names and HTML-escape values.
 */
public final class AsciidocHeaderReader implements HeaderReader {

    static final String PREFIX = "jbake-";
    private static final Pattern ATTRIBUTE = Pattern.compile(":(!?)([A-Za-z0-9_][A-Za-z0-9_-]*)(!?):(?:\\s+(.*))?");
    private static final Pattern TITLE = Pattern.compile("=\\s+(.+)");

    @Override
    public Optional<HeaderBlock> read(String text, Problems problems) {
        String[] lines = text.split("\n", -1);
        List<HeaderField> fields = new ArrayList<>();
        int i = 0;
        while (i < lines.length && (lines[i].isBlank() || isComment(lines[i]))) {
            i++;
        }
        if (i < lines.length) {
            Matcher title = TITLE.matcher(lines[i]);
            if (title.matches()) {
                fields.add(new HeaderField("title", title.group(1).strip(), i + 1));
                i++;
            }
        }
        for (; i < lines.length && !lines[i].isBlank(); i++) {
            String line = lines[i];
            if (isComment(line)) {
                continue;
            }
            Matcher attribute = ATTRIBUTE.matcher(line);
            if (!attribute.matches()) {
                problems.add(i + 1, "header", "\"" + MarkdownHeaderReader.abbreviate(line) + "\" is not an attribute"
                        + " line; write metadata as \":jbake-author: Name\" lines and leave a blank line before"
                        + " the article text");
                continue;
            }
            int start = i;
            StringBuilder value = new StringBuilder(attribute.group(4) == null ? "" : attribute.group(4).strip());
            // A trailing " \" continues the value on the next line, as in Asciidoctor.
            while (value.toString().endsWith(" \\") && i + 1 < lines.length && !lines[i + 1].isBlank()) {
                value.setLength(value.length() - 2);
                value.append(' ').append(lines[++i].strip());
            }
            if (value.toString().endsWith(" \\")) {
                value.setLength(value.length() - 2);
            }
            String name = attribute.group(2).toLowerCase(Locale.ROOT);
            if (name.startsWith(PREFIX)) {
                fields.add(new HeaderField(name.substring(PREFIX.length()), value.toString().strip(), start + 1));
            }
        }
        int headerEnd = i;
        StringBuilder after = new StringBuilder();
        for (int j = headerEnd; j < lines.length; j++) {
            after.append(lines[j]).append('\n');
        }
        if (fields.isEmpty()) {
            problems.add(1, "header", "no metadata header; start the file with \"= Title\" and"
                    + " \":jbake-date: YYYY-MM-DD\"-style attribute lines, then a blank line, then the text");
            return Optional.empty();
        }
        return Optional.of(new HeaderBlock(SourceFormat.ASCIIDOC, fields, Math.max(headerEnd, 1), text,
                after.toString()));
    }

    private static boolean isComment(String line) {
        return line.startsWith("//") && !line.startsWith("////");
    }
}
