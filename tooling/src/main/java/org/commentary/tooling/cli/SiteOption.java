package org.commentary.tooling.cli;

import java.io.IOException;
import java.nio.file.Path;

import org.commentary.tooling.SiteLayout;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code --root}: the repository the command works on, by default the one around the current folder. */
public final class SiteOption {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @Option(names = "--root", paramLabel = "DIR",
            description = "The site's repository root (the folder with jbake.properties). Default: the current"
                    + " folder or the nearest one above it that has jbake.properties.")
    private Path root;

    /** The site's layout; a usage error when there is no site. */
    public SiteLayout layout() {
        Path start = root != null ? root : Path.of("");
        Path found = root != null ? root : SiteLayout.findRoot(start).orElseThrow(() -> new ParameterException(
                spec.commandLine(), "Not inside the site's repository: no " + SiteLayout.PROPERTIES + " in "
                + start.toAbsolutePath() + " or above it. Run this from the repository root, or pass --root DIR."));
        try {
            return SiteLayout.at(found);
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), "Cannot read " + found.resolve(SiteLayout.PROPERTIES)
                    + ": " + e.getMessage() + ". Is --root the repository root?");
        }
    }
}
