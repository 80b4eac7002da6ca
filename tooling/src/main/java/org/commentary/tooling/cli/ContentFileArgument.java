package org.commentary.tooling.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import org.commentary.metadata.SourceFormat;
import org.commentary.tooling.SiteLayout;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Checks a path given on the command line names an existing content file of the collection. */
final class ContentFileArgument {

    private ContentFileArgument() {
    }

    /** {@code path}, absolute; a usage error when it is not an article file under content/. */
    static Path existing(CommandSpec spec, SiteLayout site, Path path) {
        Path file = inContent(spec, site, path);
        if (!Files.isRegularFile(file)) {
            throw new ParameterException(spec.commandLine(), path + ": no such file");
        }
        return file;
    }

    /** {@code path}, absolute; a usage error when it is not below content/ or not a .md or .adoc file. */
    static Path inContent(CommandSpec spec, SiteLayout site, Path path) {
        Path file = path.toAbsolutePath().normalize();
        if (!file.startsWith(site.content())) {
            throw new ParameterException(spec.commandLine(), path + " is not in the content folder ("
                    + site.show(site.content()) + "/)");
        }
        if (SourceFormat.forFileName(file.getFileName().toString()) == null) {
            throw new ParameterException(spec.commandLine(), path + " is not a content file; articles end in .md or"
                    + " .adoc");
        }
        return file;
    }
}
