package org.commentary.tooling.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.commentary.content.ContentPaths;
import org.commentary.tooling.SiteLayout;
import org.commentary.tooling.edit.ArticleEdits;
import org.commentary.tooling.edit.FileMove;
import org.commentary.validation.Problems;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code move OLD NEW}: renames an article file and keeps its old address working. */
@Command(name = "move", mixinStandardHelpOptions = true,
        description = {"Renames or moves an article file and adds its old page address to its aliases, so that"
                + " links to the old address still reach it: the build writes a small redirect page there.",
                "Inside a git work tree the file is moved with git mv, so its history follows it. Then the moved"
                        + " file is checked (an image it links to beside the old file must move with it)."},
        footer = {"%nExample:",
                "  ./commentary move content/articles/2024/strait.md content/articles/2024/strait-and-ledger.md",
                "%nExit codes: 0 moved and the file passes check, 1 moved but it has problems (listed), 2 usage"
                        + " error (nothing changed)."})
public final class MoveCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private SiteOption siteOption;

    @Parameters(index = "0", paramLabel = "OLD", description = "The article's file now, under content/.")
    private Path oldPath;

    @Parameters(index = "1", paramLabel = "NEW", description = "Its new file name, under content/, with the same"
            + " extension.")
    private Path newPath;

    @Override
    public Integer call() throws IOException {
        SiteLayout site = siteOption.layout();
        Path from = ContentFileArgument.existing(spec, site, oldPath);
        Path to = ContentFileArgument.inContent(spec, site, newPath);
        if (Files.exists(to)) {
            throw usage(newPath + " already exists; choose another name (nothing was moved)");
        }
        String oldName = from.getFileName().toString();
        String newName = to.getFileName().toString();
        if (!extension(oldName).equalsIgnoreCase(extension(newName))) {
            throw usage("keep the extension ." + extension(oldName) + ": move changes the address, not the format");
        }
        Problems names = new Problems(to);
        ContentPaths.checkNames(ContentPaths.relative(site.content(), to), names);
        if (!names.isEmpty()) {
            throw usage(newPath + ": " + names.list().get(0).message());
        }
        String oldAddress = ArticleEdits.sitePath(site.content(), from);
        String newAddress = ArticleEdits.sitePath(site.content(), to);
        String moved;
        try {
            // Everything that can fail is done before the file moves.
            moved = ArticleEdits.withAlias(from, oldAddress);
        } catch (ArticleEdits.EditException e) {
            throw usage(e.getMessage() + " (nothing was moved)");
        }
        List<Path> versions = ArticleEdits.namingAsTranslation(site.content(),
                ContentPaths.relative(site.content(), from));
        FileMove.How how = FileMove.move(site.root(), from, to);
        ArticleEdits.write(to, moved);
        List<Path> changed = new ArrayList<>(List.of(to));
        for (Path version : versions) {
            try {
                ArticleEdits.setTranslationOf(version, ContentPaths.relative(site.content(), to));
                changed.add(version);
            } catch (ArticleEdits.EditException e) {
                spec.commandLine().getErr().println("Moved, but " + site.show(version) + " still names the old file"
                        + " in translation_of: " + e.getMessage());
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("Moved " + site.show(from) + " to " + site.show(to) + (how == FileMove.How.GIT ? " (git mv)" : "")
                + "; its old address " + oldAddress + " now redirects to " + newAddress + ".");
        for (Path version : changed.subList(1, changed.size())) {
            out.println("Updated translation_of in " + site.show(version) + ", its other language version.");
        }
        return EditCheck.report(site, changed, out);
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1);
    }
}
