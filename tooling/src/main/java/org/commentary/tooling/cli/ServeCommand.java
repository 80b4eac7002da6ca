package org.commentary.tooling.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.util.concurrent.Callable;

import org.commentary.tooling.SiteLayout;
import org.commentary.tooling.serve.LivePreview;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code serve}: the site built in memory, served on this machine, rebuilt and reloaded on every save. */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Serves the site at http://127.0.0.1:PORT/ (this machine only) until Ctrl+C, built in"
                + " memory with the build's own pipeline.",
                "Every save under content/, data/, templates/ or assets/, or to jbake.properties, rebuilds at once:"
                        + " only changed files are read again and only the pages they change are redrawn. Open"
                        + " pages reload by themselves when they changed.",
                "A file with problems never takes the site down: the problems are printed as file:line: field:"
                        + " message, shown over the page in the browser, and the last good site stays served"
                        + " until they are fixed.",
                "Pages are byte for byte what mvn package writes, plus a small reload script that only serve"
                        + " adds."},
        footer = {"%nExamples:",
                "  ./commentary serve",
                "  ./commentary serve --port 0      (any free port; the address is printed)",
                "  COMMENTARY_DEBUG=1 ./commentary serve   (rebuilds print their timings)",
                "%nExit codes: 130 stopped with Ctrl+C (as any program so stopped), 1 jbake.properties cannot be"
                        + " read or has a wrong setting, 2 usage error (such as a port in use)."})
public final class ServeCommand implements Callable<Integer> {

    /** The port serve uses unless told otherwise (jbake:inline's, which it replaces). */
    public static final int DEFAULT_PORT = 8820;

    @Spec
    private CommandSpec spec;

    @Mixin
    private SiteOption siteOption;

    @Option(names = "--port", paramLabel = "N", defaultValue = "" + DEFAULT_PORT,
            description = "The port on 127.0.0.1 (0 picks a free one). Default: ${DEFAULT-VALUE}.")
    private int port;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (port < 0 || port > 65535) {
            throw new ParameterException(spec.commandLine(), "--port " + port + ": give a port from 1 to 65535,"
                    + " or 0 for any free port");
        }
        SiteLayout site = siteOption.layout();
        PrintWriter out = spec.commandLine().getOut();
        out.println("Building " + site.root() + " ...");
        out.flush();
        LivePreview preview;
        try {
            // COMMENTARY_DEBUG, the tools' debugging switch, also shows where each rebuild's time goes.
            preview = LivePreview.start(site.folders(), port, out, System.getenv("COMMENTARY_DEBUG") != null);
        } catch (BindException e) {
            throw new ParameterException(spec.commandLine(), "port " + port + " is in use (another ./commentary"
                    + " serve, or mvn jbake:inline?); stop it, or choose another with --port N (--port 0 picks"
                    + " a free one)");
        } catch (IllegalStateException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return ExitCodes.CONTENT_ERRORS;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            preview.close();
            out.println("Stopped.");
            out.flush();
        }, "serve-stop"));
        out.println("Serving " + preview.name() + " at " + preview.url() + " (Ctrl+C to stop)");
        out.flush();
        preview.awaitClose();
        return ExitCodes.OK;
    }
}
