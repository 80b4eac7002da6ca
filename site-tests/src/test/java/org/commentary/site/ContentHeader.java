package org.commentary.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The header of one content file, read the simple way the content guide describes it, without the
 * extension's code: so the tests' expectations come from the content, not from the code under test.
 *
 * <ul>
 * <li>Markdown: {@code key=value} lines until a {@code ~~~~~~} line, or YAML front matter between two
 * {@code ---} lines;</li>
 * <li>AsciiDoc: an optional {@code = Title} line, then {@code :jbake-key: value} lines until the first blank
 * line.</li>
 * </ul>
 *
 * @param path    the path below the content folder, with '/' separators
 * @param fields  header fields by key, in file order
 */
public record ContentHeader(Path file, String path, Map<String, String> fields) {

    private static final Pattern ASCIIDOC_ATTRIBUTE = Pattern.compile("^:jbake-([A-Za-z0-9_-]+):\\s*(.*)$");
    private static final Pattern ASCIIDOC_TITLE = Pattern.compile("^=\\s+(.+)$");

    /** Every Markdown and AsciiDoc file under {@code contentRoot}, sorted by path. */
    public static List<ContentHeader> readAll(Path contentRoot) {
        try (Stream<Path> walk = Files.walk(contentRoot)) {
            return walk.filter(Files::isRegularFile)
                    .filter(path -> isContent(path.getFileName().toString()))
                    .map(path -> read(contentRoot, path))
                    .sorted(java.util.Comparator.comparing(ContentHeader::path))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean isContent(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".md") || lower.endsWith(".adoc") || lower.endsWith(".asciidoc") || lower.endsWith(".ad");
    }

    public static ContentHeader read(Path contentRoot, Path file) {
        String relative = contentRoot.relativize(file).toString().replace('\\', '/');
        List<String> lines;
        try {
            lines = Arrays.asList(Files.readString(file, StandardCharsets.UTF_8).replace("\uFEFF", "").split("\\R", -1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> fields = relative.endsWith(".md") ? markdown(relative, lines) : asciidoc(lines);
        return new ContentHeader(file, relative, Collections.unmodifiableMap(fields));
    }

    private static Map<String, String> markdown(String relative, List<String> lines) {
        if (!lines.isEmpty() && lines.get(0).strip().equals("---")) {
            return frontMatter(relative, lines);
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (String line : lines) {
            if (line.strip().equals("~~~~~~")) {
                return fields;
            }
            if (line.isBlank()) {
                continue;
            }
            int equals = line.indexOf('=');
            if (equals < 0) {
                throw new IllegalStateException(relative + ": the tests' header reader cannot read \"" + line + "\"");
            }
            fields.put(line.substring(0, equals).strip(), nfc(line.substring(equals + 1).strip()));
        }
        throw new IllegalStateException(relative + ": no ~~~~~~ line closes the header");
    }

    /**
     * YAML front matter, read with a plain YAML parser (any valid YAML the content guide allows: quoted
     * values, {@code - item} and {@code [a, b]} lists, folded text); list items are joined with "; " like
     * multi-valued fields.
     */
    private static Map<String, String> frontMatter(String relative, List<String> lines) {
        int close = 1;
        while (close < lines.size() && !lines.get(close).strip().equals("---")) {
            close++;
        }
        if (close == lines.size()) {
            throw new IllegalStateException(relative + ": no --- line closes the front matter");
        }
        Object loaded = new Load(LoadSettings.builder().build()).loadFromString(String.join("\n", lines.subList(1, close)));
        Map<String, String> fields = new LinkedHashMap<>();
        if (loaded == null) {
            return fields;
        }
        if (!(loaded instanceof Map<?, ?> entries)) {
            throw new IllegalStateException(relative + ": the front matter is not a list of key: value lines");
        }
        entries.forEach((key, value) -> fields.put(String.valueOf(key).strip(), nfc(yamlText(value))));
        return fields;
    }

    private static String yamlText(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof List<?> items) {
            return items.stream().map(ContentHeader::yamlText).filter(item -> !item.isEmpty())
                    .collect(Collectors.joining("; "));
        }
        return String.valueOf(value).strip();
    }

    private static Map<String, String> asciidoc(List<String> lines) {
        Map<String, String> fields = new LinkedHashMap<>();
        int i = 0;
        while (i < lines.size() && (lines.get(i).isBlank() || lines.get(i).startsWith("//"))) {
            i++;
        }
        if (i < lines.size()) {
            Matcher title = ASCIIDOC_TITLE.matcher(lines.get(i));
            if (title.matches()) {
                fields.put("title", nfc(title.group(1).strip()));
                i++;
            }
        }
        for (; i < lines.size() && !lines.get(i).isBlank(); i++) {
            Matcher attribute = ASCIIDOC_ATTRIBUTE.matcher(lines.get(i));
            if (attribute.matches()) {
                fields.put(attribute.group(1).toLowerCase(Locale.ROOT), nfc(attribute.group(2).strip()));
            }
        }
        return fields;
    }

    /** The field's value, or "" when the header does not have it. */
    public String get(String key) {
        return fields.getOrDefault(key, "");
    }

    public boolean has(String key) {
        return !get(key).isEmpty();
    }

    /** A multi-valued field: values separated by ';'. */
    public List<String> list(String key) {
        return Arrays.stream(get(key).split(";")).map(String::strip).filter(value -> !value.isEmpty()).toList();
    }

    public LocalDate date() {
        return LocalDate.parse(get("date"));
    }

    public boolean isPage() {
        return get("type").equals("page");
    }

    public boolean isArticle() {
        return !isPage();
    }

    public boolean isPublished() {
        return get("status").equalsIgnoreCase("published");
    }

    public boolean isDraft() {
        return get("status").equalsIgnoreCase("draft");
    }

    public String title() {
        return get("title");
    }

    /** Where the content guide says the file is published: its path with the extension replaced by .html. */
    public String outputPath() {
        int dot = path.lastIndexOf('.');
        return path.substring(0, dot) + ".html";
    }

    @Override
    public String toString() {
        return path;
    }

    // The build compares names in Unicode NFC (composed) form, so "Zoë" has one spelling whatever its source.
    private static String nfc(String value) {
        return java.text.Normalizer.normalize(value, java.text.Normalizer.Form.NFC);
    }
}
