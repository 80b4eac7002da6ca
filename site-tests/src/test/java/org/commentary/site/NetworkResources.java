package org.commentary.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a site's pages and style sheets would load from the network, read from the files (no browser): the
 * site must work from an offline copy, so every script, style, image and font comes from the site itself.
 */
final class NetworkResources {

    private static final Set<String> LINK_RELS_THAT_LOAD = Set.of("stylesheet", "icon", "preload", "modulepreload",
            "prefetch", "manifest", "apple-touch-icon", "import");

    private NetworkResources() {
    }

    /** Every resource loaded from the network, and every embedding element, as "page: what"; empty when none. */
    static List<String> loadedBy(SiteUnderTest site) {
        List<String> failures = new ArrayList<>();
        for (String page : site.htmlPages()) {
            if (page.equals(SiteUnderTest.NOT_FOUND_PAGE)) {
                continue; // served by the web host only (absolute links by design), left out of offline copies
            }
            Document document = site.page(page);
            for (Element element : document.select("[src], link[href], object[data], iframe, embed, object")) {
                boolean loads = !element.normalName().equals("link") || Stream.of(element.attr("rel").strip()
                        .toLowerCase(Locale.ROOT).split("\\s+")).anyMatch(LINK_RELS_THAT_LOAD::contains);
                String url = element.hasAttr("src") ? element.attr("src")
                        : element.hasAttr("href") ? element.attr("href") : element.attr("data");
                if (element.normalName().matches("iframe|embed|object")) {
                    failures.add(page + ": " + element.normalName() + " element");
                } else if (loads && SiteUnderTest.ABSOLUTE_URL.matcher(url.strip()).find()) {
                    failures.add(page + ": " + element.normalName() + " loads " + url);
                }
            }
        }
        for (String css : site.files().stream().filter(path -> path.endsWith(".css")).toList()) {
            String text;
            try {
                text = Files.readString(site.file(css));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (text.matches("(?s).*(url\\(\\s*['\"]?\\s*(https?:)?//|@import\\s+(url\\()?\\s*['\"]?\\s*(https?:)?//).*")) {
                failures.add(css + ": loads from the network (url() or @import)");
            }
        }
        return failures;
    }
}
