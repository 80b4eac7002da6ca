package org.commentary.tooling;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Sets values in a copied {@code jbake.properties}: every line for a key is removed and the value appended
 * once. Removing matters: JBake's configuration keeps the first of two equal keys, {@link java.util.Properties}
 * (which {@code check} uses) the last, so a value added beside the old one would be read differently by each.
 */
final class JBakeProperties {

    private JBakeProperties() {
    }

    /** Writes {@code values} into {@code file}, replacing whatever the file said for those keys. */
    static void set(Path file, Map<String, String> values, String comment) {
        try {
            List<String> kept = new ArrayList<>();
            boolean continuesDropped = false;
            boolean continuesKept = false;
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (continuesDropped || continuesKept) {
                    // A continuation line belongs to the entry above it.
                    if (continuesKept) {
                        kept.add(line);
                    }
                    boolean more = continues(line);
                    continuesDropped = continuesDropped && more;
                    continuesKept = continuesKept && more;
                    continue;
                }
                String key = key(line);
                boolean drop = key != null && values.containsKey(key);
                if (!drop) {
                    kept.add(line);
                }
                if (key != null && continues(line)) {
                    continuesDropped = drop;
                    continuesKept = !drop;
                }
            }
            kept.add("");
            kept.add("# " + comment);
            values.forEach((key, value) -> kept.add(key + "=" + value));
            Files.write(file, kept, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The key of a property line, or null for blank and comment lines (java.util.Properties' rules). */
    static String key(String line) {
        String text = line.stripLeading();
        if (text.isEmpty() || text.charAt(0) == '#' || text.charAt(0) == '!') {
            return null;
        }
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                key.append(text.charAt(++i));
            } else if (c == '=' || c == ':' || Character.isWhitespace(c)) {
                break;
            } else {
                key.append(c);
            }
        }
        return key.toString();
    }

    /** Whether a line ends in an odd number of backslashes, so the entry goes on to the next line. */
    private static boolean continues(String line) {
        int backslashes = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }
}
