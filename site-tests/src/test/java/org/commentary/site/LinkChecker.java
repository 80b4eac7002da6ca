package org.commentary.site;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Walks every HTML page of a site and checks each {@code href} and {@code src}: it must be relative
 * (never {@code /...}), lead to an existing file inside the site (never a directory), and its
 * {@code #fragment} must name an element ({@code id}, or {@code a[name]}) of the target page. Web
 * ({@code http:}, {@code https:}) and {@code mailto:} links are left alone; any other scheme is a failure. A
 * link to the offline copy resolves when the zip is beside the site's folder (published beside its root).
 */
public final class LinkChecker {

    private static final Set<String> EXTERNAL_SCHEMES = Set.of("http", "https", "mailto");

    private final SiteUnderTest site;

    public LinkChecker(SiteUnderTest site) {
        this.site = site;
    }

    /** Every broken link, as "page: link → reason"; empty when all links are fine. */
    public List<String> check() {
        return check(site.htmlPages());
    }

    /** Every broken link on the given pages (site paths of HTML pages). */
    public List<String> check(Collection<String> pages) {
        List<String> failures = new ArrayList<>();
        for (String page : pages) {
            Document document = site.page(page);
            for (Element element : document.select("[href], [src]")) {
                for (String attribute : List.of("href", "src")) {
                    if (element.hasAttr(attribute)) {
                        String link = element.attr(attribute);
                        String problem = problem(page, link);
                        if (problem != null) {
                            failures.add(page + ": <" + element.normalName() + " " + attribute + "=\"" + link + "\"> → "
                                    + problem);
                        }
                    }
                }
            }
        }
        return failures;
    }

    // The offline copy (a zip) is written beside the site's folder and published beside its root.
    private boolean isOfflineCopy(String target) {
        return target.endsWith(".zip") && !target.contains("/") && Files.isRegularFile(site.root().resolveSibling(target));
    }

    /** What is wrong with {@code link} on {@code page}, or null when nothing is. */
    String problem(String page, String link) {
        String href = link.strip();
        if (href.isEmpty()) {
            return "empty link";
        }
        if (href.startsWith("//")) {
            return "protocol-relative link (give the scheme, or link relatively)";
        }
        if (href.startsWith("/")) {
            return "root-absolute link: breaks under file:// and sub-paths; link relatively to the page";
        }
        if (SiteUnderTest.ABSOLUTE_URL.matcher(href).find()) {
            String scheme = href.substring(0, href.indexOf(':')).toLowerCase(Locale.ROOT);
            return EXTERNAL_SCHEMES.contains(scheme) ? null : "unexpected \"" + scheme + ":\" link";
        }
        String target = site.resolve(page, href).orElse(null);
        if (target == null) {
            return "leads outside the site";
        }
        if (href.endsWith("/") || Files.isDirectory(site.file(target))) {
            return "points at a directory (" + (target.isEmpty() ? "the site root" : target)
                    + "), which only works behind a web server; link the .html file";
        }
        if (!site.exists(target) && !isOfflineCopy(target)) {
            return "no such file " + target;
        }
        int hash = href.indexOf('#');
        if (hash >= 0) {
            String fragment = SiteUnderTest.decode(href.substring(hash + 1));
            if (fragment.isEmpty()) {
                return "empty #fragment";
            }
            if (target.endsWith(".html")) {
                Document targetPage = site.page(target);
                if (targetPage.getElementById(fragment) == null
                        && targetPage.select("a[name]").stream().noneMatch(a -> a.attr("name").equals(fragment))) {
                    return "no element with id or name \"" + fragment + "\" in " + target;
                }
            }
        }
        return null;
    }
}
