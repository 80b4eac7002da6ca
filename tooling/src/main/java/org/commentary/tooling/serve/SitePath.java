package org.commentary.tooling.serve;

import java.net.URI;
import java.util.Optional;

/**
 * The site file a request names. The site lives in memory, so no request can reach the disk; this
 * still refuses every path that would climb out of the site on a real server ({@code ..}, also
 * written {@code %2e%2e}), so a preview never teaches a link that only works here.
 */
final class SitePath {

    private SitePath() {
    }

    /**
     * The path of the site file {@code uri} asks for, without its leading '/': {@code index.html}
     * for "/" and for any path ending in '/'; empty when the path is refused.
     */
    static Optional<String> of(URI uri) {
        String path = uri.getPath();  // percent-decoded: %2e%2e is checked as ".."
        if (path == null || !path.startsWith("/")) {
            return Optional.empty();
        }
        String relative = path.substring(1);
        if (relative.isEmpty() || relative.endsWith("/")) {
            relative += "index.html";
        }
        for (String segment : relative.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return Optional.empty();
            }
        }
        for (int i = 0; i < relative.length(); i++) {
            char c = relative.charAt(i);
            if (c == '\\' || c < 0x20 || c == 0x7f) {
                return Optional.empty();
            }
        }
        return Optional.of(relative);
    }
}
