package org.commentary.tooling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commentary.content.ContentReader;
import org.commentary.model.ArticleMetadata;
import org.commentary.validation.Problem;
import org.commentary.vocabulary.SiteDataLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * YAML front matter in Markdown articles, read through {@link ContentReader} as the build reads it: the
 * same metadata as the key=value header, and the same kind of messages with the file's line numbers.
 */
class YamlFrontMatterTest {

    private static final String KEY_VALUE = """
            title=The Strait and the Ledger
            date=2024-03-18
            author=Mira Castellane; Tomasz Rydel
            region=Baltic, Nordic and Arctic; Atlantic Coast
            theme=Shipping; Sanctions
            source=The Harbour Review
            source_url=https://harbour-review.example/2024/03/strait-ledger
            source_date=2024-03-15
            copyright=Mira Castellane and Tomasz Rydel, The Harbour Review, 2024
            summary=Why shipping insurers: not navies.
            status=published
            ~~~~~~

            The text.
            """;

    private static final String YAML = """
            ---
            title: The Strait and the Ledger
            date: 2024-03-18
            author:
              - Mira Castellane
              - Tomasz Rydel
            region:
              - Baltic, Nordic and Arctic
              - Atlantic Coast
            theme: [Shipping, Sanctions]
            source: The Harbour Review
            source_url: https://harbour-review.example/2024/03/strait-ledger
            source_date: 2024-03-15
            copyright: Mira Castellane and Tomasz Rydel, The Harbour Review, 2024
            summary: "Why shipping insurers: not navies."
            status: published
            ---

            The text.
            """;

    @TempDir
    Path folder;

    private TestSite site;
    private ContentReader reader;

    @BeforeEach
    void reader() {
        site = TestSite.empty(folder);
        reader = new ContentReader(site.content(), new SiteDataLoader(site.data()).load());
    }

    private ContentReader.Result read(String text) {
        return reader.read(site.write("articles/2024/article.md", text));
    }

    private List<String> problems(String text) {
        return read(text).problems().stream().sorted()
                .map(p -> p.line() + ": " + p.field() + ": " + p.message()).toList();
    }

    @Test
    void givesTheSameMetadataAsTheKeyValueHeader() {
        ContentReader.Result yaml = read(YAML);
        ArticleMetadata fromYaml = (ArticleMetadata) yaml.content().orElseThrow(() -> new AssertionError(yaml))
                .metadata();
        ArticleMetadata fromKeyValue = (ArticleMetadata) read(KEY_VALUE).content().orElseThrow().metadata();

        assertEquals(fromKeyValue, fromYaml);
        assertEquals(List.of("Mira Castellane", "Tomasz Rydel"), fromYaml.authors());
        assertEquals("Baltic, Nordic and Arctic", fromYaml.regions().get(0).name());
        assertEquals(read(KEY_VALUE).content().orElseThrow().html(), yaml.content().orElseThrow().html());
    }

    @Test
    void problemsCarryTheFileLineAndYamlSyntaxInTheFix() {
        String text = YAML.replace("date: 2024-03-18", "date: 18 March 2024")
                .replace("  - Atlantic Coast\n", "  - Atlantik Coast\n")
                .replace("source: The Harbour Review\n", "");

        assertEquals(List.of(
                "3: date: \"18 March 2024\" is not a date in the form YYYY-MM-DD, e.g. \"2024-03-18\"",
                "7: region: unknown region \"Atlantik Coast\"; did you mean \"Atlantic Coast\"? (known values are in"
                        + " data/regions.yml)",
                "16: source: missing; add \"source: The Harbour Review\" to the header"),
                problems(text));
        assertEquals(List.of("4: author: missing; add \"author: [Mira Castellane, Tomasz Rydel]\" to the header"),
                problems("---\ntitle: T\n# no author\n---\nx\n").stream().filter(p -> p.contains("author")).toList());
    }

    @Test
    void emptyValuesAndDuplicateFieldsAreReportedLikeKeyValueOnes() {
        List<String> problems = problems(YAML.replace("copyright: Mira Castellane and Tomasz Rydel, The Harbour"
                + " Review, 2024", "copyright:").replace("status: published", "status: published\ntitle: Again"));

        assertEquals(List.of(
                "14: copyright: is empty; give a value, e.g. \"copyright: Mira Castellane and Tomasz Rydel, The Harbour"
                        + " Review, 2024\"",
                "17: title: given twice (first on line 2); keep one line"), problems);
    }

