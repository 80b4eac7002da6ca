package org.commentary.tooling.edit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.commentary.metadata.Field;
import org.commentary.metadata.HeaderBlock;
import org.commentary.metadata.HeaderField;
import org.commentary.metadata.HeaderReader;
import org.commentary.metadata.MarkdownHeaderReader;
import org.commentary.metadata.SourceFormat;
import org.commentary.metadata.YamlFrontMatterReader;
import org.commentary.tooling.HeaderStyle;
import org.commentary.tooling.YamlScalars;
import org.commentary.validation.Problems;

/**
 * Sets header fields in a content file's text, in the syntax the file already uses, and leaves
 * every other line as the contributor wrote it. A field that is there is changed in place; a new
 * one goes at the end of the header.
 */
public final class HeaderEditor {

    private final HeaderStyle style;
    private final SourceFormat format;
    private final List<String> lines;
    private int headerEnd;
    private final int headerStart;

    private HeaderEditor(HeaderStyle style, List<String> lines) {
        this.style = style;
        this.format = style == HeaderStyle.ASCIIDOC ? SourceFormat.ASCIIDOC : SourceFormat.MARKDOWN;
        this.lines = lines;
        this.headerStart = style == HeaderStyle.YAML ? 1 : 0;
        this.headerEnd = findHeaderEnd();
    }

    /**
     * An editor for {@code text}, a file of {@code format}; empty when its header cannot be found
     * (the check then says what is wrong with it).
     */
    public static Optional<HeaderEditor> of(SourceFormat format, String text) {
        HeaderStyle style = format == SourceFormat.ASCIIDOC ? HeaderStyle.ASCIIDOC
                : YamlFrontMatterReader.startsWithFrontMatter(text) ? HeaderStyle.YAML : HeaderStyle.JBAKE;
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        HeaderEditor editor = new HeaderEditor(style, lines);
        return editor.headerEnd < 0 ? Optional.empty() : Optional.of(editor);
    }

    /** The header's values of {@code key}, as the build reads them (lists split at ';'). */
    public List<String> values(String key) {
        String text = text();
        Problems ignored = new Problems(Path.of("edited"));
        Optional<HeaderBlock> block = HeaderReader.forText(format, text).read(text, ignored);
        List<String> values = new ArrayList<>();
        block.ifPresent(b -> {
            for (HeaderField field : b.fields()) {
                if (field.key().equals(key)) {
                    for (String part : field.value().split(";")) {
                        if (!part.isBlank()) {
                            values.add(part.strip());
                        }
                    }
                }
            }
        });
        return values;
    }

    /** Sets {@code key} to {@code values} (a list for multi-valued fields); none removes the field. */
    public HeaderEditor set(String key, List<String> values) {
        int[] found = find(key);
        List<String> written = write(key, values);
        if (found == null) {
            lines.addAll(headerEnd, written);
            headerEnd += written.size();
        } else {
            for (int i = found[1] - 1; i >= found[0]; i--) {
                lines.remove(i);
            }
            lines.addAll(found[0], written);
            headerEnd += written.size() - (found[1] - found[0]);
        }
        return this;
    }

    /** Sets a single-valued field. */
    public HeaderEditor set(String key, String value) {
        return set(key, List.of(value));
    }

    /** Removes the text after the header, keeping the header. */
    public HeaderEditor removeBody() {
        int bodyStart = style == HeaderStyle.ASCIIDOC ? headerEnd : headerEnd + 1;
        while (lines.size() > bodyStart) {
            lines.remove(lines.size() - 1);
        }
        lines.add("");
        return this;
    }

    /** The edited file. */
    public String text() {
        return String.join("\n", lines);
    }

    // The index of the line that ends the header: "~~~~~~", the closing "---", or AsciiDoc's first blank line.
    private int findHeaderEnd() {
        for (int i = headerStart; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            boolean end = switch (style) {
                case JBAKE -> line.equals(MarkdownHeaderReader.SEPARATOR);
                case YAML -> line.equals(YamlFrontMatterReader.DELIMITER);
                case ASCIIDOC -> line.isEmpty();
            };
            if (end) {
                return i;
            }
        }
        return style == HeaderStyle.ASCIIDOC ? lines.size() : -1;
    }

    // [first, end) of the lines that give key, or null. A YAML field runs on over its indented lines.
    private int[] find(String key) {
        for (int i = headerStart; i < headerEnd; i++) {
            String line = lines.get(i);
            if (!startsField(line, key)) {
                continue;
            }
            int end = i + 1;
            if (style == HeaderStyle.YAML) {
                while (end < headerEnd && (lines.get(end).startsWith(" ") || lines.get(end).startsWith("\t")
                        || lines.get(end).startsWith("-"))) {
                    end++;
                }
            }
            return new int[] {i, end};
        }
        return null;
    }

    private boolean startsField(String line, String key) {
        return switch (style) {
            case JBAKE -> line.strip().startsWith(key + "=") || line.strip().startsWith(key + " =");
            case YAML -> line.startsWith(key + ":");
            case ASCIIDOC -> line.startsWith(":jbake-" + key + ":");
        };
    }

    private List<String> write(String key, List<String> values) {
        if (values.isEmpty()) {
            return List.of();
        }
        return switch (style) {
            case JBAKE -> List.of(key + "=" + String.join("; ", values));
            case ASCIIDOC -> List.of(":jbake-" + key + ": " + String.join("; ", values));
            case YAML -> {
                boolean list = Field.forKey(key).map(Field::multiValued).orElse(false);
                if (!list) {
                    yield List.of(key + ": " + YamlScalars.format(values.get(0)));
                }
                List<String> block = new ArrayList<>();
                block.add(key + ":");
                values.forEach(value -> block.add("  - " + YamlScalars.format(value)));
                yield block;
            }
        };
    }
}
