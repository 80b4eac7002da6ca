package org.commentary.metadata;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.commentary.model.Correction;
import org.commentary.model.Status;
import org.commentary.validation.RobotsRule;
import org.commentary.validation.SitePaths;

/**
 * The fields of an article's life after publication: {@code updated}, {@code corrections}, the
 * withdrawal ({@code withdrawn}, {@code withdrawn_reason}), {@code aliases} and {@code robots},
 * each checked against the article's date and status.
 */
final class RevisionFields {

    /** What the fields say, checked; {@code updated} and {@code withdrawn} may be null. */
    record Revisions(LocalDate updated, List<Correction> corrections, LocalDate withdrawn, String withdrawnReason,
                     List<String> aliases, String robots) {
    }

    private RevisionFields() {
    }

    /** Reads the fields of an article republished on {@code date} (null when that date is wrong) with {@code status}. */
    static Revisions read(HeaderFields fields, LocalDate date, Status status) {
        boolean withdrawnNow = status == Status.WITHDRAWN;
        LocalDate updated = fields.date(Field.UPDATED, false);
        LocalDate withdrawn = fields.date(Field.WITHDRAWN, withdrawnNow);
        String reason = withdrawnNow ? fields.required(Field.WITHDRAWN_REASON) : fields.text(Field.WITHDRAWN_REASON);
        if (!withdrawnNow) {
            for (Field only : List.of(Field.WITHDRAWN, Field.WITHDRAWN_REASON)) {
                if (fields.has(only)) {
                    fields.problem(only, "is only used with \"" + fields.syntax("status", "withdrawn")
                            + "\"; set that status to take the article down, or remove this line");
                }
            }
        }
        if (date != null) {
            checkDate(fields, Field.UPDATED, updated, date, "the update");
            checkDate(fields, Field.WITHDRAWN, withdrawn, date, "the withdrawal");
        }
        return new Revisions(updated, corrections(fields, date), withdrawn, reason, aliases(fields), robots(fields));
    }

    // No place on Earth is past this date yet: a date after it is in the future wherever it was written.
    private static LocalDate latestToday() {
        return LocalDate.now(ZoneOffset.ofHours(14));
    }

    /** A revision's date must fall between the article's date and today. */
    private static void checkDate(HeaderFields fields, Field field, LocalDate revised, LocalDate date, String what) {
        if (revised == null) {
            return;
        }
        if (revised.isBefore(date)) {
            fields.problem(field, "the date of " + what + ", " + revised + ", is before the article was republished ("
                    + date + "); check both dates");
        } else if (revised.isAfter(latestToday())) {
            fields.problem(field, "the date of " + what + ", " + revised + ", is in the future; give the day it"
                    + " happened");
        }
    }

    /** The corrections, oldest first; each line is "YYYY-MM-DD: what was corrected". */
    private static List<Correction> corrections(HeaderFields fields, LocalDate date) {
        List<Correction> corrections = new ArrayList<>();
        for (HeaderField entry : fields.entries(Field.CORRECTIONS)) {
            String value = entry.value().strip();
            int colon = value.indexOf(':');
            String day = colon < 0 ? "" : value.substring(0, colon).strip();
            String text = colon < 0 ? "" : value.substring(colon + 1).strip();
            if (!HeaderFields.DATE_SHAPE.matcher(day).matches() || text.isEmpty()) {
                fields.problemAt(entry.line(), Field.CORRECTIONS, "\"" + abbreviate(value) + "\" is not a correction;"
                        + " write its date, a colon and what was corrected, e.g. \""
                        + fields.syntax(Field.CORRECTIONS.key(), Field.CORRECTIONS.example()) + "\"");
                continue;
            }
            LocalDate when;
            try {
                when = LocalDate.parse(day, HeaderFields.ISO_DATE);
            } catch (DateTimeParseException e) {
                fields.problemAt(entry.line(), Field.CORRECTIONS, "\"" + day + "\" is not a real date (YYYY-MM-DD:"
                        + " month 01-12, day within the month)");
                continue;
            }
            if (date != null && when.isBefore(date)) {
                fields.problemAt(entry.line(), Field.CORRECTIONS, "the correction dated " + when + " is before the"
                        + " article was republished (" + date + "); check both dates");
            } else if (when.isAfter(latestToday())) {
                fields.problemAt(entry.line(), Field.CORRECTIONS, "the correction dated " + when + " is in the"
                        + " future; give the day it was made");
            }
            corrections.add(new Correction(when, text));
        }
        corrections.sort(Comparator.comparing(Correction::date));
        return corrections;
    }

    /** Earlier site paths: relative .html paths of plain letters, digits, '.', '_', '-' and '/'. */
    private static List<String> aliases(HeaderFields fields) {
        List<String> aliases = new ArrayList<>();
        for (String alias : fields.list(Field.ALIASES, false)) {
            if (SitePaths.isSafePage(alias)) {
                aliases.add(alias);
            } else {
                fields.problem(Field.ALIASES, "\"" + alias + "\" is not a page path of this site; give the earlier"
                        + " path relative to the site root, ending in .html, e.g. \"" + Field.ALIASES.example()
                        + "\" (letters, digits, '-', '_', '.' and '/' only, no \"..\")");
            }
        }
        return aliases;
    }

    /** The robots rule, normalised to "index, follow" form; "" when the field is absent. */
    private static String robots(HeaderFields fields) {
        String value = fields.text(Field.ROBOTS);
        if (value.isEmpty()) {
            return "";
        }
        return RobotsRule.parse(value).orElseGet(() -> {
            fields.problem(Field.ROBOTS, "\"" + value + "\" is not a robots rule; use \"index, follow\" (where the"
                    + " licence allows search engines to index the copy) or \"noindex, follow\"");
            return "";
        });
    }

    private static String abbreviate(String value) {
        return value.length() > 60 ? value.substring(0, 57) + "..." : value;
    }
}
