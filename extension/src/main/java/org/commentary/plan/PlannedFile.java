package org.commentary.plan;

import java.nio.file.Path;

/**
 * A file of the site that no template draws: an asset or an image beside an article, copied from
 * {@code source}, or data the build generates ({@code bytes}, such as the search data). Unlike
 * pages, files are not compared with the last plan (an array compares by identity): the output
 * compares their bytes instead.
 */
public record PlannedFile(String path, Path source, byte[] bytes) {

    public static PlannedFile copy(String path, Path source) {
        return new PlannedFile(path, source, null);
    }

    public static PlannedFile generated(String path, byte[] bytes) {
        return new PlannedFile(path, null, bytes);
    }

    public boolean isCopy() {
        return source != null;
    }
}
