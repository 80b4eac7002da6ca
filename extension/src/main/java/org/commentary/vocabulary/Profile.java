package org.commentary.vocabulary;

/** Optional data about an author or a source outlet: its bio or description and home page. */
public record Profile(String name, String about, String url) {
}
