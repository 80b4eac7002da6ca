package org.commentary.vocabulary;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Everything the data folder says about the collection: vocabularies, profiles, its own texts. */
public record SiteData(Collection collection, TermList regions, TermList themes,
                       Map<String, Profile> authors, Map<String, Profile> sources) {

    public Optional<Profile> author(String name) {
        return Optional.ofNullable(authors.get(name.toLowerCase(Locale.ROOT)));
    }

    public Optional<Profile> source(String name) {
        return Optional.ofNullable(sources.get(name.toLowerCase(Locale.ROOT)));
    }
}
