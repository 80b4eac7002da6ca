package org.commentary.plan;

import org.commentary.plan.Pages.PageModel;

/**
 * One page of the plan: where it is written, which kind of page it is, and its model.
 *
 * @param path     the output path, relative to the site root, with '/' separators
 * @param rootpath what the page prefixes site-relative paths with: "" at the root, "../../" for
 *                 {@code articles/2024/x.html}; the absolute site URL on the 404 page
 */
public record PlannedPage(String path, PageKind kind, PageModel model, String rootpath) {

    /** A page whose links are relative to its own place in the site. */
    public static PlannedPage at(String path, PageKind kind, PageModel model) {
        return new PlannedPage(path, kind, model, rootPath(path));
    }

    /** "" for {@code index.html}, "../../" for {@code articles/2024/x.html}. */
    public static String rootPath(String path) {
        int depth = (int) path.chars().filter(c -> c == '/').count();
        return "../".repeat(depth);
    }
}
