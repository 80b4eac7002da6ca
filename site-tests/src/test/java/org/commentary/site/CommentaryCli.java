package org.commentary.site;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;

import org.commentary.tooling.cli.CommentaryCommand;

/** Runs {@code ./commentary} in this JVM, with the command line the script runs, and keeps what it printed. */
public final class CommentaryCli {

    /** One run: its exit code and what it printed on standard output and standard error. */
    public record Run(int exit, String out, String err) {

        /** Standard output, line by line. */
        public List<String> lines() {
            return out.isEmpty() ? List.of() : Arrays.asList(out.split("\\R"));
        }

        /** Standard error, line by line. */
        public List<String> errLines() {
            return err.isEmpty() ? List.of() : Arrays.asList(err.split("\\R"));
        }

        /** The printed problems: every output line but warnings ({@code file: warning: ...}), which pass. */
        public List<String> problemLines() {
            return lines().stream().filter(line -> !line.contains(": warning: ")).toList();
        }

        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    private CommentaryCli() {
    }

    public static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = CommentaryCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Run(exit, out.toString(), err.toString());
    }
}
