package org.commentary.model;

import java.time.LocalDate;
import java.util.List;

import org.commentary.vocabulary.Term;

/**
 * The header of one republished article, validated and normalised: the same for Markdown and
 * AsciiDoc. Optional text fields are empty strings, never null; {@code sourceDate} may be null.
 * {@code languages} is the block of language fields (language, original_language, translation_of).
 */
public record ArticleMetadata(
        String title,
        LocalDate date,
        List<String> authors,
        List<Term> regions,
        List<Term> themes,
        String source,
        String sourceUrl,
        LocalDate sourceDate,
        String sourceTitle,
        String copyright,
        String license,
        String changes,
        String summary,
        List<String> translators,
        Status status,
        Languages languages) implements Metadata {

    public ArticleMetadata {
        authors = List.copyOf(authors);
        regions = List.copyOf(regions);
        themes = List.copyOf(themes);
        translators = List.copyOf(translators);
    }

    /** An article in English that is no translation of another in the collection. */
    public ArticleMetadata(String title, LocalDate date, List<String> authors, List<Term> regions, List<Term> themes,
                           String source, String sourceUrl, LocalDate sourceDate, String sourceTitle, String copyright,
                           String license, String changes, String summary, List<String> translators, Status status) {
        this(title, date, authors, regions, themes, source, sourceUrl, sourceDate, sourceTitle, copyright, license,
                changes, summary, translators, status, Languages.of("en"));
    }
}
