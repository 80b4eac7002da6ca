package org.commentary.tooling.importer.html;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * A web page as a browser saves it, reduced to its article: the element holding the article (an
 * {@code <article>} or {@code <main>}, else the element with most paragraphs), without the page's
 * chrome ({@link Chrome}), written as Markdown blocks in page order. Which blocks are the byline,
 * dates, regions and source is left to the cross-post reader, wherever the page puts them. Nothing
 * in the page is run: jsoup only parses it, and only text and checked addresses come out.
 */
public final class HtmlPage {

    /**
     * What the page holds.
     *
     * @param title        the headline ("" when the page has none)
     * @param blocks       the article as Markdown blocks, in page order, headline left out
     * @param metaAuthors  authors named by the page's {@code <meta>} tags (for when the text has no byline)
     * @param pageDate     the page's own publication date, when it says
     * @param notes        what was left out, for the maintainer
     * @param remoteImages images still on the web
     * @param localImages  images saved beside the page: file → name beside the article
     */
    public record Content(String title, List<String> blocks, List<String> metaAuthors, Optional<LocalDate> pageDate,
                          List<String> notes, List<String> remoteImages, Map<Path, String> localImages) {
    }

    private static final Pattern TITLE_SUFFIX = Pattern.compile("\\s+[|\\u2013\\u2014\\-:]\\s+[^|\\u2013\\u2014]{2,60}$");
    private static final String CANDIDATES = "article, main, [role=main], [itemprop=articleBody]";

    private HtmlPage() {
    }

    /** Reads the page saved as {@code file}, whose text is {@code html}. */
    public static Content read(String html, Path file) {
        Document page = Jsoup.parse(html);
        String base = firstWebAddress(page.select("link[rel=canonical]").attr("href"),
                page.select("meta[property=og:url]").attr("content"), page.select("base[href]").attr("href"));
        List<String> metaAuthors = metaAuthors(page);
        Optional<LocalDate> metaDate = isoDate(firstNonEmpty(
                page.select("meta[property=article:published_time]").attr("content"),
                page.select("meta[itemprop=datePublished]").attr("content"),
                page.select("meta[name=date]").attr("content")));
        String metaTitle = firstNonEmpty(page.select("meta[property=og:title]").attr("content"),
                TITLE_SUFFIX.matcher(page.title()).replaceFirst(""));
        List<String> notes = new ArrayList<>();

        Chrome.removeInert(page);
        Element scope = scope(page);
        Chrome.removeFrom(scope, notes);

        Element heading = scope.selectFirst("h1");
        if (heading == null) {
            heading = page.body().selectFirst("h1");
        }
        String title = "";
        PageLinks links = new PageLinks(base, file.toAbsolutePath().getParent());
        MarkdownWriter writer = new MarkdownWriter(links);
        if (heading != null) {
            title = writer.inlineText(heading);
            heading.remove();
        }
        if (title.isBlank()) {
            title = MarkdownWriter.escape(metaTitle.strip());
        }
        Optional<LocalDate> timeDate = Optional.empty();
        Element time = scope.selectFirst("time[datetime]");
        if (time != null && time.closest("blockquote") == null) {
            timeDate = isoDate(time.attr("datetime"));
        }
        List<String> blocks = writer.blocks(scope);
        notes.addAll(links.notes());
        return new Content(title, blocks, metaAuthors, metaDate.isPresent() ? metaDate : timeDate, notes, links.remoteImages(), links.localImages());
    }

    // The article element with the most paragraph text; else the element most paragraphs sit in,
    // widened to its ancestors while they add little prose (a headline and byline, not a sidebar).
    private static Element scope(Document page) {
        Element body = page.body();
        Elements candidates = body.select(CANDIDATES);
        Element best = null;
        int bestText = 0;
        for (Element candidate : candidates) {
            int text = paragraphText(candidate);
            if (text > bestText) {
                best = candidate;
                bestText = text;
            }
        }
        int all = paragraphText(body);
        if (best != null && bestText * 2 >= all) {
            // <div itemprop=articleBody> inside an <article>: take the article, which holds the byline.
            Element article = best.closest("article");
            return article != null ? article : best;
        }
        Map<Element, Integer> scores = new HashMap<>();
        for (Element paragraph : body.select("p")) {
            int length = paragraph.text().length();
            Element parent = paragraph.parent();
            if (parent != null) {
                scores.merge(parent, length, Integer::sum);
                if (parent.parent() != null) {
                    scores.merge(parent.parent(), length / 2, Integer::sum);
                }
            }
        }
        Element top = scores.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse(body);
        int own = paragraphText(top);
        while (top.parent() != null && top != body && paragraphText(top.parent()) * 4 <= own * 5) {
            top = top.parent();
        }
        return top;
    }

    private static int paragraphText(Element element) {
        int total = 0;
        for (Element paragraph : element.select("p")) {
            total += paragraph.text().length();
        }
        return total;
    }

    private static List<String> metaAuthors(Document page) {
        List<String> names = new ArrayList<>();
        for (Element meta : page.select("meta[name=author], meta[property=article:author]")) {
            String name = meta.attr("content").strip();
            if (!name.isEmpty() && !name.contains("://") && !names.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }

    private static Optional<LocalDate> isoDate(String value) {
        String text = value.strip();
        if (text.length() < 10) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.substring(0, 10)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String firstWebAddress(String... values) {
        for (String value : values) {
            String url = value.strip();
            if (url.startsWith("https://") || url.startsWith("http://")) {
                return url;
            }
        }
        return "";
    }

    private static String firstNonEmpty(String... values) {
        for (String value : values) {
            if (!value.isBlank()) {
                return value;
            }
        }
        return "";
    }
}
