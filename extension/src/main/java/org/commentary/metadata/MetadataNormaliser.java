package org.commentary.metadata;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.commentary.files.Text;
import org.commentary.model.ArticleMetadata;
import org.commentary.model.Languages;
import org.commentary.model.Metadata;
import org.commentary.model.PageMetadata;
import org.commentary.model.Status;
import org.commentary.validation.CopyrightSuggestion;
import org.commentary.validation.LanguageTags;
import org.commentary.validation.Problems;
import org.commentary.validation.Suggestions;
import org.commentary.validation.Urls;
import org.commentary.vocabulary.SiteData;
import org.commentary.vocabulary.Term;
import org.commentary.vocabulary.TermList;

/**
 * Interprets header fields into {@link Metadata}: checks every field, reports each problem with
 * its line and the fix, and only returns a result when the file has no problem at all.
 */
public final class MetadataNormaliser {

    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern DATE_SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern COPYRIGHT_SIGN = Pattern.compile("^((©|\\(c\\)|copyright\\b)\\s*)+", Pattern.CASE_INSENSITIVE);
    private static final Pattern TRANSLATION_PATH = Pattern.compile("articles/[^\\s]+\\.(md|adoc)");
    private static final Set<Field> PAGE_FIELDS = Set.of(Field.TITLE, Field.STATUS, Field.SUMMARY, Field.TYPE);

    private final SiteData data;

    public MetadataNormaliser(SiteData data) {
        this.data = data;
    }

