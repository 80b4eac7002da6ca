package org.commentary.tooling;

import org.commentary.tooling.cli.CommentaryCommand;

/** {@code java -jar commentary-tooling.jar <command>}: see {@link CommentaryCommand}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(CommentaryCommand.commandLine().execute(args));
    }
}
