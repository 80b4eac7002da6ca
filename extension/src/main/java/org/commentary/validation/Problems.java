package org.commentary.validation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Collects the problems found in one file, remembering which file they belong to. */
public final class Problems {

    private final Path file;
    private final List<Problem> found = new ArrayList<>();

    public Problems(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    public void add(int line, String field, String message) {
        found.add(new Problem(file, line, field, message));
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public List<Problem> list() {
        return Collections.unmodifiableList(found);
    }
}
