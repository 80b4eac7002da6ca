package org.commentary.tooling.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A "By ..." line: {@code By [Mira Castellane](link)}, {@code By [A](l) and [B](l)},
 * {@code By [A](l), [B](l) and [C](l)}, or the same without links. A name inside one link keeps
 * its commas and "and"s; outside links, names are separated by commas, "and" and "&amp;".
 */
final class Byline {

    private static final Pattern BY = Pattern.compile("^[*_\\s]*by[*_]*\\s*:?[*_]*\\s+(.+)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SEPARATOR = Pattern.compile("\\s*(?:,\\s*and\\s+|,|\\s+and\\s+|&)\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final int MAX_NAME_WORDS = 6;
    private static final Pattern TRAILING_MARKS = Pattern.compile("[*_\\s]+$");

    private Byline() {
    }

    /** The authors named by {@code line}, or empty when it is not a byline. */
    static Optional<List<String>> authors(String line) {
        Matcher by = BY.matcher(line.strip());
        if (!by.matches()) {
            return Optional.empty();
        }
        String rest = TRAILING_MARKS.matcher(by.group(1)).replaceAll("");
        // Each link becomes a placeholder so that separators inside its text are kept.
        List<MarkdownText.Link> links = MarkdownText.links(rest);
        StringBuilder masked = new StringBuilder();
        int at = 0;
        for (int i = 0; i < links.size(); i++) {
            MarkdownText.Link link = links.get(i);
            masked.append(rest, at, link.start()).append('\u0000').append(i).append('\u0000');
            at = link.end();
        }
        masked.append(rest.substring(at));
        List<String> authors = new ArrayList<>();
        for (String part : SEPARATOR.split(masked)) {
            Matcher placeholder = Pattern.compile("\u0000(\\d+)\u0000").matcher(part);
            StringBuilder name = new StringBuilder();
            while (placeholder.find()) {
                placeholder.appendReplacement(name, Matcher.quoteReplacement(
                        links.get(Integer.parseInt(placeholder.group(1))).text()));
            }
            placeholder.appendTail(name);
            String plain = MarkdownText.plain(name.toString());
            if (!plain.isEmpty()) {
                authors.add(plain);
            }
        }
        // "By the time the ships arrived, ..." opens a paragraph; it names nobody.
        boolean names = !authors.isEmpty() && authors.stream().allMatch(Byline::looksLikeName);
        return names ? Optional.of(authors) : Optional.empty();
    }

    private static boolean looksLikeName(String name) {
        return name.split("\\s+").length <= MAX_NAME_WORDS && !Character.isLowerCase(name.codePointAt(0));
    }
}
