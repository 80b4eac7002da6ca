package org.commentary.output;

import java.util.Set;

/** Where a build's files go: a folder on disk, or memory for the preview server. */
public interface SiteOutput {

    /**
     * Stores {@code bytes} at {@code path} (relative to the site root, '/' separators).
     *
     * @return whether anything changed: false when the same bytes were already there
     */
    boolean write(String path, byte[] bytes);

    /** Removes every file not in {@code keep}; returns the paths removed. */
    Set<String> retainOnly(Set<String> keep);
}
