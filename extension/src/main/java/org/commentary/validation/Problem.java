package org.commentary.validation;

import java.nio.file.Path;
import java.util.Comparator;

/** One thing wrong with one content or data file, phrased so a contributor can fix it. */
public record Problem(Path file, int line, String field, String message) implements Comparable<Problem> {

    /** Line number used when a problem concerns the whole file rather than one line. */
    public static final int NO_LINE = 0;

    private static final Comparator<Problem> ORDER = Comparator
            .comparing((Problem p) -> p.file().toString())
            .thenComparingInt(Problem::line)
            .thenComparing(Problem::field)
            .thenComparing(Problem::message);

    /** Renders the problem as {@code file:line: field: message}, the format editors and CI read. */
    public String format(Path base) {
        Path shown = base == null ? file : relativise(base, file);
        String where = line > NO_LINE ? shown + ":" + line : shown.toString();
        return where + ": " + field + ": " + message;
    }

    private static Path relativise(Path base, Path file) {
        try {
            return base.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize());
        } catch (IllegalArgumentException differentRoots) {
            return file;
        }
    }

    @Override
    public int compareTo(Problem other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return format(null);
    }
}
