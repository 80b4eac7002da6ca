package org.commentary.tooling;

import java.util.List;

import org.commentary.metadata.Field;

/**
 * The header values and text of an article about to be written, as plain strings: what a
 * maintainer gave to {@code new} or what {@code import} read from a saved page. Empty strings and
 * lists mean "not known yet"; the written file then shows the field empty and the check says so.
 */
public record ArticleDraft(String title, String date, List<String> authors, List<String> regions,
                           List<String> themes, String source, String sourceUrl, String sourceDate,
                           String sourceTitle, String copyright, String license, String changes, String summary,
                           List<String> translators, String status, String body) {

    public ArticleDraft {
        authors = List.copyOf(authors);
        regions = List.copyOf(regions);
        themes = List.copyOf(themes);
        translators = List.copyOf(translators);
    }

    /** The values of a header field (one for single-valued fields; none when unknown). */
    public List<String> values(Field field) {
        List<String> values = switch (field) {
            case TITLE -> List.of(title);
            case DATE -> List.of(date);
            case AUTHOR -> authors;
            case REGION -> regions;
            case THEME -> themes;
            case SOURCE -> List.of(source);
            case SOURCE_URL -> List.of(sourceUrl);
            case SOURCE_DATE -> List.of(sourceDate);
            case SOURCE_TITLE -> List.of(sourceTitle);
            case COPYRIGHT -> List.of(copyright);
            case LICENSE -> List.of(license);
            case CHANGES -> List.of(changes);
            case SUMMARY -> List.of(summary);
            case TRANSLATOR -> translators;
            case STATUS -> List.of(status);
            // Set by later edits (withdraw, move, a correction) or by hand, never asked for by new or import.
            case UPDATED, CORRECTIONS, WITHDRAWN, WITHDRAWN_REASON, ALIASES, ROBOTS, TYPE, LANGUAGE, ORIGINAL_LANGUAGE,
                    TRANSLATION_OF -> List.of();
        };
        return values.stream().map(String::strip).filter(v -> !v.isEmpty()).toList();
    }

    /** A copy with another body. */
    public ArticleDraft withBody(String text) {
        return new ArticleDraft(title, date, authors, regions, themes, source, sourceUrl, sourceDate, sourceTitle,
                copyright, license, changes, summary, translators, status, text);
    }
}
