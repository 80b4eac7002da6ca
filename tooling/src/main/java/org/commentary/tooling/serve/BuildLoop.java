package org.commentary.tooling.serve;

import java.nio.file.Path;
import java.util.function.Consumer;

import org.commentary.site.SiteSettings;
import org.commentary.build.SiteBuild;
import org.commentary.source.SourceFolders.Part;

/**
 * Runs serve's builds on one thread, one at a time: the first build, then one build per burst of
 * changes. A burst ends after {@link #QUIET_MILLIS} without a new event (an editor's save is
 * several events), and whatever arrives while a build runs is built once, right after it.
 */
final class BuildLoop implements SourceWatcher.Listener, AutoCloseable {

    /** How long the sources must stay still before a build starts. */
    static final long QUIET_MILLIS = 80;

    private final SiteBuild build;
    private final Consumer<BuildReport> listener;
    private final Thread thread;
    private final Object lock = new Object();
    private Changes pending = new Changes();
    private long lastEvent;
    private boolean closed;
    // Set from a template or settings change until the build has taken the new ones (a wrong setting delays that).
    private boolean templatesStale;

    BuildLoop(SiteBuild build, Consumer<BuildReport> listener) {
        this.build = build;
        this.listener = listener;
        this.thread = new Thread(this::loop, "serve-build");
        thread.setDaemon(true);
    }

    /** Runs the first build on the calling thread, reports it, then starts following changes. */
    BuildReport start() {
        BuildReport first = build(new Changes());
        listener.accept(first);
        thread.start();
        return first;
    }

    @Override
    public void changed(Path file, Part part) {
        synchronized (lock) {
            pending.add(file, part);
            lastEvent = System.nanoTime();
            lock.notifyAll();
        }
    }

    @Override
    public void overflowed() {
        synchronized (lock) {
            pending.addUnknown();
            lastEvent = System.nanoTime();
            lock.notifyAll();
        }
    }

    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
            lock.notifyAll();
        }
    }

    private void loop() {
        while (true) {
            Changes batch;
            try {
                batch = nextBatch();
            } catch (InterruptedException e) {
                return;
            }
            if (batch == null) {
                return;
            }
            listener.accept(build(batch));
        }
    }

    // Waits for changes, then for the quiet that ends their burst; null once closed.
    private Changes nextBatch() throws InterruptedException {
        synchronized (lock) {
            while (!closed && pending.isEmpty()) {
                lock.wait();
            }
            while (!closed) {
                long quietFor = (System.nanoTime() - lastEvent) / 1_000_000;
                if (quietFor >= QUIET_MILLIS) {
                    break;
                }
                lock.wait(QUIET_MILLIS - quietFor);
            }
            if (closed) {
                return null;
            }
            Changes batch = pending;
            pending = new Changes();
            return batch;
        }
    }

    private BuildReport build(Changes changes) {
        long started = System.nanoTime();
        try {
            if (changes.touches(Part.DATA)) {
                build.dataChanged();
            }
            // Pages are drawn from templates and settings; assets are copied on every build and no page embeds one.
            templatesStale |= changes.touches(Part.TEMPLATES) || changes.touches(Part.SETTINGS);
            if (templatesStale) {
                build.templatesChanged(SiteSettings.read(build.folders().root()));
                templatesStale = false;
            }
            SiteBuild.Outcome outcome = build.run();
            return new BuildReport(changes, outcome, null, System.nanoTime() - started);
        } catch (RuntimeException e) {
            // A template or setting being edited: report it and keep serving the last good site.
            return new BuildReport(changes, null, message(e), System.nanoTime() - started);
        }
    }

    private static String message(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.toString() : message;
    }
}
