package org.commentary.tooling.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The {@code commentary} command: maintainer tools for adding, checking and previewing articles. */
@Command(name = "commentary", mixinStandardHelpOptions = true, version = "commentary tooling 0.1",
        description = {"Tools for adding articles to the collection, checking them without building the site,"
                + " previewing the site while you write, and withdrawing or moving articles later.",
                "Run them from the repository root: ./commentary <command> [options]."},
        subcommands = {CheckCommand.class, NewCommand.class, ImportCommand.class, ServeCommand.class,
                WithdrawCommand.class, MoveCommand.class, CommandLine.HelpCommand.class},
        footer = {"%nAdd an article: ./commentary import saved-page.html (a page saved from the browser, or saved as"
                + " Markdown; or ./commentary new --title ...), fill in what it lists, ./commentary check, then preview"
                + " with ./commentary serve. Later: ./commentary withdraw or move. See CONTRIBUTING.md.",
                ExitCodes.FOOTER})
public final class CommentaryCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: give one of check, new, import, serve,"
                + " withdraw, move"
                + " (./commentary --help lists them)");
    }

    /** The command line with every command, writing to the console. */
    public static CommandLine commandLine() {
        return commandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    /** The command line with every command, writing to {@code out} and {@code err} (tests use this). */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new CommentaryCommand());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExitCodeExceptionMapper(e -> e instanceof ParameterException
                ? ExitCodes.USAGE : ExitCodes.CONTENT_ERRORS);
        commandLine.setParameterExceptionHandler((e, args) -> {
            CommandLine cmd = e.getCommandLine();
            String name = cmd.getCommandSpec().qualifiedName();
            cmd.getErr().println(name + ": " + e.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(e, cmd.getErr());
            cmd.getErr().println("Try: ./" + name + " --help");
            return ExitCodes.USAGE;
        });
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println(cmd.getCommandSpec().qualifiedName() + ": " + e);
            if (System.getenv("COMMENTARY_DEBUG") != null) {
                e.printStackTrace(cmd.getErr());
            } else {
                cmd.getErr().println("(set COMMENTARY_DEBUG=1 for the stack trace)");
            }
            return ExitCodes.CONTENT_ERRORS;
        });
        return commandLine;
    }
}
