package org.commentary.tooling.serve;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

import org.commentary.build.SiteBuild;
import org.commentary.output.MemoryOutput;
import org.commentary.site.SiteSettings;
import org.commentary.source.SourceFolders;

/**
 * {@code ./commentary serve}, put together: a site built in memory with the build's own pipeline,
 * served on 127.0.0.1, rebuilt when a source changes (only changed files re-read, only changed
 * pages redrawn), with open pages told to reload. A build with problems changes nothing served:
 * the problems go to the terminal and, over the last good page, to the browser.
 */
public final class LivePreview implements AutoCloseable {

    private final MemoryOutput output = new MemoryOutput();
    private final ServedSite site = new ServedSite(output);
    private final ReloadChannel channel = new ReloadChannel(site);
    private final ConsoleReport console;
    private final CountDownLatch closed = new CountDownLatch(1);
    private PreviewServer server;
    private SourceWatcher watcher;
    private BuildLoop loop;
    private volatile BuildReport lastBuild;
    private volatile String name = "the collection";

    private LivePreview(SourceFolders folders, PrintWriter out, boolean phases) {
        this.console = new ConsoleReport(out, folders.root(), phases);
    }

    /**
     * Starts serving {@code folders} on {@code port} (0: any free port): binds the port (so a port
     * in use fails at once), watches the sources, runs and reports the first build, and returns
     * serving, whether or not that build had problems. With {@code phases}, each rebuild prints
     * the build's phase timings too.
     *
     * @throws java.net.BindException   when the port is in use
     * @throws IllegalStateException    when jbake.properties cannot be read or has a wrong setting
     */
    public static LivePreview start(SourceFolders folders, int port, PrintWriter out, boolean phases)
            throws IOException {
        SiteSettings settings = SiteSettings.read(folders.root());
        LivePreview preview = new LivePreview(folders, out, phases);
        try {
            preview.server = PreviewServer.start(port, preview.site, preview.channel);
            // The same body cache as mvn package's (target/.commentary-cache): a first start after a
            // build converts nothing again, and the other way round.
            SiteBuild build = new SiteBuild(folders, settings, preview.output,
                    SiteBuild.cacheFileFor(folders.root().resolve("target").resolve("site")));
            preview.loop = new BuildLoop(build, preview::built);
            // Watching starts before the first build, so an edit made during it is built right after.
            preview.watcher = new SourceWatcher(folders, preview.loop, preview.console::warning);
            preview.watcher.start();
            preview.loop.start();
        } catch (IOException | RuntimeException e) {
            preview.close();
            throw e;
        }
        return preview;
    }

    /** The site's address, such as {@code http://127.0.0.1:8820/}. */
    public URI url() {
        return server.url();
    }

    /** The collection's name from data/collection.yml, once a build has read it. */
    public String name() {
        return name;
    }

    /** Every path of the site served, from the last good build. */
    public Set<String> paths() {
        return output.paths();
    }

    /** What the latest build did; null when it stopped before the end (a template error, a wrong setting). */
    public SiteBuild.Outcome lastOutcome() {
        BuildReport report = lastBuild;
        return report == null ? null : report.outcome();
    }

    /** Blocks until {@link #close()}. */
    public void awaitClose() throws InterruptedException {
        closed.await();
    }

    /** Stops watching, building and serving (open pages see the connection end). */
    @Override
    public void close() {
        if (watcher != null) {
            watcher.close();
        }
        if (loop != null) {
            loop.close();
        }
        if (server != null) {
            server.close();
        } else {
            channel.close();
        }
        closed.countDown();
    }

    // Called on the build thread after every build, the first one included.
    private void built(BuildReport report) {
        boolean first = lastBuild == null;
        lastBuild = report;
        if (report.outcome() != null && !report.outcome().model().data().collection().name().isBlank()) {
            name = report.outcome().model().data().collection().name();
        }
        if (first) {
            console.first(report);
        } else {
            console.rebuilt(report);
        }
        if (report.published()) {
            boolean hadSite = site.state().hasSite();
            SiteBuild.Outcome outcome = report.outcome();
            boolean changed = !outcome.written().changed().isEmpty() || !outcome.written().removed().isEmpty();
            ServedSite.State state = site.published(changed);
            // Sent even when nothing changed: it takes a fixed problem's overlay away.
            channel.reload(state, outcome.written().changed(), outcome.written().removed(), !hadSite);
        } else {
            ServedSite.State state = site.failed(console.problemLines(report),
                    console.summary(report, site.state().hasSite()));
            channel.errors(state);
        }
    }
}
