package org.commentary.validation.collection;

import java.util.Set;
import java.util.regex.Pattern;

import org.commentary.taxonomy.Taxonomies;
import org.commentary.taxonomy.Taxonomy;
import org.commentary.taxonomy.TermGroup;

/**
 * Paths the renderer writes itself. A content file published at one of them would be silently
 * overwritten (or would overwrite a listing), so it is an error instead.
 */
public final class ReservedPaths {

    private static final Set<String> FILES = Set.of("index.html", "archive.html", "404.html", "search.html",
            "feed.xml", "sitemap.xml", "robots.txt");
    private static final Set<String> FOLDERS = Set.of("page", "css", "js", "search");
    private static final Pattern LATER_PAGE = Pattern.compile("/[1-9][0-9]*\\.html");

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

    /**
     * Whether the site writes the page or feed at {@code path} for these taxonomies: the fixed pages,
     * home pages, taxonomy indexes and each term's pages and feed (an article may link to them).
     */
    public static boolean writes(String path, Taxonomies taxonomies) {
        if (FILES.contains(path) || isLaterPage(path, "page")) {
            return true;
        }
        for (Taxonomy taxonomy : Taxonomy.values()) {
            if (path.equals(taxonomy.indexPath())) {
                return true;
            }
            for (TermGroup group : taxonomies.groups(taxonomy)) {
                String base = taxonomy.folder() + "/" + group.slug();
                if (path.equals(group.pagePath(1)) || path.equals(group.feedPath()) || isLaterPage(path, base)) {
                    return true;
                }
            }
        }
        return false;
    }

    // Page 2, 3... of a listing: how many there are depends on the page size, so any number is taken.
    private static boolean isLaterPage(String path, String base) {
        return path.startsWith(base + "/") && LATER_PAGE.matcher(path.substring(base.length())).matches();
    }
}
