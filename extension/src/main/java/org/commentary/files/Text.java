package org.commentary.files;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/** Rules every header and data value follows, whatever editor or clipboard it came from. */
public final class Text {

    private Text() {
    }

    /**
     * Unicode NFC: "Zoë" typed on one machine and pasted from a PDF on another become the same
     * string, so they name the same author.
     */
    public static String normalise(String value) {
        return Normalizer.isNormalized(value, Normalizer.Form.NFC) ? value
                : Normalizer.normalize(value, Normalizer.Form.NFC);
    }

    /**
     * The first character that must not appear in a value, as {@code U+000B}: control characters
     * (other than tab) and non-characters, which XML forbids and which would break every feed.
     */
    public static Optional<String> firstInvisible(String value) {
        for (int i = 0; i < value.length(); ) {
            int code = value.codePointAt(i);
            boolean control = code < 0x20 && code != '\t' || code >= 0x7f && code < 0xa0;
            boolean nonCharacter = code == 0xfffe || code == 0xffff || Character.isSurrogate(value.charAt(i))
                    && Character.charCount(code) == 1;
            if (control || nonCharacter) {
                return Optional.of(String.format(Locale.ROOT, "U+%04X", code));
            }
            i += Character.charCount(code);
        }
        return Optional.empty();
    }
}
