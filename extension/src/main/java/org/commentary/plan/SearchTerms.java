package org.commentary.plan;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Splits text into the terms the search index holds. The search page (assets/js/search.js, function
 * {@code terms}) applies exactly the same steps to a query, so a word found here is found there:
 * lower case (root locale), accents removed (NFD, then every combining mark dropped), the letters
 * Unicode does not decompose folded ({@code ı ł ø đ ħ ŧ æ œ ß þ}), then every run of letters and
 * decimal digits is a term. Terms shorter than {@value #MIN_LENGTH} or longer than
 * {@value #MAX_LENGTH} characters are left out (single letters would swell the index, and longer runs
 * are not words).
 */
final class SearchTerms {

    static final int MIN_LENGTH = 2;
    static final int MAX_LENGTH = 40;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final String FOLD_FROM = "ıłøđħŧæœßþ";
    private static final String[] FOLD_TO = {"i", "l", "o", "d", "h", "t", "ae", "oe", "ss", "th"};

    private SearchTerms() {
    }

    /** Lower case, without accents; every character that is not part of a word is kept as it is. */
    static String fold(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (isAscii(lower)) {
            return lower;
        }
        String bare = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
        StringBuilder out = new StringBuilder(bare.length());
        for (int i = 0; i < bare.length(); i++) {
            char c = bare.charAt(i);
            int special = FOLD_FROM.indexOf(c);
            if (special >= 0) {
                out.append(FOLD_TO[special]);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Gives every term of {@code text} to {@code sink}, in order, repeats included. */
    static void each(String text, Consumer<String> sink) {
        String folded = fold(text);
        int length = folded.length();
        int start = -1;
        int i = 0;
        while (i <= length) {
            boolean word;
            int next;
            if (i == length) {
                word = false;
                next = i + 1;
            } else {
                char c = folded.charAt(i);
                if (c < 0x80) {
                    // Most text is ASCII: letters and digits without a look-up (folded is lower case).
                    word = c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z';
                    next = i + 1;
                } else {
                    int cp = folded.codePointAt(i);
                    word = Character.isLetter(cp) || Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER;
                    next = i + Character.charCount(cp);
                }
            }
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                int size = i - start;
                if (size >= MIN_LENGTH && size <= MAX_LENGTH) {
                    sink.accept(folded.substring(start, i));
                }
                start = -1;
            }
            i = next;
        }
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0x7f) {
                return false;
            }
        }
        return true;
    }
}
