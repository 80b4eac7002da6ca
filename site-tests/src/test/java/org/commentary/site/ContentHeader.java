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
import java.util.stream.Stream;

/**
 * The header of one content file, read the simple way the content guide describes it, without the
 * extension's code: so the tests' expectations come from the content, not from the code under test.
 *
 * <ul>
 * <li>Markdown: {@code key=value} lines until a {@code ~~~~~~} line;</li>
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
     * YAML front matter of the simple shape articles use: {@code key: value} scalars (optionally
     * quoted) and block lists ({@code - item}); list items are joined with "; " like multi-valued fields.
     */
    private static Map<String, String> frontMatter(String relative, List<String> lines) {
        Map<String, String> fields = new LinkedHashMap<>();
        String listKey = null;
        for (String line : lines.subList(1, lines.size())) {
            if (line.strip().equals("---")) {
                return fields;
            }
            if (line.isBlank() || line.strip().startsWith("#")) {
                continue;
            }
            if (line.startsWith(" ") && line.strip().startsWith("- ") && listKey != null) {
                String item = unquote(line.strip().substring(2).strip());
                fields.merge(listKey, nfc(item), (a, b) -> a.isEmpty() ? b : a + "; " + b);
                continue;
            }
            int colon = line.indexOf(':');
            if (colon < 0) {
                throw new IllegalStateException(relative + ": the tests' front-matter reader cannot read \"" + line + "\"");
            }
            listKey = line.substring(0, colon).strip();
            fields.put(listKey, nfc(unquote(line.substring(colon + 1).strip())));
        }
        throw new IllegalStateException(relative + ": no --- line closes the front matter");
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
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
