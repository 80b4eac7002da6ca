package org.commentary.jbake;

import java.util.Locale;

/**
 * Times the phases of one bake, for the build log and the benchmark: JBake's start-up (content
 * store, schema), crawling (of which our reading and converting), and our rendering.
 */
public final class BuildClock {

    private final long started = System.nanoTime();
    private long firstRead;
    private long readingNanos;
    private int files;
    private long renderStarted;

    synchronized void reading(long nanos) {
        if (firstRead == 0) {
            firstRead = System.nanoTime() - nanos;
        }
        readingNanos += nanos;
        files++;
    }

    /** Marks the end of crawling and the start of rendering. */
    public synchronized void renderStarts() {
        renderStarted = System.nanoTime();
    }

    /** One line: every phase in seconds, e.g. for the benchmark to collect. */
    public synchronized String summary(int pages) {
        long now = System.nanoTime();
        long crawlStart = firstRead == 0 ? renderStarted : firstRead;
        return String.format(Locale.ROOT, "Build phases: start-up %.2f s, crawl %.2f s (%d files; reading and"
                        + " converting %.2f s), render %.2f s (%d files), total %.2f s",
                seconds(crawlStart - started), seconds(renderStarted - crawlStart), files, seconds(readingNanos),
                seconds(now - renderStarted), pages, seconds(now - started));
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