    @Test
    void nestedValuesListsInSingleFieldsAndSemicolonsInItemsAreRefused() {
        String text = YAML.replace("title: The Strait and the Ledger", "title:\n  - The Strait\n  - The Ledger")
                .replace("source: The Harbour Review", "source:\n  name: The Harbour Review")
                .replace("  - Tomasz Rydel", "  - Tomasz Rydel; Ann Other");

        assertEquals(List.of(
                "2: title: takes a single value, not a list; write \"title: The Strait and the Ledger\"",
                "8: author: \"Tomasz Rydel; Ann Other\" contains ';'; give each value as its own list item",
                "13: source: is empty; give a value, e.g. \"source: The Harbour Review\"",
                "13: source: nested fields are not allowed; give a single value or a list, e.g. \"source: The"
                        + " Harbour Review\""),
                problems(text));
    }

    @Test
    void tagsOutsideTheCoreSchemaAreRefused() {
        String text = YAML.replace("source: The Harbour Review", "source: !!javax.script.ScriptEngineManager [x]");

        assertEquals(List.of("11: yaml: the tag \"tag:yaml.org,2002:javax.script.ScriptEngineManager\" is not allowed;"
                + " data files hold plain text, numbers, lists and mappings only (remove the tag)"), problems(text));
    }

    @Test
    void brokenYamlAndAMissingClosingLineAreReported() {
        assertEquals(List.of("1: header: no \"---\" line closes the YAML front matter; write the fields (title: ...,"
                + " date: ..., ...) between two \"---\" lines, then the article text"),
                problems("---\ntitle: T\n\nThe text.\n"));
        List<String> broken = problems("---\ntitle: T\nauthor: [unclosed\n---\nThe text.\n");
        assertEquals(1, broken.size(), broken.toString());
        assertTrue(broken.get(0).matches("\\d: yaml: not valid YAML: .*"), broken.toString());
        assertEquals(List.of("2: header: the front matter must be fields, one per line, such as \"title: The Strait"
                + " and the Ledger\""), problems("---\n- title\n---\nThe text.\n"));
    }

    @Test
    void anEmptyBodyIsReportedOnTheClosingLine() {
        assertEquals(List.of("17: body: the file has no text after its header; add the article text (or delete the"
                + " file)"), problems(YAML.replace("The text.\n", "")));
    }

    /**
     * The guide's example names the sample collection's regions and themes, which the fixture site neither has
     * nor may copy: they are added to this site's vocabulary first, so the example's form is what is checked.
     */
    @Test
    void theContentGuideExampleIsValid() {
        String guide = TestSite.read(TestSite.repository().resolve("docs/content-guide.md"));
        Matcher example = Pattern.compile("```\\n(---\\n(.*?)\\n---\\n.*?)```", Pattern.DOTALL).matcher(guide);
        assertTrue(example.find(), "docs/content-guide.md has a YAML front matter example");
        Map<?, ?> fields = (Map<?, ?>) new Load(LoadSettings.builder().build()).loadFromString(example.group(2));
        addTerms(SiteDataLoader.REGIONS, fields.get("region"));
        addTerms(SiteDataLoader.THEMES, fields.get("theme"));
        reader = new ContentReader(site.content(), new SiteDataLoader(site.data()).load());

        ContentReader.Result result = read(example.group(1));
        List<Problem> problems = result.problems();
        assertEquals(List.of(), problems);
    }

    /** Appends the names in {@code value} (one name or a list) to one of the site's vocabulary files. */
    private void addTerms(String dataFile, Object value) {
        List<?> names = value instanceof List<?> list ? list : List.of(String.valueOf(value));
        StringBuilder entries = new StringBuilder(TestSite.read(site.data().resolve(dataFile)));
        for (Object name : names) {
            entries.append("- name: \"").append(String.valueOf(name).replace("\\", "\\\\").replace("\"", "\\\""))
                    .append("\"\n");
        }
        site.writeData(dataFile, entries.toString());
    }
}
