package org.commentary.tooling.edit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Renames a file: with {@code git mv} when it is tracked in a git work tree (so the history follows
 * it), otherwise on disk.
 */
public final class FileMove {

    /** How the file was moved. */
    public enum How { GIT, DISK }

    private FileMove() {
    }

    /** Moves {@code from} to {@code to} (whose folder is created), inside the repository at {@code root}. */
    public static How move(Path root, Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        if (git(root, "ls-files", "--error-unmatch", "--", from.toString()) == 0) {
            if (git(root, "mv", "--", from.toString(), to.toString()) == 0) {
                return How.GIT;
            }
            throw new IOException("git mv " + from + " " + to + " failed; is the file staged or locked?");
        }
        Files.move(from, to);
        return How.DISK;
    }

    // git's exit code, or -1 when git cannot be run (not installed): then the file is moved on disk.
    private static int git(Path root, String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of("git", "-C", root.toString()));
        command.addAll(List.of(arguments));
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            return -1;
        }
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("git " + String.join(" ", arguments) + " did not finish in 30 s");
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running git", e);
        }
    }
}
