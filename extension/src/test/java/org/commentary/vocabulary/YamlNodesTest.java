package org.commentary.vocabulary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.commentary.validation.Problem;
import org.commentary.validation.Problems;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.nodes.Node;

class YamlNodesTest {

    private final Problems problems = new Problems(Path.of("data/x.yml"));

    private List<YamlNodes.Entry> entries(String yaml) {
        Node root = YamlNodes.parse(yaml, problems).orElseThrow(() -> new AssertionError(problems.list()));
        return YamlNodes.entries(root, problems);
    }

    @Test
    void entriesCarryTheirLinesAndTheirValuesLines() {
        List<YamlNodes.Entry> entries = entries("# comment\n- name: Europe\n  slug: europe\n\n- name: Oceania\n");
        assertEquals(List.of(), problems.list());
        assertEquals(2, entries.size());
        assertEquals(new YamlNodes.Entry(Map.of("name", new YamlNodes.Value("Europe", 2),
                "slug", new YamlNodes.Value("europe", 3)), 2), entries.get(0));
        assertEquals(5, entries.get(1).line());
        assertEquals(3, entries.get(0).lineOf("slug"));
        assertEquals(5, entries.get(1).lineOf("slug"), "an absent field is reported on its entry's line");
    }

    @Test
    void blankValuesAreAbsentAndValuesAreStripped() {
        YamlNodes.Entry entry = entries("- name: \"  Europe \"\n  slug: \"\"\n  description: \"   \"\n").get(0);
        assertEquals(Optional.of("Europe"), entry.text("name"));
        assertEquals(Optional.empty(), entry.text("slug"));
        assertEquals(Optional.empty(), entry.text("description"));
        assertEquals(Optional.empty(), entry.text("absent"));
    }

    @Test
    void scalarsAreKeptAsWrittenNotConverted() {
        YamlNodes.Entry entry = entries("- name: 2024-03-18\n  a: 010\n  b: yes\n  c: 1e3\n").get(0);
        assertEquals(Optional.of("2024-03-18"), entry.text("name"));
        assertEquals(Optional.of("010"), entry.text("a"));
        assertEquals(Optional.of("yes"), entry.text("b"));
        assertEquals(Optional.of("1e3"), entry.text("c"));
    }

    @Test
    void emptyDocumentHasNoRoot() {
        assertEquals(Optional.empty(), YamlNodes.parse("# only a comment\n", problems));
        assertEquals(List.of(), problems.list());
    }

    @Test
    void twoDocumentsAreAProblem() {
        assertEquals(Optional.empty(), YamlNodes.parse("- name: a\n---\n- name: b\n", problems));
        assertEquals(1, problems.list().size());
        Problem problem = problems.list().get(0);
        assertEquals("yaml", problem.field());
        assertTrue(problem.message().startsWith("not valid YAML: "), problem.message());
    }

    @Test
    void nestedTagsAreAllReported() {
        assertEquals(Optional.empty(), YamlNodes.parse("- name: x\n  more: {k: !!python/object v}\n", problems));
        assertEquals(List.of(new Problem(Path.of("data/x.yml"), 2, "yaml", "the tag"
                + " \"tag:yaml.org,2002:python/object\" is not allowed; data files hold plain text, numbers, lists"
                + " and mappings only (remove the tag)")), problems.list());
    }

    @Test
    void describeNamesTheDataFolderAndFile() {
        assertEquals("data/regions.yml", YamlNodes.describe(Path.of("/site/data"), "regions.yml"));
    }
}
