package org.commentary.tooling;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.commentary.content.ContentReader;
import org.commentary.model.ArticleMetadata;
import org.commentary.vocabulary.SiteDataLoader;
import org.commentary.vocabulary.Term;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

/** Whatever a header style writes, the build reads back as the same values (the fixture site's vocabulary). */
class HeaderStyleTest {

    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(HeaderStyle.class)
    void writtenValuesReadBackUnchanged(HeaderStyle style) {
        TestSite site = TestSite.empty(folder);
        ArticleDraft draft = new ArticleDraft("Null: \"Quotes\", #hashes & [brackets]", "2024-03-18",
                List.of("Noëlle Brandt-Okafor", "O'Brien, Jr."),
                List.of("Baltic, Nordic and Arctic", "Gulf & Red Sea"), List.of("Ports & Labour"), "The Harbour Review",
                "https://harbour-review.example/a?b=c#d", "2024-03-15",
                "- a dash first", "Mira Castellane, The Harbour Review, 2024", "yes", "no", "*stars* and `code`",
                List.of("null"), "published", "The text.");

        Path file = site.write("articles/2024/article." + style.extension(), style.write(draft));
        ContentReader.Result result = new ContentReader(site.content(), new SiteDataLoader(site.data()).load())
                .read(file);

        ArticleMetadata meta = (ArticleMetadata) result.content().orElseThrow(() -> new AssertionError(
                result.problems() + "\n" + TestSite.read(file))).metadata();
        assertEquals(draft.title(), meta.title());
        assertEquals(draft.authors(), meta.authors());
        assertEquals(draft.regions(), meta.regions().stream().map(Term::name).toList());
        assertEquals(draft.sourceUrl(), meta.sourceUrl());
        assertEquals(draft.sourceTitle(), meta.sourceTitle());
        assertEquals(draft.license(), meta.license());
        assertEquals(draft.changes(), meta.changes());
        assertEquals(draft.summary(), meta.summary());
        assertEquals(draft.translators(), meta.translators());
        assertEquals("2024-03-15", String.valueOf(meta.sourceDate()));
    }
}
