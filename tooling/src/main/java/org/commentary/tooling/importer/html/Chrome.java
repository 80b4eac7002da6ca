package org.commentary.tooling.importer.html;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A page's chrome: everything around and inside the article that is the site's, not the author's.
 * Scripts, styles, forms, frames and embeds go first, everywhere; then, inside the article, menus,
 * sidebars, share and print buttons, newsletter, membership and donation boxes, comment sections,
 * related and popular lists, author bios and hidden elements, known by their tag, role or class
 * and id words. What is left in the text (a newsletter line inside a paragraph) is the boilerplate
 * rules' job.
 */
final class Chrome {

    private static final String INERT = "script, style, noscript, template, iframe, frame, frameset, object, embed,"
            + " applet, form, input, button, select, textarea, svg, math, canvas, video, audio, source, track,"
            + " dialog, link, meta, base, amp-ad, amp-analytics, amp-social-share, amp-sidebar, amp-consent,"
            + " amp-iframe, amp-video, amp-embed, amp-pixel";
    private static final String PAGE_PARTS = "nav, aside, menu, [role=navigation], [role=complementary],"
            + " [role=banner], [role=contentinfo], [role=search], [hidden], [aria-hidden=true]";
    private static final Set<String> WORDS = Set.of("share", "sharing", "sharebar", "social", "newsletter",
            "subscribe", "subscription", "signup", "related", "popular", "trending", "recommended", "comments",
            "comment", "sidebar", "menu", "nav", "navbar", "navigation", "breadcrumb", "breadcrumbs", "ad", "ads",
            "advert", "advertisement", "sponsored", "promo", "donate", "donation", "membership", "support", "print",
            "email", "toolbar", "tools", "cookie", "cookies", "banner", "masthead", "widget", "bio", "mostread",
            "paywall", "follow", "teaser", "teasers", "more");
    private static final Pattern SPLIT = Pattern.compile("[^a-z0-9]+");
    private static final Pattern HIDDEN_STYLE = Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden");

    private Chrome() {
    }

    /** Removes, everywhere in the page, what is never text: scripts, styles, forms, frames, embeds. */
    static void removeInert(Document page) {
        page.select(INERT).remove();
    }

    /** Removes the page's chrome inside {@code scope}, never an element holding the headline or most of the text. */
    static void removeFrom(Element scope, List<String> notes) {
        int text = Math.max(1, scope.text().length());
        int removed = 0;
        for (Element element : scope.select(PAGE_PARTS)) {
            if (element.parent() != null && isChrome(element, text)) {
                element.remove();
                removed++;
            }
        }
        for (Element element : scope.select("[class], [id], [style]")) {
            if (element != scope && element.parent() != null && isChrome(element, text) && (chromeWords(element)
                    || HIDDEN_STYLE.matcher(element.attr("style").toLowerCase(Locale.ROOT)).find())) {
                element.remove();
                removed++;
            }
        }
        if (removed > 0) {
            notes.add("Left out " + removed + " part" + (removed == 1 ? "" : "s") + " of the page's chrome (menus,"
                    + " share and print buttons, newsletter and related boxes, sidebars, comments)");
        }
    }

    // Only a small part of the text, and not the headline: a class such as "has-sidebar" on the
    // article's own wrapper must not take the article with it.
    private static boolean isChrome(Element element, int scopeText) {
        return element.selectFirst("h1") == null && element.text().length() * 2 < scopeText;
    }

    private static boolean chromeWords(Element element) {
        String names = (element.className() + " " + element.id()).toLowerCase(Locale.ROOT);
        for (String word : SPLIT.split(names)) {
            if (WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