    /** The metadata of {@code block}, or empty when {@code problems} received at least one problem. */
    public Optional<Metadata> normalise(HeaderBlock block, Problems problems) {
        Fields fields = new Fields(block, problems);
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

    private PageMetadata page(Fields fields) {
        fields.rejectAllBut(PAGE_FIELDS);
        return new PageMetadata(fields.required(Field.TITLE), fields.text(Field.SUMMARY), fields.status());
    }

    private ArticleMetadata article(Fields fields) {
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
        return new ArticleMetadata(title, date, authors, regions, themes, source, sourceUrl, sourceDate,
                fields.text(Field.SOURCE_TITLE), copyright, fields.text(Field.LICENSE), fields.text(Field.CHANGES),
                fields.text(Field.SUMMARY), fields.list(Field.TRANSLATOR, false), status, languages(fields));
    }

    // The language fields: tags checked and put in their canonical case, translation_of as a content path.
    private Languages languages(Fields fields) {
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

    /** The header's fields by name, with the checks every field shares. */
    private static final class Fields {
        private final HeaderBlock block;
        private final Problems problems;
        private final Map<Field, HeaderField> byField = new EnumMap<>(Field.class);

        Fields(HeaderBlock block, Problems problems) {
            this.block = block;
            this.problems = problems;
            for (HeaderField raw : block.fields()) {
                HeaderField field = new HeaderField(raw.key(), Text.normalise(raw.value()), raw.line());
                Text.firstInvisible(field.value()).ifPresent(code -> problems.add(field.line(), field.key(),
                        "contains the invisible control character " + code + "; delete it (it often comes from"
                                + " pasting text from a word processor)"));
                Optional<Field> known = Field.forKey(field.key());
                if (known.isEmpty()) {
                    problems.add(field.line(), field.key(), unknownFieldMessage(field.key()));
                    continue;
                }
                HeaderField earlier = byField.putIfAbsent(known.get(), field);
                if (earlier != null) {
                    problems.add(field.line(), field.key(), "given twice (first on line " + earlier.line()
                            + "); keep one line" + (known.get().multiValued() ? " and separate values with ';'" : ""));
                }
            }
        }

        private String unknownFieldMessage(String key) {
            String canonical = key.toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
            if (Field.forKey(canonical).isPresent()) {
                return "field names are lower-case snake_case; write \"" + canonical + "\"";
            }
            return "unknown field; " + Suggestions.closest(key, Field.keys())
                    .map(s -> "did you mean \"" + s + "\"?")
                    .orElse("the fields are " + String.join(", ", Field.keys()));
        }

        void rejectAllBut(Set<Field> allowed) {
            byField.forEach((field, header) -> {
                if (!allowed.contains(field)) {
                    problems.add(header.line(), field.key(), "not used on pages (type=page); remove it");
                }
            });
        }

        int line(Field field) {
            HeaderField header = byField.get(field);
            return header == null ? block.headerEndLine() : header.line();
        }

        void problem(Field field, String message) {
            problems.add(line(field), field.key(), message);
        }

        String text(Field field) {
            HeaderField header = byField.get(field);
            return header == null ? "" : header.value().strip();
        }

        String required(Field field) {
            return required(field, field.example());
        }

        String required(Field field, String example) {
            HeaderField header = byField.get(field);
            String value = text(field);
            if (header == null) {
                problem(field, "missing; add \"" + block.fieldSyntax(field.key(), example) + "\" to the header");
            } else if (value.isEmpty()) {
                problem(field, "is empty; give a value, e.g. \"" + block.fieldSyntax(field.key(), example) + "\"");
            }
            return value;
        }

        LocalDate date(Field field, boolean required) {
            String value = required ? required(field) : text(field);
            if (value.isEmpty()) {
                return null;
            }
            if (!DATE_SHAPE.matcher(value).matches()) {
                problem(field, "\"" + value + "\" is not a date in the form YYYY-MM-DD, e.g. \"" + field.example() + "\"");
                return null;
            }
            try {
                return LocalDate.parse(value, ISO_DATE);
            } catch (DateTimeParseException e) {
                problem(field, "\"" + value + "\" is not a real date (YYYY-MM-DD: month 01-12, day within the month)");
                return null;
            }
        }

        List<String> list(Field field, boolean required) {
            String value = required ? required(field) : text(field);
            List<String> values = new ArrayList<>();
            Set<String> seen = new LinkedHashSet<>();
            for (String part : value.split(";")) {
                String item = part.strip();
                if (item.isEmpty()) {
                    continue;
                }
                if (!seen.add(item.toLowerCase(Locale.ROOT))) {
                    problem(field, "\"" + item + "\" is listed twice");
                    continue;
                }
                values.add(item);
            }
            if (!value.isEmpty() && values.isEmpty()) {
                problem(field, "has no value between the ';' separators");
            }
            return values;
        }

        List<Term> terms(Field field, TermList vocabulary) {
            List<Term> terms = new ArrayList<>();
            for (String item : list(field, true)) {
                Optional<Term> term = vocabulary.find(item);
                if (term.isPresent()) {
                    terms.add(term.get());
                } else {
                    problem(field, "unknown " + field.key() + " \"" + item + "\"; " + commaHint(item, vocabulary)
                            + Suggestions.hint(item, vocabulary.names(), vocabulary.dataFile()));
                }
            }
            return terms;
        }

        private static String commaHint(String item, TermList vocabulary) {
            boolean allKnown = item.contains(",") && Arrays.stream(item.split(","))
                    .allMatch(part -> vocabulary.find(part).isPresent());
            return allKnown ? "separate several values with ';', not ','. " : "";
        }

        /** A BCP 47 tag in its canonical case, or "" when the field is absent (or wrong: then reported). */
        String language(Field field, String what) {
            String value = text(field);
            if (value.isEmpty()) {
                return "";
            }
            Optional<String> tag = LanguageTags.normalise(value);
            if (tag.isEmpty()) {
                problem(field, "\"" + value + "\" is not a BCP 47 language tag; give " + what + ", "
                        + LanguageTags.EXAMPLES);
            }
            return tag.orElse("");
        }

        String url(Field field) {
            String value = required(field);
            if (!value.isEmpty() && !Urls.isWebUrl(value)) {
                problem(field, "\"" + value + "\" is not a web address; give the original's full http:// or"
                        + " https:// link");
            }
            return value;
        }

        /**
         * The © line without the sign, which the templates add; a sign alone names no holder.
         * {@code suggestion} is the line built from the article's own authors, source and year.
         */
        String copyright(String suggestion) {
            String value = required(Field.COPYRIGHT, suggestion);
            String holder = COPYRIGHT_SIGN.matcher(value).replaceFirst("").strip();
            if (!value.isEmpty() && holder.isEmpty()) {
                problem(Field.COPYRIGHT, "\"" + value + "\" names no copyright holder; write the line as the holder"
                        + " wants it, e.g. \"" + suggestion + "\"");
            }
            return holder;
        }

        Status status() {
            String value = required(Field.STATUS);
            for (Status status : Status.values()) {
                if (status.word().equalsIgnoreCase(value)) {
                    return status;
                }
            }
            if (!value.isEmpty()) {
                problem(Field.STATUS, "\"" + value + "\" is not a status; use \"published\" or \"draft\"");
            }
            return Status.DRAFT;
        }
    }
}
