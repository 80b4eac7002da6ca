package org.commentary.validation;

import java.time.LocalDate;
import java.util.List;

/**
 * A © line to suggest when an article has none, built only from the article's own authors, source
 * and year. It never borrows another article's line: a copyright notice copied from elsewhere would
 * name the wrong holder, and contributors paste suggestions as they are.
 */
public final class CopyrightSuggestion {

    /** Stand-ins for what the article does not say yet; obviously not real names. */
    static final String NO_AUTHOR = "Author Name";
    static final String NO_SOURCE = "Original Outlet";
    static final String NO_YEAR = "YYYY";

    private CopyrightSuggestion() {
    }

    /**
     * {@code Ana Ruiz, The Harbour Review, 2024}, or {@code A and B, ...} for two authors and
     * {@code A, B and C, ...} for more; {@code year} is the original's date when known, else the date
     * republished here (either may be null).
     */
    public static String of(List<String> authors, String source, LocalDate year) {
        return holders(authors) + ", " + (source == null || source.isBlank() ? NO_SOURCE : source.strip()) + ", "
                + (year == null ? NO_YEAR : String.valueOf(year.getYear()));
    }

    private static String holders(List<String> authors) {
        List<String> names = authors.stream().map(String::strip).filter(name -> !name.isEmpty()).toList();
        if (names.isEmpty()) {
            return NO_AUTHOR;
        }
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
