package org.commentary.tooling;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;

import org.commentary.tooling.cli.CommentaryCommand;

/** Runs the command line in this JVM, as {@code ./commentary} would, and keeps what it printed. */
public final class Cli {

    /** One run: its exit code and its output. */
    public record Run(int exit, String out, String err) {

        /** Standard output, line by line. */
        public List<String> lines() {
            return out.isEmpty() ? List.of() : Arrays.asList(out.split("\\R"));
        }

        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    private Cli() {
    }

    public static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = CommentaryCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Run(exit, out.toString(), err.toString());
    }
}
