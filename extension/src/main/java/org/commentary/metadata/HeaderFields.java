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
import org.commentary.model.Status;
import org.commentary.validation.LanguageTags;
import org.commentary.validation.Problems;
import org.commentary.validation.Suggestions;
import org.commentary.validation.Urls;
import org.commentary.vocabulary.Term;
import org.commentary.vocabulary.TermList;

/** A header's fields by name, with the checks every field shares: present, required, a date, a list, a term. */
final class HeaderFields {

    static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);
    static final Pattern DATE_SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern COPYRIGHT_SIGN = Pattern.compile("^((©|\\(c\\)|copyright\\b)\\s*)+",
            Pattern.CASE_INSENSITIVE);

    private final HeaderBlock block;
    private final Problems problems;
    private final Map<Field, HeaderField> byField = new EnumMap<>(Field.class);
    private final Map<Field, List<HeaderField>> repeated = new EnumMap<>(Field.class);

    HeaderFields(HeaderBlock block, Problems problems) {
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

    /** Every line of a repeatable field (corrections), in file order. */
    List<HeaderField> entries(Field field) {
        return repeated.getOrDefault(field, List.of());
    }

    /** Reports a problem of {@code field} on {@code line} (one entry of a repeatable field). */
    void problemAt(int line, Field field, String message) {
        problems.add(line, field.key(), message);
    }

    /** How this header writes {@code key} with value {@code example}, for messages that show the fix. */
    String syntax(String key, String example) {
        return block.fieldSyntax(key, example);
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
