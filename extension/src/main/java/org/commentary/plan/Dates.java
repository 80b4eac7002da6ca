package org.commentary.plan;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Formats dates for readers, the same on every machine whatever its locale. */
final class Dates {

    private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private Dates() {
    }

    static String label(LocalDate date) {
        return date == null ? "" : LABEL.format(date);
    }

    static String iso(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
