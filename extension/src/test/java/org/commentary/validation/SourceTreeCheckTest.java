package org.commentary.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.commentary.testing.TestSiteData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceTreeCheckTest {

    @TempDir
    Path root;

    private List<String> problems(Set<Path> read) {
        return TestSiteData.formatted(new SourceTreeCheck(root, root.resolve("content")).problems(read), root);
    }

    @Test
    void anUpperCaseExtensionIsNotReadAsAnArticleAndTheMessageSaysWhy() {
        TestSiteData.write(root.resolve("content/articles/2024/Loud News.MD"), "title=Loud\n~~~~~~\n\nText.\n");
        assertEquals(List.of("content/articles/2024/Loud News.MD: file: \"Loud News.MD\" is not read as an article:"
                + " the build only reads lower-case extensions, so it would be published as it is. Rename it to"
                + " \"loud-news.md\"."), problems(Set.of()));
    }

    @Test
    void imagesAndFilesReadAsContentAreFineAndOtherFilesAreStray() {
        Path article = TestSiteData.write(root.resolve("content/articles/2024/a.md"), "text");
        TestSiteData.write(root.resolve("content/articles/2024/chart.PNG"), new byte[] {1});
        TestSiteData.write(root.resolve("content/articles/2024/notes.txt"), "to do");
        assertEquals(List.of("content/articles/2024/notes.txt: file: \"notes.txt\" is not an article or an image and"
                + " would be published as it is; articles are .md or .adoc files, images .png, .jpg, .gif, .webp or"
                + " .avif. Move or delete it."), problems(Set.of(article.toAbsolutePath().normalize())));
    }
}
