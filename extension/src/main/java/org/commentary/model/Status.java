package org.commentary.model;

/**
 * Whether a file is published, kept back as a draft (checked, never written to the site), or
 * withdrawn (only a notice page stays at its address).
 */
public enum Status {
    PUBLISHED("published"),
    DRAFT("draft"),
    /** Taken down: only a notice stays at the article's address. */
    WITHDRAWN("withdrawn");

    private final String word;

    Status(String word) {
        this.word = word;
    }

    /** The word used in headers and in JBake's model. */
    public String word() {
        return word;
    }
}
