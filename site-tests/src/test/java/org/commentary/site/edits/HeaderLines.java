package org.commentary.site.edits;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Edits one field of a content file's header in place, the way an editor would in a text editor, in each of
 * the header styles the content guide allows: Markdown {@code key=value} lines, YAML front matter
 * ({@code key: value}, a list continuing on {@code - item} lines) and AsciiDoc ({@code = Title},
 * {@code :jbake-key: value}).
 */
public final class HeaderLines {

    private final Path file;
    private final List<String> lines;
    private final Style style;

    private enum Style { KEY_VALUE, FRONT_MATTER, ASCIIDOC }

    private HeaderLines(Path file) throws IOException {
        this.file = file;
        this.lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        String name = file.getFileName().toString();
        if (!name.endsWith(".md")) {
            style = Style.ASCIIDOC;
        } else if (!lines.isEmpty() && lines.get(0).strip().equals("---")) {
            style = Style.FRONT_MATTER;
        } else {
            style = Style.KEY_VALUE;
        }
    }

    /** The header of {@code file}, read to be edited. */
    public static HeaderLines of(Path file) throws IOException {
        return new HeaderLines(file);
    }

    /**
     * Replaces the value of {@code key} (all of it, a YAML list included) with {@code value}, and returns the
     * field's line number (1-based), the line the build reports a problem of that field on.
     */
    public int set(String key, String value) throws IOException {
        int index = lineOf(key);
        String line = switch (style) {
            case KEY_VALUE -> key + "=" + value;
            case FRONT_MATTER -> key + ": \"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
            case ASCIIDOC -> ":jbake-" + key + ": " + value;
        };
        lines.set(index, line);
        if (style == Style.FRONT_MATTER) {
            // A YAML list or folded value goes on in indented lines; they belonged to the old value.
            while (index + 1 < lines.size() && !lines.get(index + 1).isEmpty()
                    && Character.isWhitespace(lines.get(index + 1).charAt(0))) {
                lines.remove(index + 1);
            }
        }
        save();
        return index + 1;
    }

    /** Replaces the first whole-word {@code word} on the title's line with {@code replacement}. */
    public void replaceWordInTitle(String word, String replacement) throws IOException {
        int index = lineOf("title");
        String line = lines.get(index);
        // Only in the value: the key itself ("title", "jbake-title") may be the same word.
        int valueStart = line.startsWith("= ") ? 2 : line.indexOf(style == Style.KEY_VALUE ? '=' : ':',
                style == Style.ASCIIDOC ? 1 : 0) + 1;
        Matcher matcher = Pattern.compile("\\b" + Pattern.quote(word) + "\\b").matcher(line);
        if (!matcher.find(valueStart)) {
            throw new IllegalStateException(file + ": the title line \"" + line + "\" has no word " + word);
        }
        lines.set(index, line.substring(0, matcher.start()) + replacement + line.substring(matcher.end()));
        save();
    }

    /** The index of the header line holding {@code key}; an AsciiDoc title may be its {@code = Title} line. */
    private int lineOf(String key) {
        Pattern field = switch (style) {
            case KEY_VALUE -> Pattern.compile("^\\s*" + Pattern.quote(key) + "\\s*=.*");
            case FRONT_MATTER -> Pattern.compile("^" + Pattern.quote(key) + "\\s*:.*");
            case ASCIIDOC -> Pattern.compile("^:jbake-" + Pattern.quote(key) + ":.*");
        };
        for (int i = 0; i < headerEnd(); i++) {
            String line = lines.get(i);
            if (field.matcher(line).matches() || style == Style.ASCIIDOC && key.equals("title") && line.startsWith("= ")) {
                return i;
            }
        }
        throw new IllegalStateException(file + ": no header line for " + key);
    }

    /** The index of the first line after the header. */
    private int headerEnd() {
        boolean started = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            boolean end = switch (style) {
                case KEY_VALUE -> line.equals("~~~~~~");
                case FRONT_MATTER -> i > 0 && line.equals("---");
                case ASCIIDOC -> started && line.isEmpty(); // blank lines before the header do not end it
            };
            if (end) {
                return i;
            }
            started |= !line.isEmpty();
        }
        return lines.size();
    }

    private void save() throws IOException {
        Files.write(file, lines, StandardCharsets.UTF_8);
    }
}
