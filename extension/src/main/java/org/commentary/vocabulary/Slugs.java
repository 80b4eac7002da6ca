package org.commentary.vocabulary;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Turns display names into stable, readable, file-system-safe slugs. */
public final class Slugs {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
    private static final Pattern VALID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private Slugs() {
    }

    /** "Middle East &amp; North Africa" → {@code middle-east-and-north-africa}; accents are dropped. */
    public static String of(String name) {
        String text = name.replace("&", " and ")
                .replace("ß", "ss").replace("æ", "ae").replace("Æ", "AE")
                .replace("ø", "o").replace("Ø", "O").replace("ł", "l").replace("Ł", "L")
                .replace("đ", "d").replace("Đ", "D").replace("ı", "i");
        String stripped = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        String slug = NOT_SLUG.matcher(stripped.toLowerCase(Locale.ROOT)).replaceAll("-");
        slug = slug.replaceAll("^-+|-+$", "");
        if (slug.isEmpty()) {
            // Scripts without a Latin reading (Cyrillic, CJK, ...) still need a stable, safe name.
            slug = "term-" + Integer.toHexString(name.strip().hashCode() & 0x7fffffff);
        }
        return slug;
    }

    /** Whether {@code slug} is already in canonical form (lower-case ASCII words joined by '-'). */
    public static boolean isValid(String slug) {
        return VALID.matcher(slug).matches();
    }
}
