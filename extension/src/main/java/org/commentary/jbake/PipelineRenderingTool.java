package org.commentary.jbake;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.commons.configuration2.CompositeConfiguration;
import org.commentary.build.ContentErrorsException;
import org.commentary.build.SiteBuild;
import org.commentary.output.DiskOutput;
import org.commentary.output.OfflineCopy;
import org.commentary.output.OfflineEdition;
import org.commentary.site.SiteSettings;
import org.commentary.source.SourceFolders;
import org.commentary.validation.DataProblemsFirst;
import org.commentary.validation.Problem;
import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.render.RenderingTool;
import org.jbake.template.RenderingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * JBake's one hook into the commentary pipeline: JBake launches the bake and reads
 * jbake.properties; this rendering tool hands the pipeline the source root, the settings and the
 * destination, and reports what it did. JBake's own crawler, data loader and asset copier are
 * pointed at an empty folder (see jbake.properties), so JBake's store stays empty and nothing is
 * read or written twice.
 */
public class PipelineRenderingTool implements RenderingTool {

    private static final Logger LOG = LoggerFactory.getLogger("commentary");

    @Override
    public int render(Renderer renderer, ContentStore db, JBakeConfiguration config) throws RenderingException {
        SourceFolders folders = SourceFolders.of(config.getSourceFolder().toPath());
        SiteSettings settings = SiteSettings.read(folders.root());
        Path destination = config.getDestinationFolder().toPath();
        SiteBuild build = new SiteBuild(folders, settings, new DiskOutput(destination, folders.root()),
                SiteBuild.cacheFileFor(destination));
        SiteBuild.Outcome outcome;
        try {
            outcome = build.run();
        } finally {
            SiteBuild.releaseConverters();
        }
        report(folders.root(), outcome);
        if (!outcome.published()) {
            throw new ContentErrorsException(outcome.model().problems());
        }
        if (!settings.offlineCopy().isEmpty()) {
            Path zip = destination.toAbsolutePath().normalize().resolveSibling(settings.offlineCopy());
            OfflineEdition edition = OfflineEdition.of(outcome.model().data().collection().name(),
                    OfflineEdition.buildDate());
            long start = System.nanoTime();
            OfflineCopy.Result copy = OfflineCopy.update(destination, zip, edition);
            LOG.info("Offline copy {} ({}/): {} files ({} added, {} replaced, {} removed) in {} ms.", zip,
                    edition.folder(), copy.added() + copy.replaced() + copy.kept(), copy.added(), copy.replaced(),
                    copy.removed(), (System.nanoTime() - start) / 1_000_000);
        }
        return outcome.written().drawn() + outcome.written().files();
    }

    private static void report(Path base, SiteBuild.Outcome outcome) {
        for (Problem problem : outcome.model().problems()) {
            LOG.error("{}", problem.format(base));
        }
        if (!outcome.model().contentChecked()) {
            LOG.error("{}", DataProblemsFirst.ARTICLES_NOT_CHECKED);
        }
        for (Map.Entry<Path, List<String>> entry : outcome.model().warnings().entrySet()) {
            entry.getValue().forEach(warning -> LOG.warn("{}: {}", base.relativize(entry.getKey()), warning));
        }
        if (outcome.published()) {
            LOG.info("Published {} articles and {} pages ({} files, {} changed, {} removed); {} drafts held back.",
                    outcome.model().articles().size(), outcome.model().pages().size(),
                    outcome.plan().pages().size() + outcome.plan().files().size(), outcome.written().changed().size(),
                    outcome.written().removed().size(), outcome.model().drafts());
        }
        LOG.info("{}", outcome.timings());
    }

    @Override
    @Deprecated
    public int render(Renderer renderer, ContentStore db, File destination, File templatesPath,
                      CompositeConfiguration config) throws RenderingException {
        throw new RenderingException("The commentary pipeline needs JBake's JBakeConfiguration API");
    }
}
