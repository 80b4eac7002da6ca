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
import org.commentary.model.Correction;
import org.commentary.model.Languages;
import org.commentary.model.Metadata;
import org.commentary.model.PageMetadata;
import org.commentary.model.Status;
import org.commentary.validation.CopyrightSuggestion;
import org.commentary.validation.LanguageTags;
import org.commentary.validation.Problems;
import org.commentary.validation.RobotsRule;
import org.commentary.validation.SitePaths;
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

    // No place on Earth is past this date yet: a date after it is in the future wherever it was written.
    private static LocalDate latestToday() {
        return LocalDate.now(java.time.ZoneOffset.ofHours(14));
    }

    private static String abbreviate(String value) {
        return value.length() > 60 ? value.substring(0, 57) + "..." : value;
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
            result = article(fields, block);
        }
        return problems.isEmpty() ? Optional.of(result) : Optional.empty();
    }

    private PageMetadata page(Fields fields) {
        fields.rejectAllBut(PAGE_FIELDS);
        String title = fields.required(Field.TITLE);
        Status status = fields.status();
        if (status == Status.WITHDRAWN) {
            fields.problem(Field.STATUS, "a standalone page cannot be withdrawn; make it a draft or delete it");
        }
        return new PageMetadata(title, fields.text(Field.SUMMARY), status);
    }

    private ArticleMetadata article(Fields fields, HeaderBlock block) {
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
        LocalDate updated = fields.date(Field.UPDATED, false);
        LocalDate withdrawn = fields.date(Field.WITHDRAWN, status == Status.WITHDRAWN);
        String withdrawnReason = status == Status.WITHDRAWN ? fields.required(Field.WITHDRAWN_REASON)
                : fields.text(Field.WITHDRAWN_REASON);
        if (status != Status.WITHDRAWN) {
            for (Field only : List.of(Field.WITHDRAWN, Field.WITHDRAWN_REASON)) {
                if (fields.has(only)) {
                    fields.problem(only, "is only used with \"" + block.fieldSyntax("status", "withdrawn")
                            + "\"; set that status to take the article down, or remove this line");
                }
            }
        }
        if (date != null) {
            fields.checkRevisionDate(Field.UPDATED, updated, date, "the update");
            fields.checkRevisionDate(Field.WITHDRAWN, withdrawn, date, "the withdrawal");
        }
        List<Correction> corrections = fields.corrections(date);
        // A withdrawn article publishes nothing of its text: its summary is dropped here, at the source.
        String summary = status == Status.WITHDRAWN ? "" : fields.text(Field.SUMMARY);
        return new ArticleMetadata(title, date, authors, regions, themes, source, sourceUrl, sourceDate,
                fields.text(Field.SOURCE_TITLE), copyright, fields.text(Field.LICENSE), fields.text(Field.CHANGES),
                summary, fields.list(Field.TRANSLATOR, false), status, updated, corrections, withdrawn,
                withdrawnReason, fields.aliases(), fields.robots(), languages(fields));
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
        private final Map<Field, List<HeaderField>> repeated = new EnumMap<>(Field.class);

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
                if (known.get().repeatable()) {
                    repeated.computeIfAbsent(known.get(), f -> new ArrayList<>()).add(field);
                    byField.putIfAbsent(known.get(), field);
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

        boolean has(Field field) {
            return byField.containsKey(field);
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

        /** A revision's date must fall between the article's date and today. */
        void checkRevisionDate(Field field, LocalDate revised, LocalDate date, String what) {
            if (revised == null) {
                return;
            }
            if (revised.isBefore(date)) {
                problem(field, "the date of " + what + ", " + revised + ", is before the article was republished ("
                        + date + "); check both dates");
            } else if (revised.isAfter(latestToday())) {
                problem(field, "the date of " + what + ", " + revised + ", is in the future; give the day it"
                        + " happened");
            }
        }

        /** The corrections, oldest first; each line is "YYYY-MM-DD: what was corrected". */
        List<Correction> corrections(LocalDate date) {
            List<Correction> corrections = new ArrayList<>();
            for (HeaderField entry : repeated.getOrDefault(Field.CORRECTIONS, List.of())) {
                String value = entry.value().strip();
                int colon = value.indexOf(':');
                String day = colon < 0 ? "" : value.substring(0, colon).strip();
                String text = colon < 0 ? "" : value.substring(colon + 1).strip();
                if (!DATE_SHAPE.matcher(day).matches() || text.isEmpty()) {
                    problems.add(entry.line(), Field.CORRECTIONS.key(), "\"" + abbreviate(value) + "\" is not a"
                            + " correction; write its date, a colon and what was corrected, e.g. \""
                            + block.fieldSyntax(Field.CORRECTIONS.key(), Field.CORRECTIONS.example()) + "\"");
                    continue;
                }
                LocalDate when = parseDate(entry.line(), day);
                if (when == null) {
                    continue;
                }
                if (date != null && when.isBefore(date)) {
                    problems.add(entry.line(), Field.CORRECTIONS.key(), "the correction dated " + when + " is before"
                            + " the article was republished (" + date + "); check both dates");
                } else if (when.isAfter(latestToday())) {
                    problems.add(entry.line(), Field.CORRECTIONS.key(), "the correction dated " + when + " is in"
                            + " the future; give the day it was made");
                }
                corrections.add(new Correction(when, text));
            }
            corrections.sort(java.util.Comparator.comparing(Correction::date));
            return corrections;
        }

        private LocalDate parseDate(int line, String value) {
            try {
                return LocalDate.parse(value, ISO_DATE);
            } catch (DateTimeParseException e) {
                problems.add(line, Field.CORRECTIONS.key(), "\"" + value + "\" is not a real date (YYYY-MM-DD:"
                        + " month 01-12, day within the month)");
                return null;
            }
        }

        /** Earlier site paths: relative .html paths of plain letters, digits, '.', '_', '-' and '/'. */
        List<String> aliases() {
            List<String> aliases = new ArrayList<>();
            for (String alias : list(Field.ALIASES, false)) {
                if (SitePaths.isSafePage(alias)) {
                    aliases.add(alias);
                } else {
                    problem(Field.ALIASES, "\"" + alias + "\" is not a page path of this site; give the earlier"
                            + " path relative to the site root, ending in .html, e.g. \"" + Field.ALIASES.example()
                            + "\" (letters, digits, '-', '_', '.' and '/' only, no \"..\")");
                }
            }
            return aliases;
        }

        /** The robots rule, normalised to "index, follow" form; "" when the field is absent. */
        String robots() {
            String value = text(Field.ROBOTS);
            if (value.isEmpty()) {
                return "";
            }
            return RobotsRule.parse(value).orElseGet(() -> {
                problem(Field.ROBOTS, "\"" + value + "\" is not a robots rule; use \"index, follow\" (where the"
                        + " licence allows search engines to index the copy) or \"noindex, follow\"");
                return "";
            });
        }

        Status status() {
            String value = required(Field.STATUS);
            for (Status status : Status.values()) {
                if (status.word().equalsIgnoreCase(value)) {
                    return status;
                }
            }
            if (!value.isEmpty()) {
                problem(Field.STATUS, "\"" + value + "\" is not a status; use \"published\", \"draft\" or \"withdrawn\"");
            }
            return Status.DRAFT;
        }
    }
}
