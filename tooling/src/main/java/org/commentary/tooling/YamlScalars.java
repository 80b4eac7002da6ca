package org.commentary.tooling;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Writes header values as YAML scalars: plain when that reads back as the same text, else quoted. */
public final class YamlScalars {

    private static final String INDICATORS = "-?:,[]{}#&*!|>'\"%@`";
    private static final Set<String> SPECIAL_WORDS = Set.of("null", "~", "true", "false", "yes", "no", "on", "off",
            "y", "n", "---", "...");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}\\u2028\\u2029\\uFEFF]");

    private YamlScalars() {
    }

    public static String format(String value) {
        return isPlainSafe(value) ? value : quote(value);
    }

    static boolean isPlainSafe(String value) {
        return !value.isEmpty()
                && value.equals(value.strip())
                && INDICATORS.indexOf(value.charAt(0)) < 0
                && !value.contains(": ") && !value.contains(" #") && !value.endsWith(":")
                && !CONTROL.matcher(value).find()
                && !SPECIAL_WORDS.contains(value.toLowerCase(Locale.ROOT));
    }

    static String quote(String value) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '\\' -> quoted.append("\\\\");
                case '"' -> quoted.append("\\\"");
                case '\n' -> quoted.append("\\n");
                case '\t' -> quoted.append("\\t");
                default -> {
                    if (CONTROL.matcher(String.valueOf(c)).matches()) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
