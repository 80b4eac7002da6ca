package org.commentary.render;

/**
 * Stops the bake before anything is written because content is invalid. Unchecked on purpose:
 * JBake carries on with its other renderers after a {@code RenderingException}, and nothing may
 * be published from a collection with errors. The problems themselves are logged one per line.
 */
public final class ContentErrorsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ContentErrorsException(int count) {
        super(count + (count == 1 ? " problem" : " problems") + " in the collection's files (listed above, one per"
                + " line as file:line: field: message); nothing was published. Fix them and build again.");
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        // The message is the whole story; a stack trace would only bury it.
        return this;
    }
}
