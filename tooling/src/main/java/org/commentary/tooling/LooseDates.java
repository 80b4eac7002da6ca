package org.commentary.tooling;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates web pages print: "December 02, 2021", "Dec. 2, 2021", "1 December 2021",
 * "Thursday, 2 December 2021", "2021-12-01" (a time after it is ignored). Numeric forms such as
 * "02/12/2021" are refused: they mean different days in different countries.
 */
public final class LooseDates {

    /** The forms accepted, for messages. */
    public static final String FORMS = "\"December 1, 2021\", \"1 December 2021\" or \"2021-12-01\"";

    private static final String MONTH = "(january|february|march|april|may|june|july|august|september|october"
            + "|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)";
    private static final String WEEKDAY = "(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+)?";
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(WEEKDAY + MONTH + "\\.?\\s+" + DAY
            + ",?\\s+(\\d{4})", Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(WEEKDAY + DAY + "\\s+(?:of\\s+)?" + MONTH
            + "\\.?,?\\s+(\\d{4})", Pattern.CASE_INSENSITIVE);
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:[T ][0-9:.+\\-Z]*)?");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s.,;]+$");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));

    private LooseDates() {
    }

    /** What reading a date gave: the date, or why there is none. */
    public record Result(Optional<LocalDate> date, String problem) {

        static Result of(LocalDate date) {
            return new Result(Optional.of(date), "");
        }

        static Result failed(String problem) {
            return new Result(Optional.empty(), problem);
        }
    }

    /** Reads {@code text}, which must be a date and nothing else (trailing punctuation aside). */
    public static Result parse(String text) {
        String value = TRAILING_PUNCTUATION.matcher(text.strip()).replaceAll("");
        Matcher matcher;
        if ((matcher = MONTH_DAY_YEAR.matcher(value)).matches()) {
            return date(value, matcher.group(3), matcher.group(1), matcher.group(2));
        }
        if ((matcher = DAY_MONTH_YEAR.matcher(value)).matches()) {
            return date(value, matcher.group(3), matcher.group(2), matcher.group(1));
        }
        if ((matcher = ISO.matcher(value)).matches()) {
            return date(value, matcher.group(1), matcher.group(2), matcher.group(3));
        }
        return Result.failed("\"" + value + "\" is not a date form this tool reads (" + FORMS + ")");
    }

    private static Result date(String text, String year, String month, String day) {
        int monthNumber = Character.isDigit(month.charAt(0)) ? Integer.parseInt(month)
                : MONTHS.get(month.toLowerCase(Locale.ROOT).substring(0, 3));
        try {
            return Result.of(LocalDate.of(Integer.parseInt(year), monthNumber, Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return Result.failed("\"" + text + "\" is not a real date");
        }
    }
}
