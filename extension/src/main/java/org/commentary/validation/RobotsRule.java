package org.commentary.validation;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A page's instruction to search engines ({@code <meta name="robots">}), as a contributor may
 * write it: "index" or "noindex", "follow" or "nofollow", in either order.
 */
public final class RobotsRule {

    /** The default for republished articles: the original is the version search engines should show. */
    public static final String NOINDEX_FOLLOW = "noindex, follow";

    private RobotsRule() {
    }

    /** The rule in its normal form ("noindex, follow"), or empty when {@code text} is not one. */
    public static Optional<String> parse(String text) {
        Set<String> words = new LinkedHashSet<>();
        for (String part : text.toLowerCase(Locale.ROOT).split(",")) {
            words.add(part.strip());
        }
        String index = pick(words, "index", "noindex");
        String follow = pick(words, "follow", "nofollow");
        if (index == null || follow == null || words.size() != 2) {
            return Optional.empty();
        }
        return Optional.of(index + ", " + follow);
    }

    private static String pick(Set<String> words, String yes, String no) {
        boolean hasYes = words.contains(yes);
        boolean hasNo = words.contains(no);
        return hasYes == hasNo ? null : hasYes ? yes : no;
    }
}
