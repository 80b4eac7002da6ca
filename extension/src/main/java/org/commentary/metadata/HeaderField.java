package org.commentary.metadata;

/** One {@code key=value} (or {@code :jbake-key: value}) line of a file's header, with its line. */
public record HeaderField(String key, String value, int line) {
}
