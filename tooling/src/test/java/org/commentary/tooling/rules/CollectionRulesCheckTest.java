package org.commentary.tooling.rules;

import static org.commentary.tooling.rules.OwnSite.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.commentary.tooling.CollectionCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The collection-wide rules (local links and images, the same article twice, names and addresses that
 * clash with other files, the year folder, broken data files) report the same thing from the build (an
 * in-process JBake bake) and from {@code check}, for the whole collection and for one file. Every site is
 * the test's own: data/ and content/ are written here.
 */
class CollectionRulesCheckTest {

    @TempDir
    Path folder;

    @Test
    void brokenLinksAndImagesStopTheBuildAndCheckNamesTheirLines() {
        OwnSite site = OwnSite.in(folder);
        site.file("content/articles/2024/chart.png", new byte[] {1});
        site.write("articles/2024/linking.md", article("Linking", """
                ![A chart](chart.png) beside the article, [another article](other.html) and [Europe](../../regions/europe.html).

                A missing ![map](map.png), [the other's source](other.md), [a draft](../2023/unfinished.html)
                and [a page that is not there](nowhere.html).
                """));
        site.write("articles/2024/other.md", article("Other", "Text.\n"));
        site.write("articles/2023/unfinished.md", article("Unfinished", "Text.\n", "status", "draft", "date",
                "2023-05-01"));

        OwnSite.Bake bake = site.bake();
        List<String> expected = List.of(
                "content/articles/2024/linking.md:14: image: no file content/articles/2024/map.png; add it beside the"
                        + " article or fix the name",
                "content/articles/2024/linking.md:14: link: \"../2023/unfinished.html\" is the page of a draft (status:"
                        + " draft), which is not published; link to it once it is published, or remove the link",
                "content/articles/2024/linking.md:14: link: \"other.md\" links to an article's source file, which is"
                        + " not published; link to its page instead: \"other.html\"",
                "content/articles/2024/linking.md:15: link: no page articles/2024/nowhere.html in the site; fix the"
                        + " link");
        assertEquals(expected, bake.problems());
        assertTrue(bake.stopped(), "the bake stops");
        assertFalse(Files.exists(site.output().resolve("articles/2024/linking.html")), "nothing is published");
        assertEquals(expected, site.lines(site.checkAll().problems()));
        assertEquals(expected, site.lines(site.check("articles/2024/linking.md").problems()));
    }

    @Test
    void imagesBesideArticlesArePublishedAndAValidCollectionPrintsNoWarning() {
        OwnSite site = OwnSite.in(folder);
        site.file("content/articles/2024/chart.png", new byte[] {1});
        site.write("articles/2024/linking.md", article("Linking", "![A chart](chart.png) and [the other](other.html)"
                + " and [the feed](../../feed.xml).\n"));
        site.write("articles/2024/other.md", article("Other", "Text.\n"));

        OwnSite.Bake bake = site.bake();
        OwnSite.Run run = site.run("check", "--root", site.root().toString());

        assertEquals(List.of(), bake.problems());
        assertEquals(Map.of(), bake.warnings());
        assertTrue(Files.exists(site.output().resolve("articles/2024/chart.png")), "the image is copied beside the page");
        assertEquals(0, run.exit(), run.toString());
        assertEquals(List.of(), run.out());
    }

    @Test
    void theSameArticleTwiceIsAnErrorInEachFileNamingTheOther() {
        OwnSite site = OwnSite.in(folder);
        site.write("articles/2024/first.md", article("First", "Text.\n", "source_url", "https://outlet.example/piece"));
        site.write("articles/2025/again.md", article("Again", "Text.\n", "source_url", "http://outlet.example/piece/",
                "date", "2025-02-01"));
        site.write("articles/2024/column.md", article("Letter from Nowhere", "Text.\n"));
        site.write("articles/2024/column-copy.md", article("Letter from nowhere", "Text.\n", "source_url",
                "https://other.example/copy"));

        OwnSite.Bake bake = site.bake();
        assertEquals(List.of(
                "content/articles/2024/column-copy.md:1: title: the same article as content/articles/2024/column.md"
                        + " (the same title by the same authors); keep one file and delete the other, or give this one"
                        + " its own title if it is a different article",
                "content/articles/2024/column.md:1: title: the same article as content/articles/2024/column-copy.md"
                        + " (the same title by the same authors); keep one file and delete the other, or give this one"
                        + " its own title if it is a different article",
                "content/articles/2024/first.md:7: source_url: the same article as content/articles/2025/again.md (the"
                        + " same source_url, https://outlet.example/piece); keep one file and delete the other, or"
                        + " correct the source_url if this one republishes a different original",
                "content/articles/2025/again.md:7: source_url: the same article as content/articles/2024/first.md (the"
                        + " same source_url, http://outlet.example/piece/); keep one file and delete the other, or"
                        + " correct the source_url if this one republishes a different original"),
                bake.problems());
        assertEquals(bake.problems(), site.lines(site.checkAll().problems()));
        // The other copy is outside the paths given: check still knows it, as the build does.
        for (String file : List.of("articles/2024/first.md", "articles/2025/again.md", "articles/2024/column.md")) {
            assertEquals(OwnSite.of(file, bake.problems()), site.lines(site.check(file).problems()), file);
        }
    }

