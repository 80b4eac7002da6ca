package org.commentary.tooling.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.parser.Parser;

/** The Markdown found in pages saved from the web: inline links, and their text as plain text. */
final class MarkdownText {

    /** A link as written: {@code [text](target)} at {@code start..end} of its line. */
    record Link(String text, String target, int start, int end) {

        /** Links to "#" lead nowhere: web pages use them for buttons and menus. */
        boolean isDead() {
            return target.isBlank() || target.strip().equals("#");
        }
    }

    // [text](target "title"): text may hold one level of brackets, targets one level of parentheses.
    static final Pattern LINK = Pattern.compile(
            "(!?)\\[((?:[^\\[\\]]|\\[[^\\[\\]]*\\])*)\\]\\(\\s*<?((?:[^()\\s<>]|\\([^()\\s]*\\))*)>?"
                    + "(?:\\s+(?:\"[^\"]*\"|'[^']*'))?\\s*\\)");
    private static final Pattern DEAD_LINK = Pattern.compile(
            "(!?)\\[((?:[^\\[\\]]|\\[[^\\[\\]]*\\])*)\\]\\(\\s*#?\\s*\\)");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([!-/:-@\\[-`{-~])");
    private static final Pattern STARS = Pattern.compile("(\\*{1,3})(\\S(?:.*?\\S)?)\\1");
    private static final Pattern UNDERSCORES = Pattern.compile("(?<!\\w)(_{1,3})(\\S(?:.*?\\S)?)\\1(?!\\w)");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private MarkdownText() {
    }

    /** The links of a line, images left out. */
    static List<Link> links(String line) {
        List<Link> links = new ArrayList<>();
        Matcher matcher = LINK.matcher(line);
        while (matcher.find()) {
            if (matcher.group(1).isEmpty()) {
                links.add(new Link(plain(matcher.group(2)), matcher.group(3), matcher.start(), matcher.end()));
            }
        }
        return links;
    }

    /**
     * What a reader sees: links as their text, images dropped, emphasis markers, backslash escapes
     * and HTML entities resolved, white space collapsed.
     */
    static String plain(String markdown) {
        Matcher matcher = LINK.matcher(markdown);
        StringBuilder text = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(text, Matcher.quoteReplacement(matcher.group(1).isEmpty()
                    ? matcher.group(2) : ""));
        }
        matcher.appendTail(text);
        String result = STARS.matcher(text.toString()).replaceAll("$2");
        result = UNDERSCORES.matcher(result).replaceAll("$2");
        result = ESCAPE.matcher(result).replaceAll("$1");
        result = Parser.unescapeEntities(result, false);
        return SPACES.matcher(result).replaceAll(" ").strip();
    }

    private static final Pattern SAFE_TARGET = Pattern.compile("^(?:https?:|mailto:|#|[^:]*$)",
            Pattern.CASE_INSENSITIVE);

    /**
     * Links and images whose address is neither a web or e-mail address nor relative
     * ({@code javascript:}, {@code data:}, {@code vbscript:}...) become their text (images are dropped);
     * each is added to {@code notes}.
     */
    static String withoutUnsafeLinks(String markdown, List<String> notes) {
        Matcher matcher = LINK.matcher(markdown);
        StringBuilder text = new StringBuilder();
        while (matcher.find()) {
            String target = matcher.group(3).replaceAll("[\\x00-\\x20]", "");
            String replacement = matcher.group();
            if (!SAFE_TARGET.matcher(target).find()) {
                String scheme = target.substring(0, target.indexOf(':') + 1);
                notes.add("Kept only the text of a " + scheme + " link (\"" + plain(matcher.group(2)) + "\"): only web"
                        + " and e-mail addresses are links in an article");
                replacement = matcher.group(1).isEmpty() ? matcher.group(2) : "";
            }
            matcher.appendReplacement(text, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(text);
        return text.toString();
    }

    /** {@code [text](#)} becomes {@code text}; an image pointing at "#" is dropped. */
    static String withoutDeadLinks(String markdown) {
        Matcher matcher = DEAD_LINK.matcher(markdown);
        StringBuilder text = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(text, Matcher.quoteReplacement(matcher.group(1).isEmpty()
                    ? matcher.group(2) : ""));
        }
        matcher.appendTail(text);
        return text.toString();
    }
}
