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
    private long lastStep;
    private final StringBuilder steps = new StringBuilder();

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
        lastStep = renderStarted;
    }

    /** Marks the end of one rendering step, named for the log. */
    public synchronized void step(String name) {
        long now = System.nanoTime();
        steps.append(steps.length() == 0 ? "" : ", ").append(name)
                .append(String.format(Locale.ROOT, " %.2f s", seconds(now - lastStep)));
        lastStep = now;
    }

    /** One line: every phase in seconds, e.g. for the benchmark to collect. */
    public synchronized String summary(int pages) {
        long now = System.nanoTime();
        long crawlStart = firstRead == 0 ? renderStarted : firstRead;
        return String.format(Locale.ROOT, "Build phases: start-up %.2f s, crawl %.2f s (%d files; reading and"
                        + " converting %.2f s), render %.2f s (%d files: %s), total %.2f s",
                seconds(crawlStart - started), seconds(renderStarted - crawlStart), files, seconds(readingNanos),
                seconds(now - renderStarted), pages, steps, seconds(now - started));
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
