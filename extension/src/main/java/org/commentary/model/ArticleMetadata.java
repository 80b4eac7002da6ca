package org.commentary.model;

import java.time.LocalDate;
import java.util.List;

import org.commentary.vocabulary.Term;

/**
 * The header of one republished article, validated and normalised: the same for Markdown and
 * AsciiDoc. Optional text fields are empty strings, never null; {@code sourceDate} may be null.
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
        Status status) implements Metadata {

    public ArticleMetadata {
        authors = List.copyOf(authors);
        regions = List.copyOf(regions);
        themes = List.copyOf(themes);
        translators = List.copyOf(translators);
    }
}
