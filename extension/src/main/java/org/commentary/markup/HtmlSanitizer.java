package org.commentary.markup;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Cleans converted article HTML against an allowlist, so nothing a contributor writes can run
 * script or load from the network, and says what it removed.
 *
 * <p>Allowed: text formatting, headings, lists, block quotes, tables, figures, footnotes, links
 * (http, https, mailto, in-page and relative) and images shipped with the site (relative {@code src}).
 * Never allowed: script, style, iframes, objects, embeds, forms, base, event handlers, {@code style}
 * attributes, and {@code javascript:} or {@code data:} URLs.
 */
public final class HtmlSanitizer {

    /** Clean HTML, what was taken out of it, and its plain text. */
    public record Result(String html, List<String> removed, String text) {
    }

    private static final Pattern ABSOLUTE = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*:|//)");
    private static final Pattern CONTROL = Pattern.compile("^[\\x00-\\x20]+");
    private static final String BASE = "https://content.invalid/";
    private static final String[] BLOCKS = {"figure", "figcaption", "hr", "abbr", "del", "ins", "s", "mark",
        "section", "aside", "details", "summary", "kbd", "samp", "var", "time", "wbr"};

    private final Safelist safelist = Safelist.relaxed()
            .addTags(BLOCKS)
            .addAttributes(":all", "class", "title", "lang", "dir")
            .addAttributes("a", "id")
            .addAttributes("h1", "id").addAttributes("h2", "id").addAttributes("h3", "id")
            .addAttributes("h4", "id").addAttributes("h5", "id").addAttributes("h6", "id")
            .addAttributes("li", "id").addAttributes("sup", "id").addAttributes("div", "id")
            .addAttributes("section", "id").addAttributes("span", "id")
            .addAttributes("td", "colspan", "rowspan").addAttributes("th", "colspan", "rowspan", "scope")
            .addAttributes("time", "datetime")
            .removeProtocols("a", "href", "ftp")
            .addProtocols("a", "href", "#")
            .removeProtocols("img", "src", "http", "https")
            .addProtocols("img", "src", "https")
            .removeProtocols("q", "cite", "http", "https")
            .removeProtocols("blockquote", "cite", "http", "https")
            .addProtocols("blockquote", "cite", "http", "https")
            .addProtocols("q", "cite", "http", "https")
            .preserveRelativeLinks(true);

    /** Cleans {@code html}, a fragment produced by a markup engine. */
    public Result sanitize(String html) {
        Document dirty = Jsoup.parseBodyFragment(html, BASE);
        Set<String> removed = new LinkedHashSet<>();
        describeUnsafe(dirty.body(), removed);
        Document clean = new Cleaner(safelist).clean(dirty);
        removeRemoteImages(clean, removed);
        namespaceIds(clean);
        wrapTables(clean);
        glueFootnoteBackLinks(clean);
        clean.outputSettings().prettyPrint(false);
        return new Result(clean.body().html(), new ArrayList<>(removed), clean.body().text());
    }

    private void describeUnsafe(Element root, Set<String> removed) {
        for (Element element : root.children()) {
            String tag = element.normalName();
            if (!safelist.isSafeTag(tag)) {
                removed.add("<" + tag + "> element");
                continue;
            }
            for (Attribute attribute : element.attributes()) {
                if (!safelist.isSafeAttribute(tag, element, attribute)) {
                    removed.add(describeAttribute(tag, attribute));
                }
            }
            describeUnsafe(element, removed);
        }
    }

    private static String describeAttribute(String tag, Attribute attribute) {
        String value = attribute.getValue().strip().toLowerCase(Locale.ROOT);
        int colon = value.indexOf(':');
        if (colon > 0 && (attribute.getKey().equals("href") || attribute.getKey().equals("src"))) {
            String scheme = value.substring(0, colon + 1).replaceAll("\\p{Cntrl}", "");
            return scheme + " URL in " + attribute.getKey() + " of <" + tag + ">";
        }
        return attribute.getKey() + " attribute on <" + tag + ">";
    }

    /** Prefix of every id in an article body (and of in-article links to them). */
    public static final String ID_PREFIX = "art-";

    // Article ids ("main" from a "## Main" heading) must never take over the page's own ids.
    private static void namespaceIds(Document clean) {
        for (Element element : clean.select("[id]")) {
            element.attr("id", ID_PREFIX + element.attr("id"));
        }
        for (Element link : clean.select("a[href^=#]")) {
            String target = link.attr("href").substring(1);
            if (!target.isEmpty()) {
                link.attr("href", "#" + ID_PREFIX + target);
            }
        }
    }

    /** Class of the scrollable region every article table sits in. */
    public static final String TABLE_REGION = "table-scroll";

    // A wide table scrolls inside its own region on a phone; the region is focusable and named (after its
    // caption, else "Table N") so keyboard users can scroll it too (WCAG 2.1.1, axe scrollable-region-focusable).
    private static void wrapTables(Document clean) {
        int number = 0;
        for (Element table : clean.select("table")) {
            number++;
            Element caption = table.selectFirst("caption");
            String name = caption != null && !caption.text().isBlank() ? caption.text().strip() : "Table " + number;
            table.wrap("<div class=\"" + TABLE_REGION + "\" role=\"region\" tabindex=\"0\"></div>");
            table.parent().attr("aria-label", name);
        }
    }

    // flexmark puts a footnote's back-link after its paragraph, where it wraps onto a line of its own: it
    // moves to the end of the paragraph, after a no-break space, and says where it leads.
    private static void glueFootnoteBackLinks(Document clean) {
        for (Element back : clean.select("li > a.footnote-backref")) {
            back.attr("aria-label", "Back to the text");
            Element paragraph = back.parent().children().stream().filter(e -> e.normalName().equals("p"))
                    .reduce((first, second) -> second).orElse(null);
            if (paragraph != null) {
                paragraph.appendText("\u00a0");
                paragraph.appendChild(back);
            }
        }
    }

    // Browsers drop tabs and newlines inside URLs and leading control characters, and read '\\' as '/'.
    private static String asBrowserReadsIt(String url) {
        return CONTROL.matcher(url.replaceAll("[\\t\\n\\r]", "")).replaceFirst("").replace('\\', '/');
    }

    // Absolute image URLs would make pages load from the network and break offline copies.
    private static void removeRemoteImages(Document clean, Set<String> removed) {
        for (Element image : clean.select("img")) {
            String src = image.attr("src").strip();
            if (src.isEmpty()) {
                image.remove();
            } else if (ABSOLUTE.matcher(asBrowserReadsIt(src)).find()) {
                removed.add("remote image " + src + " (save the image next to the article and link it relatively)");
                image.remove();
            }
        }
    }
}
