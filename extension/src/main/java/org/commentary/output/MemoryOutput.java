package org.commentary.output;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/** A site held in memory, as the preview server serves it. */
public final class MemoryOutput implements SiteOutput {

    private final Map<String, byte[]> files = new ConcurrentHashMap<>();

    @Override
    public boolean write(String path, byte[] bytes) {
        byte[] old = files.put(path, bytes);
        return old == null || !Arrays.equals(old, bytes);
    }

    @Override
    public Set<String> retainOnly(Set<String> keep) {
        Set<String> removed = new TreeSet<>(files.keySet());
        removed.removeAll(keep);
        removed.forEach(files::remove);
        return removed;
    }

    /** The bytes at {@code path}, if the site has such a file. */
    public Optional<byte[]> read(String path) {
        return Optional.ofNullable(files.get(path));
    }

    /** Every path, sorted. */
    public Set<String> paths() {
        return new TreeSet<>(files.keySet());
    }
}
