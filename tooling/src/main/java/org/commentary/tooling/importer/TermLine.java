package org.commentary.tooling.importer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commentary.vocabulary.TermList;

/**
 * A "Region:" or "Theme:" line: comma-separated Markdown links, whose texts may themselves hold
 * commas ({@code [Asia, Russia and FSU](link), [Europe](link)}). Without links, commas are
 * ambiguous; neighbouring parts are joined again when together they name a term of the vocabulary.
 */
record TermLine(Kind kind, int line, List<String> names) {

    /** Which vocabulary the line names terms of. */
    enum Kind {
        REGION("region"), THEME("theme");

        private final String field;

        Kind(String field) {
            this.field = field;
        }

        String field() {
            return field;
        }
    }

    private static final Pattern LABEL = Pattern.compile("^[*_\\s]*(regions?|themes?)[*_\\s]*:[*_\\s]*(.*)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SEPARATORS = Pattern.compile("[\\s,;]*");

    /** The line read as a term line; empty when it is not one. */
    static Optional<TermLine> parse(int lineNumber, String line, TermList regions, TermList themes) {
        Matcher label = LABEL.matcher(line.strip());
        if (!label.matches()) {
            return Optional.empty();
        }
        Kind kind = label.group(1).toLowerCase().startsWith("region") ? Kind.REGION : Kind.THEME;
        TermList vocabulary = kind == Kind.REGION ? regions : themes;
        String rest = label.group(2);
        List<String> names = new ArrayList<>();
        int at = 0;
        for (MarkdownText.Link link : MarkdownText.links(rest)) {
            names.addAll(plainNames(rest.substring(at, link.start()), vocabulary));
            if (!link.text().isEmpty()) {
                names.add(link.text());
            }
            at = link.end();
        }
        names.addAll(plainNames(rest.substring(at), vocabulary));
        return Optional.of(new TermLine(kind, lineNumber, names));
    }

    private static List<String> plainNames(String text, TermList vocabulary) {
        if (SEPARATORS.matcher(text).matches()) {
            return List.of();
        }
        List<String> parts = Arrays.stream(MarkdownText.plain(text).split("\\s*[,;]\\s*"))
                .map(String::strip).filter(part -> !part.isEmpty()).toList();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            int end = i;
            // The longest run of parts that together name a term: "Asia, Russia and FSU".
            for (int j = parts.size() - 1; j > i; j--) {
                if (vocabulary.find(String.join(", ", parts.subList(i, j + 1))).isPresent()) {
                    end = j;
                    break;
                }
            }
            names.add(String.join(", ", parts.subList(i, end + 1)));
            i = end;
        }
        return names;
    }
}
