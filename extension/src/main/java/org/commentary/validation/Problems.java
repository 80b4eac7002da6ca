package org.commentary.validation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Collects what checking one file found: problems, which stop the build, and warnings, which
 * are reported but let the file be published.
 */
public final class Problems {

    private final Path file;
    private final List<Problem> found = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    public Problems(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    public void add(int line, String field, String message) {
        found.add(new Problem(file, line, field, message));
    }

    /** Records a warning; {@code line} 0 when it concerns the whole file. */
    public void warn(int line, String message) {
        warnings.add(line > Problem.NO_LINE ? "line " + line + ": " + message : message);
    }

    public List<String> warnings() {
        return Collections.unmodifiableList(warnings);
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public List<Problem> list() {
        return Collections.unmodifiableList(found);
    }
}
