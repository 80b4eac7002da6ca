package org.commentary.plan;

/** Word-level helpers over an article's plain text (whitespace already collapsed by the sanitizer). */
final class PlainText {

    private PlainText() {
    }

    /** The first {@code limit} words of {@code text}, as written; the whole text when it is shorter. */
    static String firstWords(String text, int limit) {
        String stripped = text.strip();
        int words = 0;
        for (int i = 0; i < stripped.length(); i++) {
            if (Character.isWhitespace(stripped.charAt(i)) && !Character.isWhitespace(stripped.charAt(i - 1))
                    && ++words == limit) {
                return stripped.substring(0, i);
            }
        }
        return stripped;
    }

    /** How many words {@code text} holds. */
    static int wordCount(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }
}
