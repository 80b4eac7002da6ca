package org.commentary.build;

import java.nio.file.Path;

import org.commentary.content.BodyCache;
import org.commentary.markup.AsciidocConverter;
import org.commentary.output.SiteOutput;
import org.commentary.output.SiteWriter;
import org.commentary.output.TemplateRenderer;
import org.commentary.plan.PagePlan;
import org.commentary.plan.PagePlanner;
import org.commentary.site.CollectionReader;
import org.commentary.site.SiteModel;
import org.commentary.site.SiteSettings;
import org.commentary.source.SourceFolders;

/**
 * Owns the building of one collection, one way: sources → {@link SiteModel} → {@link PagePlan}
 * → output. A build keeps what it learned (files read, the plan last written), so building again
 * after an edit re-reads only changed files and redraws only pages whose model changed; the
 * preview server keeps one for its whole life, {@code mvn package} makes one per run.
 */
public final class SiteBuild {

    /**
     * What one run did: the model (with any problems), and when there were none, the plan and what
     * writing it changed.
     */
    public record Outcome(SiteModel model, PagePlan plan, SiteWriter.Result written, String timings) {

        public boolean published() {
            return plan != null;
        }
    }

    private final SourceFolders folders;
    private final CollectionReader reader;
    private final SiteOutput output;
    private SiteSettings settings;
    private TemplateRenderer renderer;
    private PagePlan written;

    private final Path cacheFile;
    private final BodyCache bodies;

    /** A build that keeps what it learns in memory only. */
    public SiteBuild(SourceFolders folders, SiteSettings settings, SiteOutput output) {
        this(folders, settings, output, null);
    }

    /**
     * A build that also keeps converted bodies in {@code cacheFile} between runs (and processes), so
     * a build after an edit converts only what changed.
     */
    public SiteBuild(SourceFolders folders, SiteSettings settings, SiteOutput output, Path cacheFile) {
        this.folders = folders;
        this.settings = settings;
        this.output = output;
        this.cacheFile = cacheFile;
        this.bodies = cacheFile == null ? BodyCache.empty() : BodyCache.load(cacheFile);
        this.reader = new CollectionReader(folders, bodies);
    }

    /** Where a build writing to {@code destination} keeps its cache: beside it, so {@code mvn clean} removes it. */
    public static Path cacheFileFor(Path destination) {
        Path parent = destination.toAbsolutePath().normalize().getParent();
        return parent.resolve(".commentary-cache").resolve("bodies.bin");
    }

    public SourceFolders folders() {
        return folders;
    }

    /** Data files changed: every article is read again. */
    public synchronized void dataChanged() {
        reader.dataChanged();
    }

    /** Templates (or settings, or assets) changed: every page is drawn again. */
    public synchronized void templatesChanged(SiteSettings newSettings) {
        settings = newSettings;
        renderer = null;
        written = null;
    }

    /**
     * Reads the collection (changed files only) and, when it has no problems, writes the site.
     * With problems nothing is written: the output keeps the last good site.
     */
    public synchronized Outcome run() {
        Stopwatch clock = new Stopwatch();
        SiteModel model = reader.read();
        clock.step("read " + model.articles().size() + " articles");
        if (cacheFile != null) {
            bodies.save(cacheFile);
        }
        if (model.hasProblems()) {
            return new Outcome(model, null, null, clock.summary());
        }
        PagePlan plan = PagePlanner.plan(model, settings);
        clock.step("plan " + plan.pages().size() + " pages");
        if (renderer == null) {
            renderer = new TemplateRenderer(folders.templates());
        }
        PagePlan previous = written;
        // Until this write succeeds no plan describes the output (a template error stops it half-way).
        written = null;
        SiteWriter.Result result = new SiteWriter(renderer, output).write(plan, previous);
        written = plan;
        clock.step("write (" + result.drawn() + " drawn, " + result.changed().size() + " changed, "
                + result.removed().size() + " removed)");
        return new Outcome(model, plan, result, clock.summary());
    }

    /** Releases what only a one-off build may release (AsciiDoc's runtime slows file creation while loaded). */
    public static void releaseConverters() {
        AsciidocConverter.release();
    }
}
