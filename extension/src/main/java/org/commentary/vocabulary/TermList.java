package org.commentary.vocabulary;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** A controlled vocabulary, looked up by display name or slug regardless of case. */
public final class TermList {

    private final String dataFile;
    private final List<Term> terms;
    private final Map<String, Term> byKey = new LinkedHashMap<>();

    public TermList(String dataFile, List<Term> terms) {
        this.dataFile = dataFile;
        this.terms = List.copyOf(terms);
        for (Term term : terms) {
            byKey.putIfAbsent(key(term.name()), term);
            byKey.putIfAbsent(key(term.slug()), term);
        }
    }

    /** The data file the vocabulary comes from, e.g. {@code data/regions.yml}, for error messages. */
    public String dataFile() {
        return dataFile;
    }

    public List<Term> terms() {
        return terms;
    }

    public Optional<Term> find(String nameOrSlug) {
        return Optional.ofNullable(byKey.get(key(nameOrSlug)));
    }

    public List<String> names() {
        List<String> names = new ArrayList<>();
        terms.forEach(t -> names.add(t.name()));
        return Collections.unmodifiableList(names);
    }

    private static String key(String value) {
        return value.strip().toLowerCase(Locale.ROOT);
    }
}
