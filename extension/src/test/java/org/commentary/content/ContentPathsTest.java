package org.commentary.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.commentary.validation.Problem;
import org.commentary.validation.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ContentPathsTest {

    private static List<String> nameProblems(String relativePath) {
        Problems problems = new Problems(Path.of(relativePath));
        ContentPaths.checkNames(relativePath, problems);
        return problems.list().stream().map(Problem::message).toList();
    }

    @ParameterizedTest
    @CsvSource({"articles/2024/strait.md,articles/2024/strait.html", "about.adoc,about.html",
        "articles/2024/x.asciidoc,articles/2024/x.html", "a.b/c,a.b/c.html", "noext,noext.html"})
    void outputPath(String source, String output) {
        assertEquals(output, ContentPaths.outputPath(source));
    }

    @Test
    void relativePathUsesSlashes() {
        Path root = Path.of("site/content");
        assertEquals("articles/2024/x.md", ContentPaths.relative(root, root.resolve("articles/2024/x.md")));
        assertEquals("articles/x.md", ContentPaths.relative(root, Path.of("site/./content/articles/x.md")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"articles/2024/strait-ledger.md", "about.adoc", "articles/2024/g20-summit.md"})
    void safeNamesPass(String path) {
        assertEquals(List.of(), nameProblems(path));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "articles/2024/Bad Name.md | file name \"Bad Name.md\" must use only lower-case letters, digits and '-'; rename it to \"bad-name.md\"",
        "articles/2024/it's.md     | file name \"it's.md\" must use only lower-case letters, digits and '-'; rename it to \"it-s.md\"",
        "articles/2024/x.draft.md  | file name \"x.draft.md\" must use only lower-case letters, digits and '-'; rename it to \"x-draft.md\"",
        "articles/2024/-x.md       | file name \"-x.md\" must use only lower-case letters, digits and '-'; rename it to \"x.md\"",
        "articles/2024/snake_case.md | file name \"snake_case.md\" must use only lower-case letters, digits and '-'; rename it to \"snake-case.md\"",
        "Articles/2024/x.md        | folder name \"Articles\" must use only lower-case letters, digits and '-'; rename it to \"articles\"",
    })
    void unsafeNamesGetARename(String path, String message) {
        assertEquals(List.of(message), nameProblems(path));
    }

    @Test
    void everyBadPartIsReported() {
        assertEquals(2, nameProblems("My Articles/2024/Über.md").size());
        assertEquals("file name \"Über.md\" must use only lower-case letters, digits and '-'; rename it to"
                + " \"uber.md\"", nameProblems("My Articles/2024/Über.md").get(1));
    }
}
