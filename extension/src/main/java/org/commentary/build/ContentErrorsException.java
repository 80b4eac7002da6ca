package org.commentary.build;

import java.util.List;

import org.commentary.validation.Problem;

/**
 * Stops the build before anything is written because content is invalid. Unchecked on purpose:
 * JBake carries on with its other renderers after a {@code RenderingException}, and nothing may
 * be published from a collection with errors. The problems themselves are logged one per line.
 */
public final class ContentErrorsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public ContentErrorsException(List<Problem> problems) {
        super(problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in the collection's files"
                + " (listed above, one per line as file:line: field: message); nothing was published. Fix them and"
                + " build again.");
        this.problems = List.copyOf(problems);
    }

    /** The problems that stopped the build. */
    public List<Problem> problems() {
        return problems;
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        // The message is the whole story; a stack trace would only bury it.
        return this;
    }
}
