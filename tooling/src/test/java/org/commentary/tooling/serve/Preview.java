package org.commentary.tooling.serve;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;

/** A preview of a {@link PreviewSite} running in this JVM on a free port, with what it printed. */
final class Preview implements AutoCloseable {

    private final StringWriter printed = new StringWriter();
    private final LivePreview preview;

    Preview(PreviewSite site) {
        try {
            preview = LivePreview.start(site.folders(), 0, new PrintWriter(printed, true), false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    LivePreview live() {
        return preview;
    }

    URI url() {
        return preview.url();
    }

    Http.Response get(String path) {
        return Http.get(url(), path);
    }

    EventStream events() {
        return EventStream.open(url());
    }

    /** Everything serve printed so far. */
    String printed() {
        synchronized (printed) {
            return printed.toString();
        }
    }

    @Override
    public void close() {
        preview.close();
    }
}
