package org.commentary.tooling;

import java.util.List;

import org.commentary.metadata.Field;
import org.commentary.metadata.MarkdownHeaderReader;
import org.commentary.metadata.YamlFrontMatterReader;

/**
 * The three ways a content file can carry its header, and how each is written. Required fields are
 * always written, empty when still unknown, so a maintainer sees where a value goes and the check
 * reports each one; optional fields only when they have a value.
 */
public enum HeaderStyle {
    /** Markdown with YAML front matter between {@code ---} lines (shown as a table on GitHub). */
    YAML("md"),
    /** Markdown with JBake's {@code key=value} lines closed by {@code ~~~~~~}. */
    JBAKE("md"),
    /** AsciiDoc with {@code = Title} and {@code :jbake-key: value} attributes. */
    ASCIIDOC("adoc");

    /** The order fields are written in: what the article is, where it comes from, its state. */
    private static final List<Field> ORDER = List.of(Field.TITLE, Field.DATE, Field.AUTHOR, Field.TRANSLATOR,
            Field.REGION, Field.THEME, Field.SOURCE, Field.SOURCE_URL, Field.SOURCE_DATE, Field.SOURCE_TITLE,
            Field.COPYRIGHT, Field.LICENSE, Field.CHANGES, Field.SUMMARY, Field.STATUS);

    private final String extension;

    HeaderStyle(String extension) {
        this.extension = extension;
    }

    /** The file extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** The whole file: header, then the body (if any). */
    public String write(ArticleDraft draft) {
        StringBuilder text = new StringBuilder();
        if (this == YAML) {
            text.append(YamlFrontMatterReader.DELIMITER).append('\n');
        }
        for (Field field : ORDER) {
            List<String> values = draft.values(field);
            if (!field.required() && values.isEmpty()) {
                continue;
            }
            switch (this) {
                case YAML -> yaml(text, field, values);
                case JBAKE -> text.append(field.key()).append('=').append(String.join("; ", values)).append('\n');
                case ASCIIDOC -> asciidoc(text, field, values);
            }
        }
        switch (this) {
            case YAML -> text.append(YamlFrontMatterReader.DELIMITER).append('\n');
            case JBAKE -> text.append(MarkdownHeaderReader.SEPARATOR).append('\n');
            case ASCIIDOC -> { }
        }
        text.append('\n');
        String body = draft.body().strip();
        if (!body.isEmpty()) {
            text.append(body).append('\n');
        }
        return text.toString();
    }

    private static void yaml(StringBuilder text, Field field, List<String> values) {
        text.append(field.key()).append(':');
        if (values.isEmpty()) {
            text.append('\n');
        } else if (field.multiValued()) {
            text.append('\n');
            values.forEach(value -> text.append("  - ").append(YamlScalars.format(value)).append('\n'));
        } else {
            text.append(' ').append(YamlScalars.format(values.get(0))).append('\n');
        }
    }

    private static void asciidoc(StringBuilder text, Field field, List<String> values) {
        String value = String.join("; ", values);
        if (field == Field.TITLE && !value.isEmpty()) {
            text.append("= ").append(value).append('\n');
        } else {
            text.append(":jbake-").append(field.key()).append(':').append(value.isEmpty() ? "" : " " + value)
                    .append('\n');
        }
    }
}
