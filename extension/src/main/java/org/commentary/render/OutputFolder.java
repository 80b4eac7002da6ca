package org.commentary.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Empties the output folder before a bake writes into it. JBake never prunes it, so a renamed or
 * deleted article would otherwise stay on the published site.
 */
final class OutputFolder {

    private OutputFolder() {
    }

    /** Deletes everything inside {@code output}, refusing folders that hold the sources. */
    static void clear(Path output, Path sourceRoot) {
        Path out = output.toAbsolutePath().normalize();
        Path source = sourceRoot.toAbsolutePath().normalize();
        if (out.getParent() == null || source.startsWith(out)) {
            throw new IllegalStateException("Refusing to empty the output folder " + out
                    + ": it contains the site's sources. Set a separate destination folder.");
        }
        if (!Files.isDirectory(out)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(out)) {
            walk.sorted(Comparator.reverseOrder())
                    .filter(path -> !path.equals(out))
                    .forEach(OutputFolder::delete);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot empty the output folder " + out, e);
        }
    }

    private static void delete(Path path) {
        try {
            Files.delete(path);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + path, e);
        }
    }
}
