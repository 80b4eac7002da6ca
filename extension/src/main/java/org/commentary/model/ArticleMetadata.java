package org.commentary.model;

import java.time.LocalDate;
import java.util.List;

import org.commentary.vocabulary.Term;

/**
 * The header of one republished article, validated and normalised: the same for Markdown and
 * AsciiDoc. Optional text fields are empty strings, never null; {@code sourceDate}, {@code updated}
 * and {@code withdrawn} may be null. A withdrawn article has no summary: nothing of it but its
 * attribution is published.
 *
 * @param corrections oldest first
 * @param aliases     earlier site paths that redirect to the article
 * @param robots      the robots rule for its page, "" for the collection's default
 * @param languages   the block of language fields (language, original_language, translation_of)
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
        LocalDate updated,
        List<Correction> corrections,
        LocalDate withdrawn,
        String withdrawnReason,
        List<String> aliases,
        String robots,

        Languages languages) implements Metadata {

    public ArticleMetadata {
        authors = List.copyOf(authors);
        regions = List.copyOf(regions);
        themes = List.copyOf(themes);
        translators = List.copyOf(translators);
        corrections = List.copyOf(corrections);
        aliases = List.copyOf(aliases);
    }

    /** The day the article last changed: its date, or a later update or correction. */
    public LocalDate lastModified() {
        LocalDate latest = date;
        if (updated != null && updated.isAfter(latest)) {
            latest = updated;
        }
        for (Correction correction : corrections) {
            if (correction.date().isAfter(latest)) {
                latest = correction.date();
            }
        }
        return latest;
    }

    /** Whether only a withdrawal notice stays at the article's address. */
    public boolean isWithdrawn() {
        return status == Status.WITHDRAWN;
    }

    /** An article in English that is no translation of another, never revised, moved or withdrawn. */
    public ArticleMetadata(String title, LocalDate date, List<String> authors, List<Term> regions, List<Term> themes,
                           String source, String sourceUrl, LocalDate sourceDate, String sourceTitle, String copyright,
                           String license, String changes, String summary, List<String> translators, Status status) {
        this(title, date, authors, regions, themes, source, sourceUrl, sourceDate, sourceTitle, copyright, license,
                changes, summary, translators, status, null, List.of(), null, "", List.of(), "", Languages.of("en"));
    }
}
