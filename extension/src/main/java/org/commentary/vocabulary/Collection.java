package org.commentary.vocabulary;

/** The collection's own texts, configured once and rendered on every page or article. */
public record Collection(String name, String tagline, String disclaimer, String fairUse) {
}
