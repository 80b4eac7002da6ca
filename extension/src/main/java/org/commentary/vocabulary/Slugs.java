package org.commentary.vocabulary;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

import com.ibm.icu.text.Transliterator;

/** Turns display names into stable, readable, file-system-safe slugs. */
public final class Slugs {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGES = Pattern.compile("^-+|-+$");
    private static final Pattern VALID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern ASCII = Pattern.compile("\\p{ASCII}*");
    private static final int MAX_LENGTH = 80;

    private Slugs() {
    }

    /**
     * "Middle East &amp; North Africa" → {@code middle-east-and-north-africa}; "Zoë" → {@code zoe};
     * Cyrillic, Greek, CJK and other scripts are transliterated to Latin ("Мария" → {@code mariia}).
     */
    public static String of(String name) {
        String text = name.strip().replace("&", " and ");
        if (!ASCII.matcher(text).matches()) {
            text = Latin.transliterate(text);
        }
        String stripped = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        String slug = EDGES.matcher(NOT_SLUG.matcher(stripped.toLowerCase(Locale.ROOT)).replaceAll("-")).replaceAll("");
        if (slug.length() > MAX_LENGTH) {
            slug = EDGES.matcher(slug.substring(0, MAX_LENGTH)).replaceAll("");
        }
        if (slug.isEmpty()) {
            // Nothing readable survived (emoji, symbols): a stable name derived from the text itself.
            slug = "term-" + Integer.toHexString(name.strip().hashCode() & 0x7fffffff);
        }
        return slug;
    }

    /** Whether {@code slug} is already in canonical form (lower-case ASCII words joined by '-'). */
    public static boolean isValid(String slug) {
        return VALID.matcher(slug).matches();
    }

    // Built on first use only: most collections never need it, and it takes a moment to load.
    private static final class Latin {
        private static final Transliterator INSTANCE = Transliterator.getInstance("Any-Latin; Latin-ASCII");

        // ICU transliterators are not thread-safe.
        static synchronized String transliterate(String text) {
            return INSTANCE.transliterate(text);
        }
    }
}
