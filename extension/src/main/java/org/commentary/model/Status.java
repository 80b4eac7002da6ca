package org.commentary.model;

/** Whether a file is published or kept back as a draft (checked, never written to the site). */
public enum Status {
    PUBLISHED("published"),
    DRAFT("draft");

    private final String word;

    Status(String word) {
        this.word = word;
    }

    /** The word used in headers and in JBake's model. */
    public String word() {
        return word;
    }
}
