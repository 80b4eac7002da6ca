package org.commentary.model;

/** Header of a standalone page ({@code type=page}), such as the About page. */
public record PageMetadata(String title, String summary, Status status) implements Metadata {
}
