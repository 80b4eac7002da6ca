package org.commentary.tooling.importer.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Writes an article's HTML as Markdown blocks: paragraphs, headings, emphasis, links, lists,
 * quotes, images with their alt text and captions, rules, code and simple tables. Only text and the
 * addresses {@link PageLinks} accepts get through: no tag, attribute or script of the page survives.
 */
final class MarkdownWriter {

    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "footer",
            "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "figure", "figcaption", "hr", "pre",
            "table", "dl", "dt", "dd", "address", "center", "details", "summary", "body", "aside", "nav");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]+");
    private static final Pattern ENTITY = Pattern.compile("&(?=[A-Za-z][A-Za-z0-9]*;|#[0-9]+;|#[xX][0-9A-Fa-f]+;)");
    private static final Pattern LINE_START = Pattern.compile("^(\\s*)([#>+\\-=])(?=\\s|$)");
    private static final Pattern NUMBER_START = Pattern.compile("^(\\s*)(\\d+)([.)])(?=\\s|$)");

    private final PageLinks links;

    MarkdownWriter(PageLinks links) {
        this.links = links;
    }

    /** The blocks of {@code root}'s content, in order, each one Markdown paragraph, heading, list... */
    List<String> blocks(Element root) {
        List<String> blocks = new ArrayList<>();
        writeChildren(root, blocks);
        return blocks;
    }

    private void writeChildren(Element parent, List<String> blocks) {
        StringBuilder inline = new StringBuilder();
        for (Node child : parent.childNodes()) {
            if (child instanceof Element element && isBlock(element)) {
                flush(inline, blocks);
                writeBlock(element, blocks);
            } else {
                inline(child, inline);
            }
        }
        flush(inline, blocks);
    }

    private void writeBlock(Element element, List<String> blocks) {
        String tag = element.normalName();
        switch (tag) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                // The title is the page's one h1: headings inside the text start at level 2.
                int level = Math.max(2, tag.charAt(1) - '0');
                String text = inlineText(element);
                if (!text.isEmpty()) {
                    blocks.add("#".repeat(level) + " " + text);
                }
            }
            case "ul", "ol" -> {
                String list = list(element, 0);
                if (!list.isBlank()) {
                    blocks.add(list);
                }
            }
            case "blockquote" -> {
                List<String> inner = blocks(element);
                if (!inner.isEmpty()) {
                    blocks.add(quote(String.join("\n\n", inner)));
                }
            }
            case "figure" -> figure(element, blocks);
            case "hr" -> blocks.add("* * *");
            case "pre" -> {
                String code = element.wholeText().stripTrailing();
                if (!code.isBlank()) {
                    String fence = code.contains("```") ? "~~~~" : "```";
                    blocks.add(fence + "\n" + code + "\n" + fence);
                }
            }
            case "table" -> table(element, blocks);
            default -> writeChildren(element, blocks);
        }
    }

    private void figure(Element figure, List<String> blocks) {
        StringBuilder images = new StringBuilder();
        for (Element image : figure.select("img, amp-img")) {
            String markdown = image(image);
            if (!markdown.isEmpty()) {
                images.append(images.isEmpty() ? "" : "\n").append(markdown);
            }
        }
        Element caption = figure.selectFirst("figcaption");
        String text = caption == null ? "" : inlineText(caption);
        if (!images.isEmpty()) {
            blocks.add(images + (text.isEmpty() ? "" : "\n*" + text + "*"));
        } else if (!text.isEmpty()) {
            blocks.add("*" + text + "*");
        }
        for (Element other : figure.children()) {
            if (!other.normalName().equals("figcaption") && other.select("img, amp-img").isEmpty()) {
                writeBlock(other, blocks);
            }
        }
    }

    private String list(Element list, int depth) {
        StringBuilder text = new StringBuilder();
        boolean ordered = list.normalName().equals("ol");
        int number = 1;
        String indent = "    ".repeat(depth);
        for (Element item : list.children()) {
            if (!item.normalName().equals("li")) {
                continue;
            }
            StringBuilder own = new StringBuilder();
            List<String> nested = new ArrayList<>();
            for (Node child : item.childNodes()) {
                if (child instanceof Element element && (element.normalName().equals("ul")
                        || element.normalName().equals("ol"))) {
                    nested.add(list(element, depth + 1));
                } else if (child instanceof Element element && isBlock(element)) {
                    String inner = String.join(" ", blocks(element));
                    own.append(own.isEmpty() ? "" : " ").append(inner);
                } else {
                    inline(child, own);
                }
            }
            String line = clean(own.toString());
            if (line.isEmpty() && nested.isEmpty()) {
                continue;
            }
            text.append(text.isEmpty() ? "" : "\n").append(indent).append(ordered ? number++ + ". " : "- ")
                    .append(line);
            nested.stream().filter(n -> !n.isBlank()).forEach(n -> text.append('\n').append(n));
        }
        return text.toString();
    }

    private void table(Element table, List<String> blocks) {
        List<List<String>> rows = new ArrayList<>();
        for (Element row : table.select("tr")) {
            List<String> cells = row.select("th, td").stream()
                    .map(cell -> inlineText(cell).replace("|", "\\|")).toList();
            if (!cells.isEmpty()) {
                rows.add(cells);
            }
        }
        if (rows.isEmpty()) {
            return;
        }
        int width = rows.stream().mapToInt(List::size).max().orElse(1);
        StringBuilder text = new StringBuilder();
        for (int r = 0; r < rows.size(); r++) {
            List<String> cells = new ArrayList<>(rows.get(r));
            while (cells.size() < width) {
                cells.add("");
            }
            text.append(r == 0 ? "" : "\n").append("| ").append(String.join(" | ", cells)).append(" |");
            if (r == 0) {
                text.append("\n|").append(" --- |".repeat(width));
            }
        }
        blocks.add(text.toString());
    }

    private static String quote(String text) {
        StringBuilder quoted = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            quoted.append(quoted.isEmpty() ? "" : "\n").append(line.isEmpty() ? ">" : "> " + line);
        }
        return quoted.toString();
    }

    /** The element's content as one line of inline Markdown. */
    String inlineText(Element element) {
        StringBuilder text = new StringBuilder();
        for (Node child : element.childNodes()) {
            if (child instanceof Element block && isBlock(block)) {
                text.append(' ');
                for (Node inner : block.childNodes()) {
                    inline(inner, text);
                }
                text.append(' ');
            } else {
                inline(child, text);
            }
        }
        return clean(text.toString()).replace('\n', ' ');
    }

    private void inline(Node node, StringBuilder out) {
        if (node instanceof TextNode text) {
            out.append(escape(SPACES.matcher(text.getWholeText()).replaceAll(" ")));
            return;
        }
        if (!(node instanceof Element element)) {
            return;
        }
        switch (element.normalName()) {
            case "br" -> out.append('\n');
            case "em", "i", "cite" -> wrap(element, "*", out);
            case "strong", "b" -> wrap(element, "**", out);
            case "code", "kbd", "samp" -> {
                String code = element.text();
                if (!code.isBlank()) {
                    String tick = code.contains("`") ? "``" : "`";
                    out.append(tick).append(code).append(tick);
                }
            }
            case "a" -> link(element, out);
            case "img", "amp-img" -> out.append(image(element));
            default -> {
                if (isBlock(element)) {
                    out.append(' ').append(inlineText(element)).append(' ');
                } else {
                    element.childNodes().forEach(child -> inline(child, out));
                }
            }
        }
    }

    private void wrap(Element element, String marker, StringBuilder out) {
        StringBuilder inner = new StringBuilder();
        element.childNodes().forEach(child -> inline(child, inner));
        String text = inner.toString();
        String content = text.strip();
        if (content.isEmpty()) {
            out.append(text);
            return;
        }
        // Markers must touch the words they wrap: spaces inside <em> go outside the stars.
        out.append(text.startsWith(" ") ? " " : "").append(marker).append(content).append(marker)
                .append(text.endsWith(" ") ? " " : "");
    }

    private void link(Element anchor, StringBuilder out) {
        StringBuilder inner = new StringBuilder();
        anchor.childNodes().forEach(child -> inline(child, inner));
        String text = inner.toString().strip();
        String target = links.href(anchor, text);
        if (text.isEmpty()) {
            return;
        }
        if (target.isEmpty()) {
            out.append(text);
        } else {
            out.append('[').append(text).append("](").append(target).append(')');
        }
    }

    private String image(Element image) {
        String target = links.imageSource(image);
        if (target.isEmpty()) {
            return "";
        }
        String alt = escape(SPACES.matcher(image.attr("alt")).replaceAll(" ").strip());
        return "![" + alt + "](" + target + ")";
    }

    private static boolean isBlock(Element element) {
        return BLOCKS.contains(element.normalName());
    }

    private static void flush(StringBuilder inline, List<String> blocks) {
        String text = clean(inline.toString());
        if (!text.isEmpty()) {
            blocks.add(text);
        }
        inline.setLength(0);
    }

    // Each line stripped, no blank lines inside a block, and what would start a list or quote escaped.
    private static String clean(String text) {
        StringBuilder cleaned = new StringBuilder();
        for (String line : text.split("\n")) {
            String stripped = line.strip();
            if (!stripped.isEmpty()) {
                cleaned.append(cleaned.isEmpty() ? "" : "\n")
                        .append(NUMBER_START.matcher(LINE_START.matcher(stripped).replaceFirst("$1\\\\$2"))
                                .replaceFirst("$1$2\\\\$3"));
            }
        }
        return cleaned.toString();
    }

    /** Text as Markdown shows it literally: its markup characters escaped, '<' as an entity. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        String amp = ENTITY.matcher(text).replaceAll("&amp;");
        for (char c : amp.toCharArray()) {
            switch (c) {
                case '\\', '*', '_', '`', '[', ']' -> escaped.append('\\').append(c);
                case '<' -> escaped.append("&lt;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
