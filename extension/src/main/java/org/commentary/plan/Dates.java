package org.commentary.plan;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Formats dates for readers, the same on every machine whatever its locale. */
public final class Dates {

    private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private Dates() {
    }

    /** "3 December 2024"; "" for no date. */
    public static String label(LocalDate date) {
        return date == null ? "" : LABEL.format(date);
    }

    /** "2024-12-03"; "" for no date. */
    public static String iso(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
