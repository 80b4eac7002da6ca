package org.commentary.tooling.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.commentary.source.SourceFolders;
import org.commentary.source.SourceFolders.Part;
import org.commentary.source.SourceTree;

import com.sun.nio.file.SensitivityWatchEventModifier;

/**
 * Watches a collection's sources (content/, data/, templates/, assets/, every folder below them,
 * and jbake.properties) and reports each changed file or folder with the part it is in. Folders
 * created later are watched as they appear; the root is watched too, so a source folder that is
 * deleted and made again is followed. Hidden files (editors' swap files) are not reported, as the
 * build never reads them, except YAML files in data/, which the build checks.
 */
final class SourceWatcher implements AutoCloseable {

    /** Where changes go. */
    interface Listener {

        /** {@code path} (a file or folder) was created, changed or deleted. */
        void changed(Path path, Part part);

        /** The system dropped events: anything may have changed. */
        void overflowed();
    }

    private static final WatchEvent.Kind<?>[] KINDS = {ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY};
    private static final List<Part> FOLDERS = List.of(Part.CONTENT, Part.DATA, Part.TEMPLATES, Part.ASSETS);

    private final SourceFolders folders;
    private final Listener listener;
    private final Consumer<String> warnings;
    private final WatchService service;
    // Our own map, not WatchKey.watchable(): a folder moved and watched again keeps its key but has a new path.
    private final Map<WatchKey, Path> watched = new ConcurrentHashMap<>();
    private final Thread thread;

    /**
     * Registers every folder now; events are reported once {@link #start()} is called.
     *
     * @param warnings told when a new folder cannot be watched (say, the system's limit on watches)
     */
    SourceWatcher(SourceFolders folders, Listener listener, Consumer<String> warnings) throws IOException {
        this.folders = folders;
        this.listener = listener;
        this.warnings = warnings;
        this.service = FileSystems.getDefault().newWatchService();
        register(folders.root());
        for (Part part : FOLDERS) {
            registerTree(folder(part));
        }
        this.thread = new Thread(this::loop, "serve-watch");
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            // Closing is all that was left to do with it.
        }
    }

    private void loop() {
        while (true) {
            WatchKey key;
            try {
                key = service.take();
            } catch (InterruptedException | ClosedWatchServiceException e) {
                return;
            }
            Path folder = watched.get(key);
            for (WatchEvent<?> event : key.pollEvents()) {
                if (event.kind() == OVERFLOW) {
                    listener.overflowed();
                } else if (folder != null) {
                    handle(folder.resolve((Path) event.context()), event.kind());
                }
            }
            if (!key.reset()) {
                watched.remove(key);
            }
        }
    }

    private void handle(Path path, WatchEvent.Kind<?> kind) {
        Part part = folders.partOf(path);
        if (part == null) {
            return;  // beside the sources at the root: target/, .git/, README.md...
        }
        if (kind == ENTRY_CREATE && Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            // Files created in it before it was watched are found by the build's own walk.
            try {
                registerTree(path);
            } catch (IllegalStateException e) {
                warnings.accept(e.getMessage() + "; changes in it will not be seen until serve is restarted");
            }
        }
        if (!ignored(path, part)) {
            listener.changed(path, part);
        }
    }

    private boolean ignored(Path path, Part part) {
        if (!SourceTree.isSkipped(path)) {
            return false;
        }
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean dataYaml = part == Part.DATA && path.getParent().equals(folders.data())
                && (name.endsWith(".yml") || name.endsWith(".yaml"));
        return !dataYaml;
    }

    private void registerTree(Path top) {
        if (!Files.isDirectory(top, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            Files.walkFileTree(top, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                    register(dir);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;  // gone already, or unreadable: the build reports it
                }
            });
        } catch (NoSuchFileException gone) {
            // Deleted as soon as it was made: its deletion is reported too.
        } catch (IOException e) {
            throw new IllegalStateException("Cannot watch " + top + ": " + e.getMessage(), e);
        }
    }

    private void register(Path dir) throws IOException {
        try {
            // The modifier matters only where the JDK polls (macOS): every 2 s instead of 10. Linux uses inotify.
            WatchKey key = dir.register(service, KINDS, SensitivityWatchEventModifier.HIGH);
            watched.put(key, dir.toAbsolutePath().normalize());
        } catch (ClosedWatchServiceException closing) {
            // serve is stopping.
        }
    }

    private Path folder(Part part) {
        return switch (part) {
            case CONTENT -> folders.content();
            case DATA -> folders.data();
            case TEMPLATES -> folders.templates();
            case ASSETS -> folders.assets();
            case SETTINGS -> folders.root();
        };
    }
}
