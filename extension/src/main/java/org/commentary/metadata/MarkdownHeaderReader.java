package org.commentary.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commentary.validation.Problems;

/** Reads JBake's Markdown header: {@code key=value} lines closed by a {@code ~~~~~~} line. */
public final class MarkdownHeaderReader implements HeaderReader {

    /** The line that ends the header (JBake's default {@code header.separator}). */
    public static final String SEPARATOR = "~~~~~~";

    private static final Pattern FIELD = Pattern.compile("([^=]*)=(.*)");

    @Override
    public Optional<HeaderBlock> read(String text, Problems problems) {
        String[] lines = text.split("\n", -1);
        int separator = -1;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].strip().equals(SEPARATOR)) {
                separator = i;
                break;
            }
        }
        if (separator < 0) {
            problems.add(1, "header", "no \"" + SEPARATOR + "\" line ends the metadata header; start the file"
                    + " with key=value lines (title=..., date=..., ...), then a line \"" + SEPARATOR
                    + "\", then the article text");
            return Optional.empty();
        }
        List<HeaderField> fields = new ArrayList<>();
        for (int i = 0; i < separator; i++) {
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            Matcher matcher = FIELD.matcher(line);
            if (!matcher.matches()) {
                problems.add(i + 1, "header", "\"" + abbreviate(line) + "\" is not a key=value line; every line"
                        + " above \"" + SEPARATOR + "\" must look like \"source=The Harbour Review\"");
                continue;
            }
            fields.add(new HeaderField(matcher.group(1).strip(), matcher.group(2).strip(), i + 1));
        }
        StringBuilder body = new StringBuilder();
        for (int i = separator + 1; i < lines.length; i++) {
            body.append(lines[i]).append('\n');
        }
        return Optional.of(new HeaderBlock(SourceFormat.MARKDOWN, fields, separator + 1, body.toString(),
                body.toString()));
    }

    static String abbreviate(String line) {
        String stripped = line.strip();
        return stripped.length() > 60 ? stripped.substring(0, 57) + "..." : stripped;
    }
}
