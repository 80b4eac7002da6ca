package org.commentary.validation.collection;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.commentary.content.ContentFile;
import org.commentary.content.ContentReader;
import org.commentary.metadata.SourceFormat;
import org.commentary.model.ArticleMetadata;
import org.commentary.testing.ArticleText;
import org.commentary.testing.TestSiteData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DuplicateArticlesTest {

    @TempDir
    Path root;

    private ContentReader reader;
    private final List<ContentFile> files = new ArrayList<>();

    @BeforeEach
    void setUp() {
        reader = new ContentReader(root.resolve("content"), TestSiteData.load(root));
    }

    private void article(String path, ArticleText text) {
        SourceFormat format = path.endsWith(".md") ? SourceFormat.MARKDOWN : SourceFormat.ASCIIDOC;
        ContentReader.Result result = reader.read(TestSiteData.write(root.resolve("content").resolve(path),
                text.text(format)));
        assertEquals(List.of(), result.problems());
        files.add(result.content().orElseThrow());
    }

    private static ArticleText text(String title, String sourceUrl) {
        return ArticleText.valid().with("title", title).with("source_url", sourceUrl);
    }

    private List<String> problems() {
        return TestSiteData.formatted(new DuplicateArticles(root).problems(files), root).stream().sorted().toList();
    }

    @Test
    void differentArticlesAreFine() {
        article("articles/2024/a.md", text("One", "https://outlet.example/one"));
        article("articles/2024/b.md", text("Two", "https://outlet.example/two"));
        article("articles/2024/c.md", text("One", "https://outlet.example/three").with("author", "Someone Else"));
        assertEquals(List.of(), problems());
    }

    @Test
    void theSameOriginalTwiceNamesTheOtherFileInEach() {
        article("articles/2024/a.md", text("One", "https://outlet.example/piece"));
        article("articles/2025/b.adoc", text("Another title", "http://www.Outlet.example/piece/#comments"));
        assertEquals(List.of(
                "content/articles/2024/a.md:7: source_url: the same article as content/articles/2025/b.adoc (the same"
                        + " source_url, https://outlet.example/piece); keep one file and delete the other, or correct"
                        + " the source_url if this one republishes a different original",
                "content/articles/2025/b.adoc:7: source_url: the same article as content/articles/2024/a.md (the same"
                        + " source_url, http://www.Outlet.example/piece/#comments); keep one file and delete the other,"
                        + " or correct the source_url if this one republishes a different original"),
                problems());
    }

    @Test
    void theSameTitleByTheSameAuthorsIsTheSameArticle() {
        article("articles/2024/a.md", text("The Strait  and the Ledger", "https://outlet.example/a")
                .with("author", "Mira Castellane; Tomasz Rydel"));
        article("articles/2024/b.adoc", text("the strait and the ledger", "https://other.example/b")
                .with("author", "Tomasz Rydel; Mira Castellane"));
        assertEquals(List.of(
                "content/articles/2024/a.md:1: title: the same article as content/articles/2024/b.adoc (the same title"
                        + " by the same authors); keep one file and delete the other, or give this one its own title if"
                        + " it is a different article",
                "content/articles/2024/b.adoc:1: title: the same article as content/articles/2024/a.md (the same title"
                        + " by the same authors); keep one file and delete the other, or give this one its own title if"
                        + " it is a different article"),
                problems());
    }

    @Test
    void threeCopiesAndADraftAreAllNamedAndEachPairIsReportedOnce() {
        article("articles/2024/a.md", text("Same", "https://outlet.example/x"));
        article("articles/2024/b.md", text("Same", "https://outlet.example/x"));
        article("articles/2024/c.md", text("Same", "https://outlet.example/x").with("status", "draft"));
        List<String> problems = problems();
        assertEquals(3, problems.size(), String.join("\n", problems));
        assertEquals("content/articles/2024/c.md:7: source_url: the same article as content/articles/2024/a.md and"
                + " content/articles/2024/b.md (the same source_url, https://outlet.example/x); keep one file and"
                + " delete the others, or correct the source_url if this one republishes a different original",
                problems.get(2));
    }

    @Test
    void manyCopiesNameThreeOfTheOthers() {
        for (String name : List.of("a", "b", "c", "d", "e")) {
            article("articles/2024/" + name + ".md", text("Title " + name, "https://outlet.example/x"));
        }
        assertEquals("content/articles/2024/e.md:7: source_url: the same article as content/articles/2024/a.md,"
                + " content/articles/2024/b.md, content/articles/2024/c.md and 1 other file (the same source_url,"
                + " https://outlet.example/x); keep one file and delete the others, or correct the source_url if this"
                + " one republishes a different original", problems().get(4));
    }

    @Test
    void addressesAreComparedAsReadersWouldSeeThem() {
        assertEquals(DuplicateArticles.originalKey("https://outlet.example/a?id=1"),
                DuplicateArticles.originalKey(" http://WWW.outlet.example/a/?id=1#top "));
        assertEquals(false, DuplicateArticles.originalKey("https://outlet.example/a?id=1")
                .equals(DuplicateArticles.originalKey("https://outlet.example/a?id=2")));
        assertEquals(false, DuplicateArticles.originalKey("https://outlet.example/A")
                .equals(DuplicateArticles.originalKey("https://outlet.example/a")));
    }

    @Test
    void pagesAreNotArticles() {
        String page = "type=page\ntitle=About\nstatus=published\n~~~~~~\n\nAbout us.\n";
        ContentReader.Result one = reader.read(TestSiteData.write(root.resolve("content/about.md"), page));
        ContentReader.Result two = reader.read(TestSiteData.write(root.resolve("content/about-us.md"), page));
        files.add(one.content().orElseThrow());
        files.add(two.content().orElseThrow());
        assertEquals(List.of(), problems());
        assertEquals(true, files.stream().noneMatch(f -> f.metadata() instanceof ArticleMetadata));
    }
}
