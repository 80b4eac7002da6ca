package org.commentary.metadata;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.commentary.model.ArticleMetadata;
import org.commentary.model.Languages;
import org.commentary.model.Metadata;
import org.commentary.model.PageMetadata;
import org.commentary.model.Status;
import org.commentary.validation.CopyrightSuggestion;
import org.commentary.validation.Problems;
import org.commentary.vocabulary.SiteData;
import org.commentary.vocabulary.Term;

/**
 * Interprets header fields into {@link Metadata}: checks every field, reports each problem with
 * its line and the fix, and only returns a result when the file has no problem at all.
 */
public final class MetadataNormaliser {

    private static final Pattern TRANSLATION_PATH = Pattern.compile("articles/[^\\s]+\\.(md|adoc)");
    private static final Set<Field> PAGE_FIELDS = Set.of(Field.TITLE, Field.STATUS, Field.SUMMARY, Field.TYPE);

    private final SiteData data;

    public MetadataNormaliser(SiteData data) {
        this.data = data;
    }

    /** The metadata of {@code block}, or empty when {@code problems} received at least one problem. */
    public Optional<Metadata> normalise(HeaderBlock block, Problems problems) {
        HeaderFields fields = new HeaderFields(block, problems);
        String type = fields.text(Field.TYPE);
        Metadata result;
        if (type.equals("page")) {
            result = page(fields);
        } else {
            if (!type.isEmpty() && !type.equals("article")) {
                problems.add(fields.line(Field.TYPE), "type", "unknown type \"" + type + "\"; leave \"type\" out for"
                        + " articles, or use \"page\" for a standalone page such as About");
            }
            result = article(fields);
        }
        return problems.isEmpty() ? Optional.of(result) : Optional.empty();
    }

    private PageMetadata page(HeaderFields fields) {
        fields.rejectAllBut(PAGE_FIELDS);
        String title = fields.required(Field.TITLE);
        Status status = fields.status();
        if (status == Status.WITHDRAWN) {
            fields.problem(Field.STATUS, "a standalone page cannot be withdrawn; make it a draft or delete it");
        }
        return new PageMetadata(title, fields.text(Field.SUMMARY), status);
    }

    private ArticleMetadata article(HeaderFields fields) {
        String title = fields.required(Field.TITLE);
        LocalDate date = fields.date(Field.DATE, true);
        List<String> authors = fields.list(Field.AUTHOR, true);
        List<Term> regions = fields.terms(Field.REGION, data.regions());
        List<Term> themes = fields.terms(Field.THEME, data.themes());
        String source = fields.required(Field.SOURCE);
        String sourceUrl = fields.url(Field.SOURCE_URL);
        LocalDate sourceDate = fields.date(Field.SOURCE_DATE, false);
        // Suggested only from this article's own fields: never another article's © line.
        String copyright = fields.copyright(CopyrightSuggestion.of(authors, source,
                sourceDate != null ? sourceDate : date));
        Status status = fields.status();
        if (date != null && sourceDate != null && sourceDate.isAfter(date)) {
            fields.problem(Field.SOURCE_DATE, "the original publication date " + sourceDate + " is after the date"
                    + " republished here (" + date + "); check both dates");
        }
        RevisionFields.Revisions revisions = RevisionFields.read(fields, date, status);
        // A withdrawn article publishes nothing of its text: its summary is dropped here, at the source.
        String summary = status == Status.WITHDRAWN ? "" : fields.text(Field.SUMMARY);
        return new ArticleMetadata(title, date, authors, regions, themes, source, sourceUrl, sourceDate,
                fields.text(Field.SOURCE_TITLE), copyright, fields.text(Field.LICENSE), fields.text(Field.CHANGES),
                summary, fields.list(Field.TRANSLATOR, false), status, revisions.updated(), revisions.corrections(),
                revisions.withdrawn(), revisions.withdrawnReason(), revisions.aliases(), revisions.robots(),
                languages(fields));
    }

    // The language fields: tags checked and put in their canonical case, translation_of as a content path.
    private Languages languages(HeaderFields fields) {
        String language = fields.language(Field.LANGUAGE, "the language the article is written in");
        if (language.isEmpty()) {
            language = data.collection().language();
        }
        String original = fields.language(Field.ORIGINAL_LANGUAGE, "the language the original was written in");
        if (original.equals(language)) {
            fields.problem(Field.ORIGINAL_LANGUAGE, "is the article's own language (" + language + "); give the"
                    + " original's language only for a translation, or set \"language\" to the translation's");
        }
        String other = fields.text(Field.TRANSLATION_OF).replace('\\', '/');
        other = other.startsWith("./") ? other.substring(2) : other;
        other = other.startsWith("content/") ? other.substring("content/".length()) : other;
        if (!other.isEmpty() && (!TRANSLATION_PATH.matcher(other).matches() || other.contains("/../"))) {
            fields.problem(Field.TRANSLATION_OF, "\"" + fields.text(Field.TRANSLATION_OF) + "\" is not an article"
                    + " file; give the other language version's file as it is under content/, e.g. \""
                    + Field.TRANSLATION_OF.example() + "\"");
        }
        return new Languages(language, original, other);
    }
}
