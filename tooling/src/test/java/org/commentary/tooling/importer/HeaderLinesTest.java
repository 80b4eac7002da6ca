package org.commentary.tooling.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.commentary.tooling.FixtureSite;
import org.commentary.vocabulary.SiteData;
import org.commentary.vocabulary.SiteDataLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The lines between a cross-post's title and its text, one kind at a time. */
class HeaderLinesTest {

    private static SiteData data;

    @BeforeAll
    static void data() {
        data = new SiteDataLoader(FixtureSite.data()).load();
    }

    @Test
    void bylinesNameOneOrSeveralAuthors() {
        assertEquals(Optional.of(List.of("Anand Mehra")), Byline.authors("By [Anand Mehra](https://x.example/a)"));
        assertEquals(Optional.of(List.of("A. One", "B. Two")), Byline.authors("By [A. One](#) and [B. Two](#)"));
        assertEquals(Optional.of(List.of("A. One", "B. Two", "C. Three")),
                Byline.authors("By [A. One](l1), [B. Two](l2) and [C. Three](l3)"));
        assertEquals(Optional.of(List.of("A. One", "B. Two", "C. Three")),
                Byline.authors("by A. One, B. Two, and C. Three"));
        assertEquals(Optional.of(List.of("Smith and Jones")), Byline.authors("**By** [Smith and Jones](l)"));
        assertEquals(Optional.of(List.of("Noëlle Brandt-Okafor", "Deniz Işıkçı")),
                Byline.authors("By: Noëlle Brandt-Okafor & Deniz Işıkçı"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"By the time the ships arrived, the port was closed.", "Bypass the strait", "By"})
    void sentencesAreNotBylines(String line) {
        assertEquals(Optional.empty(), Byline.authors(line));
    }

    @Test
    void datedLinesNameAPublicationAndItsDate() {
        DatedLine site = DatedLine.parse(5, "Global Research, December 02, 2021").orElseThrow();
        assertEquals("Global Research", site.name());
        assertFalse(site.linked());
        assertEquals(Optional.of(LocalDate.of(2021, 12, 2)), site.date());

        DatedLine outlet = DatedLine.parse(7, "[Indian Punchline](https://ip.example/a) 1 December 2021").orElseThrow();
        assertEquals("Indian Punchline", outlet.name());
        assertEquals("https://ip.example/a", outlet.url());
        assertEquals(Optional.of(LocalDate.of(2021, 12, 1)), outlet.date());

        DatedLine unreadable = DatedLine.parse(7, "[Outlet](https://o.example/a) 12/05/2024").orElseThrow();
        assertTrue(unreadable.date().isEmpty());
        assertEquals("12/05/2024", unreadable.dateText());
        assertEquals("", DatedLine.parse(7, "[Outlet](#) 2024-05-12").orElseThrow().url());
    }

    @ParameterizedTest
    @ValueSource(strings = {"On 3 March, the minister said that 2024 would be different.",
        "Ports, quays and 24 cranes.", "Washington. Last year, 2023, was hard."})
    void paragraphsAreNotDatedLines(String line) {
        assertEquals(Optional.empty(), DatedLine.parse(1, line));
    }

    @Test
    void termLinesKeepCommasInsideLinkTextsAndKnownNames() {
        TermLine linked = TermLine.parse(3, "Region: [Baltic, Nordic and Arctic](l1), [Atlantic Coast](l2)",
                data.regions(), data.themes()).orElseThrow();
        assertEquals(TermLine.Kind.REGION, linked.kind());
        assertEquals(List.of("Baltic, Nordic and Arctic", "Atlantic Coast"), linked.names());

        TermLine plain = TermLine.parse(3, "Regions: Atlantic Coast, Baltic, Nordic and Arctic, Pacific Islands",
                data.regions(), data.themes()).orElseThrow();
        assertEquals(List.of("Atlantic Coast", "Baltic, Nordic and Arctic", "Pacific Islands"), plain.names());

        TermLine themes = TermLine.parse(4, "**Theme:** [Oil and Shipping](l), Fisheries", data.regions(),
                data.themes()).orElseThrow();
        assertEquals(TermLine.Kind.THEME, themes.kind());
        assertEquals(List.of("Oil and Shipping", "Fisheries"), themes.names());
        assertEquals(Optional.empty(), TermLine.parse(4, "Regional trade grew.", data.regions(), data.themes()));
    }

    @Test
    void attributionBlocksGiveTheOutletAndTheCopyrightHolder() {
        String[] lines = {"The original source of this article is [Indian Sentinel](https://is.example/)", "",
            "Copyright © [Anand Mehra](l), [Indian Sentinel](https://is.example/), 2021", "Articles by: x"};
        AttributionBlock block = AttributionBlock.read(lines, 0);
        assertEquals("Indian Sentinel", block.outlet());
        assertEquals("https://is.example/", block.outletUrl());
        assertEquals(3, block.copyrightLine());
        assertEquals("Anand Mehra, Indian Sentinel, 2021", block.copyright());
        assertEquals("A, B, 2020", AttributionBlock.read(new String[] {"Copyright © © A, B, 2020."}, 0).copyright());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Note to readers: Please click the share button above.",
        "All Global Research articles can be read in 51 languages by activating the Translate Website button.",
        "Visit and follow us on Instagram at @someone.", "Subscribe to our newsletter for daily updates.",
        "Disclaimer: The contents of this article are of sole responsibility of the author(s).",
        "This site contains copyrighted material the use of which has not always been specifically authorized.",
        "Articles by: [Anand Mehra](l)", "Contact: editors@example.org", "Please share this article.",
        "Become a Member of Global Research", "Comment on Global Research Articles on our Facebook page",
        "Featured image is from the author."})
    void boilerplateIsRecognised(String paragraph) {
        assertTrue(Boilerplate.is(paragraph), paragraph);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Insurers, not navies, decide who sails; the newsletter trade press says so too, and the"
            + " regulators who follow us into the next crisis will have to explain why the premium tripled while"
            + " ministers were talking about convoys, corridors and the freedom of navigation in front of cameras"
            + " that never followed a policy into an underwriter's office.",
        "Fair use of archives is a question historians ask often.", "Contacts between the two ministries resumed."})
    void articleParagraphsAreKept(String paragraph) {
        assertFalse(Boilerplate.is(paragraph), paragraph);
    }

    @Test
    void deadLinksBecomePlainText() {
        assertEquals("a quietly tripled premium,  ![ok](img.png) and [real](https://x.example)",
                MarkdownText.withoutDeadLinks("a [quietly tripled](#) premium, ![gone](#) ![ok](img.png) and"
                        + " [real](https://x.example)"));
    }

    @Test
    void plainTextDropsMarkup() {
        assertEquals("Who Pays & Why?", MarkdownText.plain("**Who** [Pays](#) &amp; _Why_\\?"));
        assertEquals("snake_case_name", MarkdownText.plain("snake_case_name"));
    }
}
