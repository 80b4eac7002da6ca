package org.commentary.tooling.importer;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.commentary.tooling.Names;
import org.commentary.vocabulary.SiteData;
import org.commentary.vocabulary.Slugs;
import org.commentary.vocabulary.Term;
import org.commentary.vocabulary.TermList;

/**
 * What to do with a region or theme a saved page names that is not in data/: map it to one of
 * ours ({@code --map "Intelligence=Geopolitics"}), add it to data/regions.yml or data/themes.yml
 * ({@code --add-terms}), or report it. Additions are only collected here; {@link TermAdditions}
 * writes them, once, before the imported files are checked.
 */
public final class TermChoices {

    /** What a name became: a term's name (with a note saying why), or nothing (the note says how to fix it). */
    public record Choice(Optional<String> name, String note) {
    }

    private final SiteData data;
    private final Map<String, String> map;
    private final boolean addTerms;
    private final Map<TermLine.Kind, Set<String>> added = new LinkedHashMap<>();
    // What the page being read would add: kept only if its article is written.
    private final Map<TermLine.Kind, Set<String>> pending = new LinkedHashMap<>();

    private TermChoices(SiteData data, Map<String, String> map, boolean addTerms) {
        this.data = data;
        this.map = map;
        this.addTerms = addTerms;
    }

    /** No mapping, nothing added: unknown names are reported. */
    public static TermChoices none(SiteData data) {
        return new TermChoices(data, Map.of(), false);
    }

    /**
     * Choices from the command line: {@code mappings} as {@code "Page name=Our name"}.
     *
     * @throws IllegalArgumentException naming a mapping that is malformed or maps to a name data/ does not have
     */
    public static TermChoices of(SiteData data, List<String> mappings, boolean addTerms) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String mapping : mappings) {
            int equals = mapping.indexOf('=');
            String from = equals < 0 ? "" : mapping.substring(0, equals).strip();
            String to = equals < 0 ? "" : mapping.substring(equals + 1).strip();
            if (from.isEmpty() || to.isEmpty()) {
                throw new IllegalArgumentException("--map \"" + mapping + "\": give it as \"Name on the page=Our"
                        + " name\", e.g. --map \"Intelligence=Geopolitics\"");
            }
            if (Names.term(to, data.regions()).isEmpty() && Names.term(to, data.themes()).isEmpty()) {
                throw new IllegalArgumentException("--map \"" + mapping + "\": \"" + to + "\" is neither a region"
                        + " nor a theme of this collection (data/regions.yml, data/themes.yml)");
            }
            map.put(key(from), to);
        }
        return new TermChoices(data, map, addTerms);
    }

    /** What {@code name}, which is not a term of the {@code kind}'s vocabulary, becomes. */
    synchronized Choice choose(TermLine.Kind kind, String name) {
        TermList vocabulary = kind == TermLine.Kind.REGION ? data.regions() : data.themes();
        String target = map.get(key(name));
        if (target != null) {
            Optional<Term> term = Names.term(target, vocabulary);
            if (term.isPresent()) {
                return new Choice(Optional.of(term.get().name()), "Mapped the " + kind.field() + " \"" + name
                        + "\" to \"" + term.get().name() + "\" (--map)");
            }
            return new Choice(Optional.empty(), "--map names \"" + target + "\", which is not a " + kind.field());
        }
        if (addTerms) {
            pending.computeIfAbsent(kind, k -> new LinkedHashSet<>()).add(name);
            return new Choice(Optional.of(name), "Added the " + kind.field() + " \"" + name + "\" (slug "
                    + Slugs.of(name) + ") to " + vocabulary.dataFile() + " (--add-terms); give it a description there");
        }
        return new Choice(Optional.empty(), "--map \"" + name + "=Our name\" maps it, --add-terms adds it to "
                + vocabulary.dataFile());
    }

    /** The page just read was written: the terms it named are to be added. */
    synchronized void keepPending() {
        pending.forEach((kind, names) -> added.computeIfAbsent(kind, k -> new LinkedHashSet<>()).addAll(names));
        pending.clear();
    }

    /** The page just read was not written (a duplicate): nothing it named is added. */
    synchronized void dropPending() {
        pending.clear();
    }

    /** The names {@code --add-terms} accepted for {@code kind}, in the order met, from pages written. */
    synchronized List<String> additions(TermLine.Kind kind) {
        return List.copyOf(added.getOrDefault(kind, Set.of()));
    }

    private static String key(String name) {
        return Slugs.of(name.toLowerCase(Locale.ROOT));
    }
}
