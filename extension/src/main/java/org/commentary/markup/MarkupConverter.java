package org.commentary.markup;

import org.commentary.validation.Problems;

/** Turns an article body into an HTML fragment (not yet sanitized). */
public interface MarkupConverter {

    /** Converts {@code markup}; problems that must stop the build go to {@code problems}. */
    String toHtml(String markup, Problems problems);
}
