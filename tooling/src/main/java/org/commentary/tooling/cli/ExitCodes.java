package org.commentary.tooling.cli;

/** What the commands exit with, the same for all of them. */
public final class ExitCodes {

    /** Done; the content checked has no problem. */
    public static final int OK = 0;
    /** Content problems (listed as file:line: field: message), or the command could not finish. */
    public static final int CONTENT_ERRORS = 1;
    /** The command line was wrong: unknown option, missing value, unknown region, existing file... */
    public static final int USAGE = 2;

    /** The help footer every command shows. */
    static final String FOOTER = "%nExit codes: 0 ok, 1 content problems, 2 usage error.";

    private ExitCodes() {
    }
}
