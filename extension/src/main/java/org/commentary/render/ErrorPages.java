package org.commentary.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.jbake.template.RenderingException;

/**
 * Files for the web host rather than for readers browsing: the 404 page and robots.txt.
 *
 * <p>GitHub Pages serves {@code 404.html} for a missing URL at any depth, so relative links would
 * break there; it is the one page whose links are absolute, built from the site URL.
 */
final class ErrorPages {

    static final String NOT_FOUND = "notfound";

    private final PageWriter writer;
    private final SiteUrl url;

    ErrorPages(PageWriter writer, SiteUrl url) {
        this.writer = writer;
        this.url = url;
    }

    void write(Path outputFolder) throws RenderingException {
        writer.write(NOT_FOUND, "404.html", "Page not found", "", Map.of(), url.base());
        String robots = "User-agent: *\nAllow: /\n\nSitemap: " + url.absolute("sitemap.xml") + "\n";
        try {
            Files.writeString(outputFolder.resolve("robots.txt"), robots, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RenderingException("Cannot write robots.txt: " + e.getMessage(), e);
        }
    }
}
