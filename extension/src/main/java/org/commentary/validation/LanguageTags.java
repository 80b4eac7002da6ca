package org.commentary.validation;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks BCP 47 language tags as articles and the collection give them ({@code en}, {@code es},
 * {@code pt-BR}, {@code zh-Hant}): a known ISO 639 language, then an optional script, region and
 * variants. Browsers, screen readers and search engines use the tag to pick a voice and a dictionary,
 * so a misspelt one is an error rather than a silently wrong {@code lang}.
 */
public final class LanguageTags {

    /** The message's hint: examples of valid tags. */
    public static final String EXAMPLES = "such as \"en\", \"es\", \"fr-CA\" or \"pt-BR\"";

    private static final Pattern SHAPE = Pattern.compile(
            "[a-z]{2,3}(-[a-z]{4})?(-([a-z]{2}|[0-9]{3}))?(-([a-z0-9]{5,8}|[0-9][a-z0-9]{3}))*");
    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());
    private static final Set<String> REGIONS = Set.of(Locale.getISOCountries());

    private LanguageTags() {
    }

    /** The tag in its canonical case ({@code pt-br} becomes {@code pt-BR}), or empty when it is not valid. */
    public static Optional<String> normalise(String value) {
        String tag = value.strip().replace('_', '-').toLowerCase(Locale.ROOT);
        if (!SHAPE.matcher(tag).matches()) {
            return Optional.empty();
        }
        String[] parts = tag.split("-");
        if (parts[0].length() == 2 && !LANGUAGES.contains(parts[0])) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i];
            if (part.length() == 2 && !REGIONS.contains(part.toUpperCase(Locale.ROOT))) {
                return Optional.empty();
            }
            out.append('-').append(switch (part.length()) {
                case 2 -> part.toUpperCase(Locale.ROOT);
                case 4 -> i == 1 && Character.isLetter(part.charAt(0))
                        ? Character.toUpperCase(part.charAt(0)) + part.substring(1) : part;
                default -> part;
            });
        }
        return Optional.of(out.toString());
    }

    /** The language's name in itself ("español" for {@code es}), for a link a reader of that language looks for. */
    public static String ownName(String tag) {
        Locale locale = Locale.forLanguageTag(tag);
        String name = locale.getDisplayLanguage(locale);
        return name.isEmpty() ? englishName(tag) : name;
    }

    /** The language's English name ("Spanish" for {@code es-MX}), or the tag itself when Java has none. */
    public static String englishName(String tag) {
        String name = Locale.forLanguageTag(tag).getDisplayLanguage(Locale.ENGLISH);
        return name.isEmpty() ? tag : name;
    }
}
