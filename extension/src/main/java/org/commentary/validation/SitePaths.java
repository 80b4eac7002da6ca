package org.commentary.validation;

import java.util.regex.Pattern;

/** What a path written by a contributor (an alias of a moved article) must look like to be safe to write. */
public final class SitePaths {

    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._-]*");

    private SitePaths() {
    }

    /**
     * Whether {@code path} is a page path relative to the site root: '/'-separated segments of
     * letters, digits, '.', '_' and '-', none starting with a dot (so no "..", no hidden files),
     * ending in {@code .html}. Nothing else can leave the output folder or need escaping in a URL.
     */
    public static boolean isSafePage(String path) {
        if (!path.endsWith(".html") || path.length() <= ".html".length()) {
            return false;
        }
        for (String segment : path.split("/", -1)) {
            if (!SEGMENT.matcher(segment).matches()) {
                return false;
            }
        }
        return true;
    }
}
