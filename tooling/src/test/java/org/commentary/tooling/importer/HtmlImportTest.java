package org.commentary.tooling.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.commentary.content.ContentFile;
import org.commentary.content.ContentReader;
import org.commentary.model.ArticleMetadata;
import org.commentary.tooling.Cli;
import org.commentary.tooling.TestSite;
import org.commentary.vocabulary.SiteDataLoader;
import org.commentary.vocabulary.Term;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code import} on saved HTML pages of six layouts (src/test/resources/import/html, invented outlets and
 * authors): each must give its header and its text, without the page's chrome, and pass check.
 */
class HtmlImportTest {

    static final String DATE = "2024-10-01";

    /** The page's chrome and boilerplate: none of it may reach an article's text. */
    static final List<String> NEVER_IN_BODY = List.of("Home", "Share", "Tweet", "Print", "newsletter", "Sign up",
            "Related", "Comments", "comment", "Disclaimer", "original source", "Copyright", "©", "Popular posts",
            "About this blog", "Follow us", "Please share", "By ", "Region:", "Theme:", "<", "javascript",
            "onerror", "data:", "Crossposts Daily", "Originally published", "First published", "Translated from", "member", "Articles by", "Leave a comment");

    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*\\]\\(([^)]+)\\)");

    @TempDir
    Path folder;

    private TestSite site;

    @BeforeEach
    void site() {
        site = TestSite.withFixtureContent(folder);
    }

    /** What a page's article must say. */
    record Expected(String page, String file, String title, List<String> authors, List<String> translators,
                    List<String> regions, List<String> themes, String source, String sourceUrl, String sourceDate,
                    String copyright, List<String> bodyStartsAndHas) {
    }

    static Stream<Arguments> layouts() {
        return Stream.of(
                // A news site: menus, share bar, newsletter box, related list, comments, site footer; the source
                // line linked to the original; terms as links; a heading, a list and a quote in the text.
                new Expected("news-site-share-bars.html", "cranes-older-than-the-crews.md",
                        "Cranes Older Than the Crews", List.of("Mira Castellane"), List.of(), List.of("Atlantic Coast"),
                        List.of("Ports & Labour", "Shipping"), "The Harbour Review",
                        "https://harbour-review.example/2024/02/cranes-older-than-crews", "2024-02-28",
                        "Mira Castellane, The Harbour Review, 2024",
                        List.of("On the north quay the newest crane", "The crane drivers tell a *different* story",
                                "for **three weeks**, not three hours.", "## What the dues do not cover",
                                "[published accounts](https://harbour-review.example/data/dues-2023)",
                                "- No replacement fund for cranes or fenders.\n- Repairs paid from the ferry's fixed fee.",
                                "> We are not short of work.")),
                // A blog without <article>: the post found by its paragraphs, the sidebar and menus left out;
                // "Originally published in [Outlet](link) on 12 January 2024."; plain-text terms with a comma
                // inside a name; the © line inside the post; the author's spelling from data/authors.yml.
                new Expected("blog-with-sidebar.html", "night-ferries-and-the-price-of-a-cabin.md",
                        "Night Ferries and the Price of a Cabin", List.of("Deniz Işıkçı"), List.of(),
                        List.of("Baltic, Nordic and Arctic"), List.of("Shipping"), "Kattegat Notes",
                        "https://kattegat-notes.example/2024/01/night-ferries-cabins", "2024-01-12",
                        "Deniz Isikci, Kattegat Notes, 2024",
                        List.of("The night ferry used to be the cheapest way across", "demand for *cabins*",
                                "## Who travels at night", "1. Drivers have their cabins paid by the haulier.\n2."
                                        + " Students")),
                // An AMP page: amp-sidebar, amp-social-share, amp-ad, scripts; "By A and B" in a div.
                new Expected("amp-story.html", "solar-clinics-need-spare-batteries-not-ribbons.md",
                        "Solar Clinics Need Spare Batteries, Not Ribbons", List.of("Layla Haddad", "Omar Benali"),
                        List.of(), List.of("Sahel"), List.of("Rural Health", "Power Grids"), "Sahel Economic Monitor",
                        "https://sahel-monitor.example/2024/05/solar-clinics", "2024-05-02",
                        "Layla Haddad and Omar Benali, Sahel Economic Monitor, 2024",
                        List.of("Every district clinic opened in the last five years",
                                "decides whether the clinic works at night.")),
                // The byline, the source line and the terms after the text, below a rule.
                new Expected("byline-after-body.html", "the-wells-that-wait-for-a-mechanic.md",
                        "The Wells That Wait for a Mechanic", List.of("Noëlle Brandt-Okafor"), List.of(),
                        List.of("Sahel"), List.of("Drought"), "The Tideline Column",
                        "https://tideline-column.example/2024/04/wells-wait", "2024-04-05",
                        "Noëlle Brandt-Okafor, The Tideline Column, 2024",
                        List.of("In the villages north of the river",
                                "only a rule that lets the village committees pool their money.")),
                // A translated piece: "Translated from the Portuguese by ..." gives the translator.
                new Expected("translated-piece.html", "the-sardine-quota-is-written-in-lisbon-not-at-sea.md",
                        "The Sardine Quota Is Written in Lisbon, Not at Sea", List.of("Rui Amaral"),
                        List.of("Ines Carvalho"), List.of("Atlantic Coast"), List.of("Fisheries"), "Jornal do Litoral",
                        "https://jornal-do-litoral.example/2024/05/quota-sardinha", "2024-05-28",
                        "Rui Amaral, Jornal do Litoral, 2024",
                        List.of("The sardine boats of the northern coast", "*Note: this translation was edited for"
                                + " length.*")),
                // Images saved beside the page ("complete page"): copied beside the article and linked by name, alt
                // text and captions kept; an inlined data: image left out.
                new Expected("images-and-captions.html", "counting-the-pallets-of-ice.md", "Counting the Pallets of Ice",
                        List.of("Tomasz Rydel"), List.of(), List.of("Atlantic Coast"), List.of("Fisheries"),
                        "The Harbour Review", "https://harbour-review.example/2024/07/pallets-of-ice", "2024-07-01",
                        "Tomasz Rydel, The Harbour Review, 2024",
                        List.of("Every morning at five the ice plant",
                                "![The old crane on the east quay lifting a pallet of ice](counting-the-pallets-of-ice-"
                                        + "quay-crane.png)\n*The east quay crane, installed in 1987, still lifts every"
                                        + " pallet.*",
                                "![Chart: the ice price flat since 2013, the power bill rising](counting-the-pallets-of-"
                                        + "ice-dues-chart.png)")))
                .map(Arguments::of);
    }

    @ParameterizedTest
    @MethodSource("layouts")
    void eachLayoutGivesItsHeaderAndTextAndPassesCheck(Expected expected) {
        Cli.Run run = Cli.run("import", "--root", site.root().toString(), "--date", DATE,
                page(expected.page()).toString());

        assertEquals(0, run.exit(), run.toString());
        Path file = site.content().resolve("articles/2024/" + expected.file());
        assertTrue(run.out().startsWith("Created content/articles/2024/" + expected.file()), run.out());
        ArticleMetadata meta = metadata(site, file);
        assertEquals(expected.title(), meta.title());
        assertEquals(LocalDate.parse(DATE), meta.date());
        assertEquals(expected.authors(), meta.authors());
        assertEquals(expected.translators(), meta.translators());
        assertEquals(expected.regions(), meta.regions().stream().map(Term::name).toList());
        assertEquals(expected.themes(), meta.themes().stream().map(Term::name).toList());
        assertEquals(expected.source(), meta.source());
        assertEquals(expected.sourceUrl(), meta.sourceUrl());
        assertEquals(LocalDate.parse(expected.sourceDate()), meta.sourceDate());
        assertEquals(expected.copyright(), meta.copyright());

        String body = body(file);
        assertTrue(body.startsWith(expected.bodyStartsAndHas().get(0)), body);
        for (String phrase : expected.bodyStartsAndHas()) {
            assertTrue(body.contains(phrase), "the text keeps \"" + phrase + "\":\n" + body);
        }
        for (String phrase : NEVER_IN_BODY) {
            assertFalse(body.contains(phrase), "\"" + phrase + "\" is the page's, not the article's:\n" + body);
        }
        for (Matcher image = IMAGE.matcher(body); image.find(); ) {
            assertTrue(Files.isRegularFile(file.resolveSibling(image.group(1))), image.group(1) + " is beside the article");
        }
        assertEquals(0, Cli.run("check", "--root", site.root().toString()).exit(), "the collection still passes");
    }

    static ArticleMetadata metadata(TestSite site, Path file) {
        ContentReader.Result result = new ContentReader(site.content(), new SiteDataLoader(site.data()).load())
                .read(file);
        ContentFile content = result.content()
                .orElseThrow(() -> new AssertionError(result.problems() + "\n" + TestSite.read(file)));
        return (ArticleMetadata) content.metadata();
    }

    static String body(Path file) {
        assertTrue(Files.exists(file), file + " was written");
        String text = TestSite.read(file);
        return text.substring(text.indexOf("\n---\n") + 5).strip();
    }

    static Path page(String name) {
        try {
            return Path.of(HtmlImportTest.class.getResource("/import/html/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
