package org.commentary.validation.collection;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.commentary.content.ContentFile;
import org.commentary.content.ContentReader;
import org.commentary.metadata.SourceFormat;
import org.commentary.source.SourceFolders;
import org.commentary.source.SourceTree;
import org.commentary.testing.ArticleText;
import org.commentary.testing.TestSiteData;
import org.commentary.validation.Problem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalLinkCheckTest {

    @TempDir
    Path root;

    private Path content;
    private ContentReader reader;
    private final List<ContentFile> files = new ArrayList<>();

    @BeforeEach
    void setUp() {
        content = root.resolve("content");
        reader = new ContentReader(content, TestSiteData.load(root));
        TestSiteData.write(content.resolve("articles/2024/chart.png"), new byte[] {1});
        TestSiteData.write(root.resolve("assets/css/site.css"), "body {}");
        article("articles/2024/other.md", "published", "Other text.");
        article("articles/2023/unfinished.adoc", "draft", "Draft text.");
    }

    private ContentFile article(String path, String status, String body) {
        SourceFormat format = path.endsWith(".md") ? SourceFormat.MARKDOWN : SourceFormat.ASCIIDOC;
        Path file = TestSiteData.write(content.resolve(path), ArticleText.valid().with("status", status)
                .with("source_url", "https://harbour-review.example/" + path).body(body).text(format));
        ContentReader.Result result = reader.read(file);
        assertEquals(List.of(), result.problems());
        files.add(result.content().orElseThrow());
        return result.content().orElseThrow();
    }

    private List<String> problems() {
        SourceFolders folders = SourceFolders.of(root);
        SiteFiles site = SiteFiles.of(folders, SourceTree.walk(folders), files,
                path -> path.equals("index.html") || path.equals("regions/europe.html"));
        return TestSiteData.formatted(new LocalLinkCheck(site, root, content).problems(files), root);
    }

    private List<String> problemsOf(String body) {
        article("articles/2024/linking.md", "published", body);
        return problems().stream().filter(p -> p.startsWith("content/articles/2024/linking.md")).toList();
    }

    @Test
    void filesAndPagesTheSiteHoldsAreFine() {
        assertEquals(List.of(), problemsOf("""
                ![A chart](chart.png) and [the other](other.html#art-intro), [again](./other.html?ref=x),
                [the home page](../../index.html), [Europe](../../regions/europe.html),
                [a style sheet](../../css/site.css) and [the web](https://example.org/missing.png).
                """));
    }

    @Test
    void aMissingImageIsReportedOnItsLineWithTheFix() {
        assertEquals(List.of("content/articles/2024/linking.md:14: image: no file content/articles/2024/charts.png"
                        + " (did you mean \"chart.png\"?); add it beside the article or fix the name"),
                problemsOf("First paragraph.\n\nSecond, with ![A chart](charts.png).\n"));
    }

    @Test
    void aLinkToAnArticlesSourceAsksForItsPage() {
        assertEquals(List.of("content/articles/2024/linking.md:12: link: \"other.md#part\" links to an article's"
                        + " source file, which is not published; link to its page instead: \"other.html#part\"",
                "content/articles/2024/linking.md:12: link: \"../2023/unfinished.adoc\" links to an article's source"
                        + " file, which is not published; link to its page instead: \"../2023/unfinished.html\""),
                problemsOf("See [the other](other.md#part) and [that](../2023/unfinished.adoc).\n"));
    }

    @Test
    void aPublishedPageMayNotLinkToADraftButADraftMay() {
        assertEquals(List.of("content/articles/2024/linking.md:12: link: \"../2023/unfinished.html\" is the page of a"
                + " draft (status: draft), which is not published; link to it once it is published, or remove the"
                + " link"), problemsOf("See [that](../2023/unfinished.html).\n"));
        files.clear();
        article("articles/2023/unfinished.adoc", "draft", "Draft text.");
        article("articles/2024/draft-linking.md", "draft", "See [that](../2023/unfinished.html).\n");
        assertEquals(List.of(), problems());
    }

    @Test
    void missingPagesAddressesFromTheRootAndOutsideTheSiteAndFolders() {
        assertEquals(List.of(
                "content/articles/2024/linking.md:12: link: no page articles/2024/othre.html in the site (did you mean"
                        + " \"other.html\"?); fix the link",
                "content/articles/2024/linking.md:13: link: \"/index.html\" starts with '/', which leaves the site when"
                        + " it is opened from disk or published under a sub-path; write it relative to this page, e.g."
                        + " \"../../index.html\"",
                "content/articles/2024/linking.md:14: link: \"../../../up.html\" points outside the site (above its"
                        + " root folder); fix the link",
                "content/articles/2024/linking.md:15: link: \"../2023/\" points to a folder, which a page opened from"
                        + " disk cannot show; link to a page",
                "content/articles/2024/linking.md:16: link: \"other\" has no file extension; link to the page:"
                        + " \"other.html\""),
                problemsOf("[a](othre.html)\n[b](/index.html)\n[c](../../../up.html)\n[d](../2023/)\n[e](other)\n"));
    }

    @Test
    void asciidocImagesAndLinksAreCheckedToo() {
        article("articles/2024/linking.adoc", "published", "image::figure.png[A figure]\n\nSee link:other.html[the other]"
                + " and xref:gone.adoc[a gone one].\n");
        assertEquals(List.of("content/articles/2024/linking.adoc:11: image: no file content/articles/2024/figure.png;"
                        + " add it beside the article or fix the name",
                "content/articles/2024/linking.adoc:13: link: no page articles/2024/gone.html in the site; fix the link"),
                problems());
    }

    @Test
    void percentEscapesAreReadAsTheFileNameTheyStandFor() {
        TestSiteData.write(content.resolve("articles/2024/my chart.png"), new byte[] {1});
        assertEquals(List.of(), problemsOf("![A chart](my%20chart.png)\n"));
        assertEquals(Optional.of("a b/é"), Optional.of(LocalLinkCheck.decode("a%20b/%C3%A9")));
        assertEquals("100%", LocalLinkCheck.decode("100%"));
    }

    @Test
    void resolvingAndRelativeLinks() {
        assertEquals(Optional.of("articles/2023/x.html"), LocalLinkCheck.resolve("articles/2024/", "../2023/./x.html"));
        assertEquals(Optional.empty(), LocalLinkCheck.resolve("articles/", "../../x.html"));
        assertEquals("../../index.html", LocalLinkCheck.relative("articles/2024/", "index.html"));
        assertEquals("../2023/x.html", LocalLinkCheck.relative("articles/2024/", "articles/2023/x.html"));
        assertEquals("regions/europe.html", LocalLinkCheck.relative("", "regions/europe.html"));
    }
}
