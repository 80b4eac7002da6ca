package org.commentary.model;

/**
 * An article's languages: the language of its text (always set: the collection's own when the header gives
 * none), the language its original was written in ("" unless it is a translation that says so) and the
 * other language version of the same piece in the collection ("" or its file as it is under content/).
 */
public record Languages(String language, String originalLanguage, String translationOf) {

    /** An article in {@code language} that is no translation. */
    public static Languages of(String language) {
        return new Languages(language, "", "");
    }
}
