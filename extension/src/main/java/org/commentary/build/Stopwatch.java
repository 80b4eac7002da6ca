package org.commentary.build;

import java.util.Locale;

/** Times the steps of one build for the log line the benchmark reads ("Build phases: ..."). */
final class Stopwatch {

    private final long started = System.nanoTime();
    private long last = started;
    private final StringBuilder steps = new StringBuilder();

    /** Ends the current step, named for the log. */
    void step(String name) {
        long now = System.nanoTime();
        steps.append(steps.length() == 0 ? "" : ", ").append(name)
                .append(String.format(Locale.ROOT, " %.2f s", (now - last) / 1e9));
        last = now;
    }

    String summary() {
        return String.format(Locale.ROOT, "Build phases: %s, total %.2f s", steps, (System.nanoTime() - started) / 1e9);
    }
}
