package org.commentary.vocabulary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.commentary.testing.TestSiteData;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteDataLoaderTest {

    private static final String TAG_NOT_ALLOWED = " is not allowed; data files hold plain text, numbers, lists and"
            + " mappings only (remove the tag)";

    @TempDir
    Path root;

    private Path data;
    private SiteDataLoader loader;

    /** Writes the valid required files, then {@code files} (name, text, name, text...) over them. */
    private SiteData load(String... files) {
        data = TestSiteData.dataFolder(root);
        for (int i = 0; i < files.length; i += 2) {
            TestSiteData.write(data.resolve(files[i]), files[i + 1]);
        }
        loader = new SiteDataLoader(data);
        return loader.load();
    }

    private List<String> problems() {
        return TestSiteData.formatted(loader.problems(), root);
    }

    @Test
    void loadsTheCollectionAndVocabularies() {
        SiteData site = load();
        assertEquals(List.of(), problems());
        assertEquals(new Collection("The Test Ledger", "Tests, republished", "Views are the authors' own.",
                "Republished for comment and criticism."), site.collection());
        assertEquals(List.of(
                new Term("Asia, Russia and FSU", "asia-russia-and-fsu", ""),
                new Term("Middle East & North Africa", "middle-east-and-north-africa", ""),
                new Term("Europe", "europe", "The continent."),
                new Term("Oceania", "oceania", "")), site.regions().terms());
        assertEquals(List.of("Energy", "Geopolitics", "Trade"), site.themes().names());
        assertEquals("data/regions.yml", site.regions().dataFile());
        assertEquals("data/themes.yml", site.themes().dataFile());
        assertEquals(Map.of(), site.authors());
        assertEquals(Map.of(), site.sources());
    }

    @Test
    void thePublishingPolicyHasDefaultsAndCanBeSet() {
        Collection defaults = load().collection();
        assertEquals("noindex, follow", defaults.articleRobots());
        assertEquals(false, defaults.canonicalOriginal());
        assertEquals("tag:the-test-ledger,2024:feed.xml", defaults.tagUri("feed.xml"));

        Collection set = load(SiteDataLoader.COLLECTION, """
                name: L
                disclaimer: D
                fair_use: F
                article_robots: Follow, Index
                article_canonical: original
                tag_authority: editors@ledger.example,2024-05
                """).collection();
        assertEquals(List.of(), problems());
        assertEquals("index, follow", set.articleRobots());
        assertEquals(true, set.canonicalOriginal());
        assertEquals("tag:editors@ledger.example,2024-05:x.html", set.tagUri("x.html"));
    }

    @Test
    void aWrongPublishingPolicyNamesTheLineAndTheChoices() {
        load(SiteDataLoader.COLLECTION, """
                name: L
                disclaimer: D
                fair_use: F
                article_robots: sometimes
                article_canonical: theirs
                tag_authority: https://ledger.example/
                """);
        List<String> problems = problems();
        assertEquals(3, problems.size(), problems::toString);
        assertTrue(problems.get(0).startsWith("data/collection.yml:4: article_robots: \"sometimes\" is not a robots"
                + " rule"), problems.get(0));
        assertTrue(problems.get(1).startsWith("data/collection.yml:5: article_canonical: \"theirs\" is not a"
                + " choice"), problems.get(1));
        assertTrue(problems.get(2).startsWith("data/collection.yml:6: tag_authority: \"https://ledger.example/\" is"
                + " not a tag authority"), problems.get(2));
    }

    @Test
    void foldedMultiLineTextIsOneValue() {
        SiteData site = load(SiteDataLoader.COLLECTION, """
                name: L
                disclaimer: >-
                  first line
                  second line
                fair_use: F
                """);
        assertEquals("first line second line", site.collection().disclaimer());
        assertEquals("", site.collection().tagline());
    }

    @Test
    void loadsOptionalProfilesLookedUpRegardlessOfCase() {
        SiteData site = load(SiteDataLoader.AUTHORS, """
                - name: "Zoë Varga-Lindqvist"
                  bio: Writes on gas.
                  url: https://varga-lindqvist.example
                - name: Emre Kılıç
                """, SiteDataLoader.SOURCES, """
                - name: The Harbour Review
                  description: A review.
                """);
        assertEquals(List.of(), problems());
        assertEquals(Optional.of(new Profile("Zoë Varga-Lindqvist", "Writes on gas.",
                "https://varga-lindqvist.example")), site.author("ZOË VARGA-LINDQVIST"));
        assertEquals(Optional.of(new Profile("Emre Kılıç", "", "")), site.author("Emre Kılıç"));
        assertEquals("A review.", site.source("the harbour review").orElseThrow().about());
        assertEquals(Optional.empty(), site.author("Nobody"));
    }

    @Test
    void missingRequiredFilesAreReported() {
        loader = new SiteDataLoader(root.resolve("data"));
        SiteData site = loader.load();
        List<String> fileProblems = loader.problems().stream().filter(p -> p.field().equals("file"))
                .map(p -> p.format(root)).toList();
        assertEquals(List.of(
                "data/collection.yml: file: missing; the build needs this data file",
                "data/regions.yml: file: missing; the build needs this data file",
                "data/themes.yml: file: missing; the build needs this data file"), fileProblems);
        assertTrue(problems().stream().noneMatch(p -> p.contains("authors.yml") || p.contains("sources.yml")),
                "authors.yml and sources.yml are optional");
        assertEquals(List.of(), site.regions().terms());
    }

    @Test
    void unreadableCollectionGetsNoFollowOnProblems() {
        load(SiteDataLoader.COLLECTION, "name: !secret L\ndisclaimer: D\nfair_use: F\n");
        assertEquals(List.of("data/collection.yml:1: yaml: the tag \"!secret\"" + TAG_NOT_ALLOWED), problems());
        loader = new SiteDataLoader(root.resolve("nowhere"));
        loader.load();
        assertEquals(1, loader.problems().stream().filter(p -> p.file().endsWith("collection.yml")).count(),
                problems()::toString);
    }

    @Test
    void missingCollectionFieldsAreReported() {
        load(SiteDataLoader.COLLECTION, "name: L\ndisclaimer: \"  \"\n");
        assertEquals(List.of(
                "data/collection.yml:1: disclaimer: missing; every entry needs a \"disclaimer:\"",
                "data/collection.yml:1: fair_use: missing; every entry needs a \"fair_use:\""), problems());
    }

    @Test
    void collectionMustBeAMapping() {
        load(SiteDataLoader.COLLECTION, "- name: L\n");
        assertEquals("data/collection.yml:1: yaml: expected fields such as \"name: ...\"", problems().get(0));
    }

    @Test
    void emptyVocabularyIsReported() {
        load(SiteDataLoader.THEMES, "# nothing yet\n");
        assertEquals(List.of("data/themes.yml: yaml: no entries; add at least one \"- name: ...\""), problems());
    }

    @Test
    void vocabularyMustBeAList() {
        load(SiteDataLoader.THEMES, "name: Energy\n");
        assertEquals(List.of("data/themes.yml:1: yaml: expected a list of entries, each starting with"
                + " \"- name: ...\""), problems());
    }

    @Test
    void entryWithoutNameIsReportedOnItsLine() {
        SiteData site = load(SiteDataLoader.REGIONS, """
                - name: Europe
                - slug: oceania
                  description: Islands.
                - name: Oceania
                """);
        assertEquals(List.of("data/regions.yml:2: name: missing; every entry needs a \"name:\""), problems());
        assertEquals(List.of("Europe", "Oceania"), site.regions().names());
    }

    @Test
    void entryThatIsNotAMappingIsReported() {
        load(SiteDataLoader.THEMES, "- name: Energy\n- Trade\n");
        assertEquals(List.of("data/themes.yml:2: yaml: expected an entry with fields such as \"name: ...\""),
                problems());
    }

    @Test
    void fieldWithAListValueIsReported() {
        load(SiteDataLoader.THEMES, "- name: Energy\n- name: [Trade, Aid]\n");
        assertEquals("data/themes.yml:2: name: expected a single text value", problems().get(0));
    }

    @Test
    void fieldGivenTwiceInOneEntryIsReported() {
        load(SiteDataLoader.THEMES, "- name: Energy\n  slug: energy\n  slug: power\n");
        assertEquals(List.of("data/themes.yml:3: slug: field given twice; keep one"), problems());
    }

    @Test
    void invalidSlugIsReportedOnTheSlugLine() {
        load(SiteDataLoader.REGIONS, """
                - name: Europe
                - name: Middle East & North Africa
                  description: x
                  slug: Middle East
                """);
        assertEquals(List.of("data/regions.yml:4: slug: \"Middle East\" is not a valid slug; use lower-case"
                + " letters, digits and '-', e.g. \"middle-east-and-north-africa\""), problems());
    }

    @Test
    void duplicateNamesAreReportedRegardlessOfCase() {
        load(SiteDataLoader.THEMES, "- name: Energy\n- name: Trade\n- name: ENERGY\n");
        assertEquals(List.of("data/themes.yml:3: name: \"ENERGY\" is already defined on line 1"), problems());
    }

    @Test
    void twoNamesWithTheSameSlugAreReportedWithBothLines() {
        load(SiteDataLoader.REGIONS, """
                - name: "Middle East & North Africa"
                - name: Europe
                - name: "Middle East and North Africa"
                """);
        assertEquals(List.of("data/regions.yml:3: slug: \"Middle East and North Africa\" has the slug"
                + " \"middle-east-and-north-africa\", already used by the entry on line 1; give one of them another"
                + " slug"), problems());
    }

    @Test
    void explicitSlugClashingWithAGeneratedOneIsReported() {
        load(SiteDataLoader.THEMES, "- name: Energy\n- name: Power\n  slug: energy\n");
        assertEquals(List.of("data/themes.yml:2: slug: \"Power\" has the slug \"energy\", already used by the"
                + " entry on line 1; give one of them another slug"), problems());
    }

    @Test
    void nameThatIsAnotherTermsSlugIsReported() {
        SiteData site = load(SiteDataLoader.REGIONS, """
                - name: Middle East
                  slug: mena
                - name: MENA
                  slug: mena-region
                """);
        List<String> problems = problems();
        assertEquals(1, problems.size(), () -> problems + " / MENA resolves to " + site.regions().find("MENA"));
        assertTrue(problems.get(0).startsWith("data/regions.yml:3: "), problems.get(0));
    }

    @Test
    void profileWithANonWebUrlIsReported() {
        load(SiteDataLoader.AUTHORS, "- name: A\n  url: javascript:alert(1)\n");
        assertEquals(List.of("data/authors.yml:2: url: \"javascript:alert(1)\" is not an http(s) address"),
                problems());
    }

    @Test
    void profileListedTwiceIsReported() {
        load(SiteDataLoader.SOURCES, "- name: The Review\n- name: the review\n");
        assertEquals(List.of("data/sources.yml:2: name: \"the review\" is listed twice; merge the entries"),
                problems());
    }

    @Test
    void globalTagIsReportedAndNothingIsInstantiated() {
        int before = YamlCanary.INSTANCES.get();
        SiteData site = load(SiteDataLoader.REGIONS, """
                - name: Europe
                - name: !!org.commentary.vocabulary.YamlCanary "x"
                - !!org.commentary.vocabulary.YamlCanary []
                """);
        assertEquals(List.of(
                "data/regions.yml:2: yaml: the tag \"tag:yaml.org,2002:org.commentary.vocabulary.YamlCanary\""
                        + TAG_NOT_ALLOWED,
                "data/regions.yml:3: yaml: the tag \"tag:yaml.org,2002:org.commentary.vocabulary.YamlCanary\""
                        + TAG_NOT_ALLOWED), problems());
        assertEquals(before, YamlCanary.INSTANCES.get(), "no object may be constructed from a data file");
        assertEquals(List.of(), site.regions().terms(), "a file with a forbidden tag contributes nothing");
    }

    @Test
    void classicGadgetTagsAreReported() {
        load(SiteDataLoader.SOURCES, """
                - name: A
                  url: !!java.net.URL ["http://localhost:1/"]
                - !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL ["http://localhost:1/"]]]]
                """);
        List<String> problems = problems();
        assertEquals(List.of(
                "data/sources.yml:2: yaml: the tag \"tag:yaml.org,2002:java.net.URL\"" + TAG_NOT_ALLOWED,
                "data/sources.yml:3: yaml: the tag \"tag:yaml.org,2002:javax.script.ScriptEngineManager\""
                        + TAG_NOT_ALLOWED,
                "data/sources.yml:3: yaml: the tag \"tag:yaml.org,2002:java.net.URLClassLoader\"" + TAG_NOT_ALLOWED,
                "data/sources.yml:3: yaml: the tag \"tag:yaml.org,2002:java.net.URL\"" + TAG_NOT_ALLOWED), problems);
    }

    @Test
    void localTagIsReported() {
        load(SiteDataLoader.THEMES, "- name: Energy\n- name: !secret Trade\n");
        assertEquals(List.of("data/themes.yml:2: yaml: the tag \"!secret\"" + TAG_NOT_ALLOWED), problems());
    }

    @Test
    void coreTagsAreAllowed() {
        SiteData site = load(SiteDataLoader.THEMES, "- !!map\n  name: !!str Energy\n  description: !!str 2024\n");
        assertEquals(List.of(), problems());
        assertEquals(List.of(new Term("Energy", "energy", "2024")), site.themes().terms());
    }

    @Test
    void malformedYamlIsReportedWithItsLine() {
        load(SiteDataLoader.THEMES, "- name: Energy\n- name: Trade: Aid\n- name: Aid\n");
        assertEquals(List.of("data/themes.yml:2: yaml: not valid YAML: mapping values are not allowed here"),
                problems());
    }

    @Test
    void unterminatedQuoteIsReportedWhereItOpens() {
        load(SiteDataLoader.THEMES, "- name: Energy\n- name: \"Trade\n- name: Aid\n");
        List<String> problems = problems();
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).startsWith("data/themes.yml:2: yaml: not valid YAML: "), problems.get(0));
    }

    @Test
    void yamlNullNameIsMissing() {
        load(SiteDataLoader.THEMES, "- name: Energy\n- name: ~\n- name: null\n");
        assertEquals(List.of("data/themes.yml:2: name: missing; every entry needs a \"name:\"",
                "data/themes.yml:3: name: missing; every entry needs a \"name:\""), problems());
    }

    @Test
    void badIndentationIsReportedWithItsLine() {
        load(SiteDataLoader.REGIONS, "- name: Europe\n  slug: europe\n description: x\n");
        List<String> problems = problems();
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).startsWith("data/regions.yml:3: yaml: not valid YAML: "), problems.get(0));
    }

    @Test
    void aliasBombIsRefusedQuickly() {
        StringBuilder yaml = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'k'; c++) {
            char p = (char) (c - 1);
            yaml.append(c).append(": &").append(c).append(" [*").append(p).append(", *").append(p).append(", *")
                    .append(p).append(", *").append(p).append(", *").append(p).append(", *").append(p).append("]\n");
        }
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> load(SiteDataLoader.COLLECTION, yaml.toString()));
        assertTrue(problems().get(0).startsWith("data/collection.yml"), problems()::toString);
        assertTrue(problems().stream().anyMatch(p -> p.contains("not valid YAML")), problems()::toString);
    }

    @Test
    void invalidUtf8DataFileIsReported() {
        data = TestSiteData.dataFolder(root);
        TestSiteData.write(data.resolve(SiteDataLoader.THEMES), new byte[] {'-', ' ', 'n', 'a', 'm', 'e', ':', ' ',
            (byte) 0xE9});
        loader = new SiteDataLoader(data);
        loader.load();
        assertEquals(List.of("data/themes.yml: file: cannot be read: not valid UTF-8 text; save the file as UTF-8"),
                problems());
    }
}
