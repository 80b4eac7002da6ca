package org.commentary.tooling;

import java.util.Collection;
import java.util.Optional;

import org.commentary.validation.Suggestions;
import org.commentary.vocabulary.Profile;
import org.commentary.vocabulary.Slugs;
import org.commentary.vocabulary.Term;
import org.commentary.vocabulary.TermList;

/** Matches names given by a maintainer or read from a page against the collection's data files. */
public final class Names {

    private Names() {
    }

    /**
     * The vocabulary term {@code name} means: by name or slug as the build accepts them, or by the
     * slug of the name ("Middle East and North Africa" for "Middle East &amp; North Africa").
     */
    public static Optional<Term> term(String name, TermList vocabulary) {
        return vocabulary.find(name).or(() -> vocabulary.find(Slugs.of(name)));
    }

    /** Why {@code name} is not a term, with the nearest known one or the list of them. */
    public static String unknownTerm(String kind, String name, TermList vocabulary) {
        return "\"" + name + "\" is not a " + kind + " of this collection; "
                + Suggestions.hint(name, vocabulary.names(), vocabulary.dataFile());
    }

    /**
     * The spelling a profile in {@code data/authors.yml} or {@code data/sources.yml} uses for
     * {@code name}, when the two would share a page ("Emre Kilic" and "Emre Kılıç"), so one
     * person or outlet does not end up with two spellings.
     */
    public static Optional<String> knownSpelling(String name, Collection<Profile> profiles) {
        String slug = Slugs.of(name);
        return profiles.stream().map(Profile::name)
                .filter(known -> !known.equals(name) && Slugs.of(known).equals(slug))
                .findFirst();
    }
}
