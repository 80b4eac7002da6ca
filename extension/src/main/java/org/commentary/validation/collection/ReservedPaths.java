package org.commentary.validation.collection;

import java.util.Set;

import org.commentary.taxonomy.Taxonomy;

/**
 * Paths the renderer writes itself. A content file published at one of them would be silently
 * overwritten (or would overwrite a listing), so it is an error instead.
 */
public final class ReservedPaths {

    private static final Set<String> FILES = Set.of("index.html", "archive.html", "404.html", "search.html",
            "feed.xml", "sitemap.xml", "robots.txt");
    private static final Set<String> FOLDERS = Set.of("page", "css", "js", "search");

    private ReservedPaths() {
    }

    /** Whether the site itself writes {@code path} (relative to the site root). */
    public static boolean isReserved(String path) {
        if (FILES.contains(path)) {
            return true;
        }
        int slash = path.indexOf('/');
        String top = slash < 0 ? "" : path.substring(0, slash);
        if (FOLDERS.contains(top)) {
            return true;
        }
        for (Taxonomy taxonomy : Taxonomy.values()) {
            if (top.equals(taxonomy.folder()) || path.equals(taxonomy.folder() + ".html")) {
                return true;
            }
        }
        return false;
    }
}
