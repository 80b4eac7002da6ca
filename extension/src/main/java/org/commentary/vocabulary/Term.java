package org.commentary.vocabulary;

/** One entry of a controlled vocabulary (a region or a theme): display name, file-name slug, blurb. */
public record Term(String name, String slug, String description) {
}
