package org.commentary.tooling.importer;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.commentary.tooling.LooseDates;
import org.commentary.validation.Urls;

/**
 * A line naming a publication and a date: the publishing site's ("Global Research, December 02,
 * 2021") or the original outlet's ("[Indian Punchline](link) 1 December 2021").
 *
 * @param name     the publication, as plain text
 * @param url      the link on its name, when it is a web address ("" otherwise)
 * @param dateText the date as printed
 * @param date     the date, when {@code dateText} could be read
 * @param problem  why it could not be read
 */
record DatedLine(int line, String name, String url, boolean linked, String dateText, Optional<LocalDate> date,
                 String problem) {

    private static final int MAX_LENGTH = 200;
    private static final int MAX_NAME = 80;
    private static final int MAX_DATE = 40;
    // A year, or a numeric date: what makes the end of a short line a date, readable or not.
    private static final Pattern DATE_LIKE = Pattern.compile("\\b\\d{4}\\b|\\b\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}\\b");
    private static final Pattern SENTENCE = Pattern.compile("[.!?]\\s|\\d");
    private static final Pattern LEADING = Pattern.compile("^[\\s,;:|\\-\\u2013\\u2014]+");

    /** The line read as a publication and a date; empty when it is not such a line. */
    static Optional<DatedLine> parse(int lineNumber, String line) {
        String text = line.strip();
        if (text.length() > MAX_LENGTH || text.isEmpty()) {
            return Optional.empty();
        }
        List<MarkdownText.Link> links = MarkdownText.links(text);
        String name;
        String url = "";
        String rest;
        boolean linked = !links.isEmpty() && text.substring(0, links.get(0).start()).isBlank();
        if (linked) {
            MarkdownText.Link link = links.get(0);
            name = link.text();
            url = Urls.isWebUrl(link.target()) ? link.target().strip() : "";
            rest = text.substring(link.end());
        } else {
            int comma = text.indexOf(',');
            if (comma < 0) {
                return Optional.empty();
            }
            name = MarkdownText.plain(text.substring(0, comma));
            rest = text.substring(comma + 1);
        }
        String dateText = MarkdownText.plain(LEADING.matcher(rest).replaceAll(""));
        if (name.isEmpty() || name.length() > MAX_NAME || !linked && SENTENCE.matcher(name).find()
                || dateText.length() > MAX_DATE || !DATE_LIKE.matcher(dateText).find()) {
            return Optional.empty();
        }
        LooseDates.Result date = LooseDates.parse(dateText);
        return Optional.of(new DatedLine(lineNumber, name, url, linked, dateText, date.date(), date.problem()));
    }
}
