package org.commentary.tooling.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * The article's text from a saved page: its paragraphs without the site's boilerplate, lone "*"
 * lines or separators at either end, and with links to "#" turned into plain text.
 */
final class BodyText {

    private static final int EXCERPT = 70;

    /** A paragraph and the line it starts on. */
    private record Paragraph(int line, String text) {
    }

    private BodyText() {
    }

    /** The text of {@code lines[start, end)}; what was left out is added to {@code notes}. */
    static String clean(String[] lines, int start, int end, List<String> notes) {
        List<Paragraph> kept = new ArrayList<>();
        for (Paragraph paragraph : paragraphs(lines, start, end)) {
            if (Boilerplate.is(paragraph.text())) {
                notes.add("Left out line " + paragraph.line() + " (the site's boilerplate): "
                        + excerpt(paragraph.text()));
            } else if (!Boilerplate.isLoneStar(paragraph.text())) {
                kept.add(new Paragraph(paragraph.line(), MarkdownText.withoutDeadLinks(paragraph.text())));
            }
        }
        while (!kept.isEmpty() && Boilerplate.isSeparator(kept.get(0).text())) {
            kept.remove(0);
        }
        while (!kept.isEmpty() && Boilerplate.isSeparator(kept.get(kept.size() - 1).text())) {
            kept.remove(kept.size() - 1);
        }
        return String.join("\n\n", kept.stream().map(Paragraph::text).toList());
    }

    private static List<Paragraph> paragraphs(String[] lines, int start, int end) {
        List<Paragraph> paragraphs = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int first = -1;
        for (int i = start; i <= end; i++) {
            boolean blank = i == end || lines[i].isBlank();
            if (blank) {
                if (first >= 0) {
                    paragraphs.add(new Paragraph(first + 1, text.toString().stripTrailing()));
                    text.setLength(0);
                    first = -1;
                }
            } else {
                if (first < 0) {
                    first = i;
                }
                text.append(lines[i].stripTrailing()).append('\n');
            }
        }
        return paragraphs;
    }

    static String excerpt(String paragraph) {
        String text = MarkdownText.plain(paragraph);
        return text.length() <= EXCERPT ? text : text.substring(0, EXCERPT - 1).stripTrailing() + "…";
    }
}
