package org.commentary.vocabulary;

import org.commentary.validation.RobotsRule;

/**
 * The collection's own texts, configured once and rendered on every page or article, the language
 * its pages are written in (a BCP 47 tag; articles in another language say so), and its publishing
 * policy for republished copies.
 *
 * @param articleRobots     the robots rule of article pages ("noindex, follow" unless set)
 * @param canonicalOriginal whether an article's canonical link is its original rather than its page here
 * @param tagAuthority      the "authority,date" part of the permanent tag: URIs that identify feeds and entries
 */
public record Collection(String name, String tagline, String disclaimer, String fairUse, String language,
                         String articleRobots, boolean canonicalOriginal, String tagAuthority) {

    /** The language of a collection that names none. */
    public static final String DEFAULT_LANGUAGE = "en";

    /** A collection in the default language, with the default publishing policy. */
    public Collection(String name, String tagline, String disclaimer, String fairUse) {
        this(name, tagline, disclaimer, fairUse, DEFAULT_LANGUAGE);
    }

    /** A collection in {@code language}, with the default publishing policy. */
    public Collection(String name, String tagline, String disclaimer, String fairUse, String language) {
        this(name, tagline, disclaimer, fairUse, language, RobotsRule.NOINDEX_FOLLOW, false, Slugs.of(name) + ",2024");
    }

    /** The permanent {@code tag:} URI of {@code specific} (a site path), whatever address the site moves to. */
    public String tagUri(String specific) {
        return "tag:" + tagAuthority + ":" + specific;
    }
}