    @Test
    void checkingOneFileAppliesTheRulesThatCompareItWithTheRestOfTheCollection() {
        OwnSite site = OwnSite.in(folder);
        site.write("articles/2024/kilic.md", article("Kilic", "Text.\n", "author", "Emre Kılıç"));
        site.write("articles/2024/kilic-plain.md", article("Kilic Plain", "Text.\n", "author", "Emre Kilic"));
        site.write("articles/2024/same-name.md", article("Same Name", "Text.\n"));
        site.write("articles/2024/same-name.adoc", "= Same Name in AsciiDoc\n:jbake-date: 2024-05-01\n"
                + ":jbake-author: Ana Ruiz\n:jbake-region: Europe\n:jbake-theme: Energy\n:jbake-source: The Harbour"
                + " Review\n:jbake-source_url: https://harbour-review.example/same-adoc\n:jbake-copyright: Ana Ruiz,"
                + " The Harbour Review, 2024\n:jbake-status: published\n\nText.\n");
        site.write("articles/2024/LOUD.MD", article("Loud", "Text.\n"));
        site.write("archive.md", "type=page\ntitle=Archive\nstatus=published\n~~~~~~\n\nOld.\n");

        OwnSite.Bake bake = site.bake();
        for (String expected : List.of("content/articles/2024/kilic.md: author: \"Emre Kılıç\" and \"Emre Kilic\"",
                "content/articles/2024/same-name.adoc: file name: would be published as articles/2024/same-name.html",
                "content/articles/2024/LOUD.MD: file name: file name \"LOUD.MD\" must use only lower-case letters",
                "content/archive.md: file name: would be published as archive.html")) {
            assertTrue(bake.problems().stream().anyMatch(line -> line.startsWith(expected)),
                    expected + " in:\n" + String.join("\n", bake.problems()));
        }
        assertEquals(bake.problems(), site.lines(site.checkAll().problems()));
        for (String file : List.of("articles/2024/kilic.md", "articles/2024/kilic-plain.md",
                "articles/2024/same-name.md", "articles/2024/same-name.adoc", "articles/2024/LOUD.MD", "archive.md")) {
            List<String> builtForFile = OwnSite.of(file, bake.problems());
            assertEquals(builtForFile, site.lines(site.check(file).problems()), "check " + file);
        }
        assertFalse(OwnSite.of("articles/2024/kilic.md", bake.problems()).isEmpty());
    }

    @Test
    void anArticleOutsideItsYearFolderIsPublishedWithTheSameWarningFromBoth() {
        OwnSite site = OwnSite.in(folder);
        site.write("articles/2024/misfiled.md", article("Misfiled", "Text.\n", "date", "2025-01-03"));

        OwnSite.Bake bake = site.bake();
        CollectionCheck.Report one = site.check("articles/2024/misfiled.md");
        OwnSite.Run run = site.run("check", "--root", site.root().toString());

        String warning = "line 2: date 2025-01-03 is in 2025, but the file is in the 2024 folder; move it to"
                + " content/articles/2025/ or fix the date";
        assertEquals(List.of(), bake.problems());
        assertEquals(Map.of("content/articles/2024/misfiled.md", List.of(warning)), bake.warnings());
        assertEquals(List.of(warning), one.warnings().get(site.content("articles/2024/misfiled.md")));
        assertEquals(0, run.exit(), run.toString());
        assertEquals(List.of("content/articles/2024/misfiled.md: warning: " + warning), run.out(), "printed once");
    }

    @Test
    void aBrokenDataFileIsReportedFirstAndAloneWithItsLine() {
        OwnSite site = OwnSite.in(folder);
        site.data("regions.yml", "- name: Europe\n- name: [unclosed\n- name: Asia\n");
        site.write("articles/2024/one.md", article("One", "Text.\n"));
        site.write("articles/2024/two.md", article("Two", "Text.\n", "theme", "Astrology"));

        OwnSite.Bake bake = site.bake();
        OwnSite.Run run = site.run("check", "--root", site.root().toString());
        OwnSite.Run one = site.run("check", "--root", site.root().toString(),
                site.content("articles/2024/two.md").toString());

        assertEquals(1, bake.problems().size(), String.join("\n", bake.problems()));
        assertTrue(bake.problems().get(0).startsWith("data/regions.yml:3: yaml: not valid YAML"), bake.problems().get(0));
        assertTrue(bake.stopped() && bake.articlesNotChecked());
        assertEquals(bake.problems(), site.lines(site.checkAll().problems()));
        assertEquals(1, run.exit());
        assertEquals(bake.problems(), run.out());
        assertTrue(run.err().startsWith("The articles were not checked: they are checked against the data files"
                + " listed above."), run.err());
        assertEquals(bake.problems(), one.out(), "checking one file reports the data file too");

        site.data("regions.yml", "- name: Europe\n");
        assertEquals(List.of("content/articles/2024/two.md:5: theme: unknown theme \"Astrology\"; use one of: Energy;"
                + " Trade (from data/themes.yml)"), site.lines(site.checkAll().problems()), "once the data is fixed");
    }

    @Test
    void aMissingCopyrightIsSuggestedFromTheArticlesOwnFieldsInBoth() {
        OwnSite site = OwnSite.in(folder);
        site.write("articles/2024/other.md", article("Other", "Text.\n", "copyright",
                "Mira Castellane, The Harbour Review, 2023"));
        site.write("articles/2024/bare.md", article("Bare", "Text.\n", "copyright", null, "author",
                "Ana Ruiz; Emre Kılıç", "source", "Savanna Dispatch", "source_date", "2023-12-30"));

        List<String> expected = List.of("content/articles/2024/bare.md:10: copyright: missing; add \"copyright=Ana"
                + " Ruiz and Emre Kılıç, Savanna Dispatch, 2023\" to the header");
        assertEquals(expected, site.bake().problems());
        assertEquals(expected, site.lines(site.check("articles/2024/bare.md").problems()));
    }
}
