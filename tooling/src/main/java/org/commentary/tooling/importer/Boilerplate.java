package org.commentary.tooling.importer;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognises the publishing site's own paragraphs, which must not become part of an article (our
 * templates print our own attribution, disclaimer and notices): newsletter and social prompts,
 * translation notices, "Note to readers", share requests, disclaimers, fair-use notices,
 * "Articles by:", contact lines. Only short paragraphs that open with such a phrase (or, for the
 * most telling phrases, contain one) are taken; an article's own paragraphs are longer and say more.
 */
final class Boilerplate {

    private static final int SHORT = 600;
    private static final int VERY_SHORT = 300;

    private static final List<Pattern> OPENINGS = List.of(
            "note to readers?",
            "(please )?(click|tap|use|hit) (the|our)( \\w+)? share buttons?",
            "please (share|forward|repost|cross-?post|re-?post|consider|support|donate|subscribe|follow)",
            "(share|forward|email) this (article|story|post)",
            "share (on|via) ",
            "(subscribe|sign up|join|get)\\b.{0,80}\\b(newsletter|mailing list|telegram|channel|updates|inbox)",
            "to receive\\b.{0,80}\\bnewsletter",
            "(visit and )?follow us\\b",
            "become a (member|patron|supporter|subscriber)",
            "(support|donate to) (us|our|independent)",
            "comment on .{0,60} articles? on our facebook",
            "(leave|post|add|write) (a|your) comment",
            "(join|read) the (discussion|comments)",
            "articles? by\\s*:",
            "disclaimer\\s*:",
            "the contents? of this article (is|are) (of )?(the )?sole responsibility",
            "the views expressed in this article are",
            "this (site|website|article) (contains|may contain) copyrighted material",
            "fair use( notice| statement)?\\s*:",
            "all .{0,60} articles can be read in \\d+ languages",
            "(to )?translate (this )?(website|page|article)\\b",
            "featured image\\b",
            "(contact|media inquiries|for media inquiries|press inquiries|e-?mail)( us)?\\s*:",
            "(you can )?(contact|reach|write to) (the author|us|the editors?)\\b",
            "related (articles?|reading|posts?)\\s*:",
            "print this (page|article)")
            .stream().map(p -> Pattern.compile("^(" + p + ")")).toList();

    private static final List<Pattern> TELLING = List.of(
            "can be read in \\d+ languages", "translate website", "reader-funded", "follow us on",
            "our (weekly |daily )?newsletter", "share buttons?", "crg_globalresearch")
            .stream().map(Pattern::compile).toList();

    private static final Pattern SEPARATOR = Pattern.compile("^[*\\-_\\s]*$");

    private Boilerplate() {
    }

    /** Whether a paragraph (its Markdown) is the site's boilerplate. */
    static boolean is(String paragraph) {
        String text = MarkdownText.plain(paragraph).toLowerCase(Locale.ROOT).replaceFirst("^[\\s>#*\\-]+", "");
        if (text.length() > SHORT) {
            return false;
        }
        if (OPENINGS.stream().anyMatch(p -> p.matcher(text).find())) {
            return true;
        }
        return text.length() <= VERY_SHORT && TELLING.stream().anyMatch(p -> p.matcher(text).find());
    }

    /** A paragraph that only separates (a lone "*", "***", "---"): dropped at the edges of the text. */
    static boolean isSeparator(String paragraph) {
        return SEPARATOR.matcher(paragraph).matches();
    }

    /** A lone "*": Markdown would make it an empty list item. */
    static boolean isLoneStar(String paragraph) {
        return paragraph.strip().equals("*");
    }
}
