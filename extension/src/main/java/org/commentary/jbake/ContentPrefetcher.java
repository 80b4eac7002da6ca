package org.commentary.jbake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.function.Function;
import java.util.stream.Stream;

import org.commentary.content.ContentReader;
import org.commentary.metadata.SourceFormat;

/**
 * Reads and converts content files on every core while JBake is still starting and crawling.
 * JBake crawls one file at a time on one thread; it then only collects results that are ready.
 * What JBake never asks for (ignored files) is simply dropped.
 */
final class ContentPrefetcher implements AutoCloseable {

    private final ExecutorService pool;
    private final Map<Path, Future<ContentReader.Result>> pending = new ConcurrentHashMap<>();
    private final Function<Path, ContentReader.Result> reader;

    ContentPrefetcher(Function<Path, ContentReader.Result> reader) {
        this.reader = reader;
        this.pool = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()),
                daemonThreads());
    }

    /** Starts reading every content file under {@code contentRoot}, in the order JBake crawls them. */
    void start(Path contentRoot) {
        if (!Files.isDirectory(contentRoot)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(contentRoot)) {
            walk.filter(path -> Files.isRegularFile(path) && !Files.isSymbolicLink(path))
                    .filter(path -> SourceFormat.forFileName(path.getFileName().toString()) != null)
                    .sorted()
                    .forEach(path -> pending.put(path, pool.submit(() -> reader.apply(path))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The result for {@code file}: the prefetched one when there is one, else read now. */
    ContentReader.Result take(Path file) {
        Future<ContentReader.Result> future = pending.remove(file);
        if (future == null) {
            return reader.apply(file);
        }
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading " + file, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("Cannot read " + file, e.getCause());
        }
    }

    @Override
    public void close() {
        pending.values().forEach(future -> future.cancel(true));
        pending.clear();
        pool.shutdownNow();
    }

    private static ThreadFactory daemonThreads() {
        return runnable -> {
            Thread thread = new Thread(runnable, "commentary-reader");
            thread.setDaemon(true);
            return thread;
        };
    }
}
