package org.commentary.tooling.cli;

import java.nio.file.Path;

/** The Markdown import fixtures, for the importer package's tests. */
public final class ImportCommandTestAccess {

    private ImportCommandTestAccess() {
    }

    /** src/test/resources/import/{@code name}. */
    public static Path fixture(String name) {
        return ImportCommandTest.fixturePath(name);
    }
}
