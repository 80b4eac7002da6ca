package org.commentary.vocabulary;

/**
 * The collection's own texts, configured once and rendered on every page or article, and the
 * language its pages are written in (a BCP 47 tag; articles in another language say so).
 */
public record Collection(String name, String tagline, String disclaimer, String fairUse, String language) {

    /** The language of a collection that names none. */
    public static final String DEFAULT_LANGUAGE = "en";

    /** A collection in the default language. */
    public Collection(String name, String tagline, String disclaimer, String fairUse) {
        this(name, tagline, disclaimer, fairUse, DEFAULT_LANGUAGE);
    }
}
