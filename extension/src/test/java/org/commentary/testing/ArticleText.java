package org.commentary.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.commentary.metadata.SourceFormat;

/**
 * Builds the text of one article in either format from the same fields, so a test can state a
 * case once and check it against Markdown and AsciiDoc. Fields keep their order; in AsciiDoc the
 * title is written as the {@code = Title} line.
 */
public final class ArticleText {

    private final Map<String, String> fields = new LinkedHashMap<>();
    private String body = "The first paragraph of the article.\n";

    private ArticleText() {
    }

    /** A complete, valid article using the vocabulary of {@link TestSiteData}. */
    public static ArticleText valid() {
        return new ArticleText()
                .with("title", "The Strait and the Ledger")
                .with("date", "2024-03-18")
                .with("author", "Mira Castellane; Tomasz Rydel")
                .with("region", "Asia, Russia and FSU; Europe")
                .with("theme", "Energy; Geopolitics")
                .with("source", "The Harbour Review")
                .with("source_url", "https://harbour-review.example/2024/03/strait-ledger")
                .with("copyright", "Mira Castellane and Tomasz Rydel, The Harbour Review, 2024")
                .with("status", "published");
    }

    /** Sets a field (keeping its place when it already exists). */
    public ArticleText with(String key, String value) {
        fields.put(key, value);
        return this;
    }

    public ArticleText without(String key) {
        fields.remove(key);
        return this;
    }

    public ArticleText body(String text) {
        this.body = text;
        return this;
    }

    public String text(SourceFormat format) {
        return String.join("\n", headerLines(format)) + "\n" + separator(format) + body;
    }

    /** The 1-based line on which {@code key} is written in {@code format}. */
    public int line(SourceFormat format, String key) {
        List<String> lines = headerLines(format);
        String start = format == SourceFormat.MARKDOWN ? key + "="
                : key.equals("title") ? "= " : ":jbake-" + key + ":";
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(start)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("no field " + key);
    }

    /**
     * The line at which missing fields are reported: the {@code ~~~~~~} line in Markdown, the last
     * header line in AsciiDoc.
     */
    public int headerEndLine(SourceFormat format) {
        int lines = headerLines(format).size();
        return format == SourceFormat.MARKDOWN ? lines + 1 : lines;
    }

    private List<String> headerLines(SourceFormat format) {
        List<String> lines = new ArrayList<>();
        if (format == SourceFormat.ASCIIDOC && fields.containsKey("title")) {
            lines.add("= " + fields.get("title"));
        }
        fields.forEach((key, value) -> {
            if (format == SourceFormat.MARKDOWN) {
                lines.add(key + "=" + value);
            } else if (!key.equals("title")) {
                lines.add(":jbake-" + key + ":" + (value.isEmpty() ? "" : " " + value));
            }
        });
        return lines;
    }

    private static String separator(SourceFormat format) {
        return format == SourceFormat.MARKDOWN ? "~~~~~~\n\n" : "\n";
    }
}
