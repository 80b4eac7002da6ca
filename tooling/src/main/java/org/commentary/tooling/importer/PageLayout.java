package org.commentary.tooling.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commentary.tooling.LooseDates;
import org.commentary.tooling.importer.html.HtmlPage;
import org.commentary.vocabulary.SiteData;

/**
 * Puts an HTML page's blocks in the order {@link CrossPostImporter} reads: headline, byline,
 * translator, dated lines, region and theme lines, text, attribution. Pages put the byline, the
 * original's source line or the terms above the text or below it; each is found among the blocks
 * before the first paragraph of text and after the last one, and moved up. "Originally published
 * in [Outlet](link) on 2 May 2024" becomes the outlet's dated line; a bare "Published 3 May 2024"
 * is dropped (the page's date is known from its tags).
 */
final class PageLayout {

    /** A page with less text than this is not an article (a listing, a log-in or an error page). */
    static final int MIN_TEXT = 200;
    /** A paragraph this long is the article's text; shorter ones among the header lines may be the page's. */
    private static final int PROSE = 80;

    private static final Pattern ORIGIN = Pattern.compile("^[*_\\s]*(?:this (?:article|piece|column|essay|post)"
            + " (?:was|is) )?(?:originally|first)\\s+(?:published|appeared|ran)\\s+(?:in|by|on|at)\\s+(.+?)[.*_\\s]*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ON_DATE = Pattern.compile("^(.*?)(?:,|\\s+on)\\s+(.+)$");
    private static final Pattern PAGE_DATE = Pattern.compile(
            "^[*_\\s]*(?:(?:published|posted|updated)(?:\\s+on)?\\s*:?\\s*)?(.+?)[*_\\s]*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern TRANSLATED = Pattern.compile("^[*_\\s]*translated\\b.*\\bby\\b.*",
            Pattern.CASE_INSENSITIVE);

    private enum Role {
        BYLINE, TRANSLATOR, DATED, TERMS, PAGE_DATE, ATTRIBUTION, BOILERPLATE, TEXT
    }

    private PageLayout() {
    }

    /** The cross-post Markdown for {@code page}; empty when it has no article (too little text). */
    static Optional<String> markdown(HtmlPage.Content page, SiteData data) {
        List<String> blocks = page.blocks();
        List<Role> roles = blocks.stream().map(block -> role(block, data)).toList();
        // The text runs from the first paragraph of prose to the last: an unknown short line between
        // the byline and the terms ("Harbour Review 2 March" with no comma) does not end the header.
        int first = -1;
        int last = -1;
        int text = 0;
        for (int i = 0; i < blocks.size(); i++) {
            if (roles.get(i) == Role.TEXT) {
                int length = MarkdownText.plain(blocks.get(i)).length();
                text += length;
                if (length >= PROSE) {
                    first = first < 0 ? i : first;
                    last = i;
                }
            }
        }
        if (first < 0 || text < MIN_TEXT) {
            return Optional.empty();
        }
        List<String> bylines = new ArrayList<>();
        List<String> translators = new ArrayList<>();
        List<String> dated = new ArrayList<>();
        List<String> terms = new ArrayList<>();
        List<String> body = new ArrayList<>();
        List<String> end = new ArrayList<>();
        boolean attribution = false;
        for (int i = 0; i < blocks.size(); i++) {
            String block = blocks.get(i);
            boolean edge = i < first || i > last;
            Role role = roles.get(i);
            if (!edge || role == Role.TEXT) {
                (attribution ? end : body).add(block);
                continue;
            }
            switch (role) {
                case BYLINE -> bylines.add(block);
                case TRANSLATOR -> translators.add(block);
                case DATED -> dated.add(originLine(block));
                case TERMS -> terms.addAll(List.of(block.split("\n")));
                case PAGE_DATE -> { }
                case ATTRIBUTION -> {
                    attribution = true;
                    end.add(block);
                }
                default -> (attribution || i > last ? end : body).add(block);
            }
        }
        if (bylines.isEmpty() && !page.metaAuthors().isEmpty()) {
            bylines.add("By " + String.join(" and ", page.metaAuthors()));
        }
        StringBuilder markdown = new StringBuilder("# ").append(page.title().isBlank() ? "" : page.title())
                .append("\n\n");
        for (List<String> part : List.of(bylines.isEmpty() ? List.<String>of() : List.of(bylines.get(0)),
                translators, dated, terms, body, end)) {
            part.forEach(block -> markdown.append(block).append("\n\n"));
        }
        return Optional.of(markdown.toString());
    }

    private static Role role(String block, SiteData data) {
        String[] lines = block.split("\n");
        String line = lines[0];
        if (AttributionBlock.starts(line)) {
            return Role.ATTRIBUTION;
        }
        if (lines.length <= 2 && Byline.authors(line).isPresent()) {
            return Role.BYLINE;
        }
        if (TRANSLATED.matcher(line).matches() && line.length() < 200) {
            return Role.TRANSLATOR;
        }
        if (ORIGIN.matcher(line).matches() && line.length() < 300) {
            return Role.DATED;
        }
        boolean allTerms = true;
        for (String each : lines) {
            allTerms &= TermLine.parse(0, each, data.regions(), data.themes()).isPresent();
        }
        if (allTerms) {
            return Role.TERMS;
        }
        if (lines.length == 1 && DatedLine.parse(0, line).isPresent()) {
            return Role.DATED;
        }
        Matcher date = PAGE_DATE.matcher(MarkdownText.plain(block));
        if (lines.length == 1 && date.matches() && LooseDates.parse(date.group(1)).date().isPresent()) {
            return Role.PAGE_DATE;
        }
        return Boilerplate.is(block) ? Role.BOILERPLATE : Role.TEXT;
    }

    // "Originally published in [Outlet](link) on 2 May 2024." → "[Outlet](link) 2 May 2024".
    private static String originLine(String block) {
        Matcher origin = ORIGIN.matcher(block);
        if (!origin.matches()) {
            return block;
        }
        String rest = origin.group(1);
        List<MarkdownText.Link> links = MarkdownText.links(rest);
        if (!links.isEmpty()) {
            MarkdownText.Link link = links.get(0);
            String date = rest.substring(link.end()).replaceFirst("^[\\s,]*(?:on\\s+)?", "");
            return rest.substring(link.start(), link.end()) + " " + date;
        }
        Matcher onDate = ON_DATE.matcher(rest);
        return onDate.matches() ? onDate.group(1).strip() + ", " + onDate.group(2).strip() : rest;
    }
}
