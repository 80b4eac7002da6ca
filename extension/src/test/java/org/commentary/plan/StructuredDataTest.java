package org.commentary.plan;

import static org.commentary.testsupport.ReaderTestArticles.article;
import static org.commentary.testsupport.ReaderTestArticles.newestFirst;
import static org.commentary.testsupport.ReaderTestArticles.taxonomies;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.commentary.content.PublishedArticle;
import org.commentary.testsupport.ReaderTestArticles;
import org.commentary.site.SiteUrl;
import org.junit.jupiter.api.Test;

class StructuredDataTest {

    private static final SiteUrl URL = SiteUrl.of("https://ledger.example/sub");

    private static StructuredData structuredData(List<PublishedArticle> all) {
        return new StructuredData(URL, ReaderTestArticles.COLLECTION, taxonomies(all));
    }

    @Test
    void describesTheArticleAndTheOriginalItIsBasedOn() {
        PublishedArticle a = article("strait").title("The Strait and the Ledger").date("2024-03-18")
                .authors("Mira Castellane", "Tomasz Rydel").regions("Europe").themes("Energy", "Trade")
                .source("The Harbour Review").sourceUrl("https://harbour-review.example/2024/03/strait")
                .sourceDate("2024-03-15").sourceTitle("Insurers at the Strait")
                .copyright("Mira Castellane and Tomasz Rydel, The Harbour Review, 2024")
                .license("Republished with the publisher's permission").build();
        List<PublishedArticle> all = newestFirst(a);

        String json = structuredData(all).jsonLd(a, "Why insurers decide.");

        assertTrue(json.startsWith("{\"@context\":\"https://schema.org\",\"@type\":\"OpinionNewsArticle\","
                + "\"headline\":\"The Strait and the Ledger\",\"description\":\"Why insurers decide.\","
                + "\"url\":\"https://ledger.example/sub/articles/2024/strait.html\""), json);
        assertTrue(json.contains("\"isBasedOn\":{\"@type\":\"Article\","
                + "\"url\":\"https://harbour-review.example/2024/03/strait\",\"headline\":\"Insurers at the Strait\","
                + "\"author\":[{\"@type\":\"Person\",\"name\":\"Mira Castellane\"},"
                + "{\"@type\":\"Person\",\"name\":\"Tomasz Rydel\"}],"
                + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"The Harbour Review\"},"
                + "\"datePublished\":\"2024-03-15\"}"), json);
        assertTrue(json.contains("\"author\":[{\"@type\":\"Person\",\"name\":\"Mira Castellane\","
                + "\"url\":\"https://ledger.example/sub/authors/mira-castellane.html\"}"), json);
        assertTrue(json.contains("\"copyrightNotice\":\"© Mira Castellane and Tomasz Rydel, The Harbour Review, 2024\","
                + "\"copyrightHolder\":[{\"@type\":\"Person\",\"name\":\"Mira Castellane\"},"
                + "{\"@type\":\"Person\",\"name\":\"Tomasz Rydel\"},"
                + "{\"@type\":\"Organization\",\"name\":\"The Harbour Review\"}],\"copyrightYear\":2024,"
                + "\"creditText\":\"Mira Castellane and Tomasz Rydel / The Harbour Review\","
                + "\"license\":{\"@type\":\"CreativeWork\",\"name\":\"Republished with the publisher's permission\"}"),
                json);
        assertTrue(json.contains("\"spatialCoverage\":[{\"@type\":\"Place\",\"name\":\"Europe\","
                + "\"url\":\"https://ledger.example/sub/regions/europe.html\"}]"), json);
        assertTrue(json.contains("\"about\":[{\"@type\":\"Thing\",\"name\":\"Energy\","
                + "\"url\":\"https://ledger.example/sub/themes/energy.html\"},"), json);
    }

    @Test
    void holdersItCannotRecogniseAreLeftToTheNotice() {
        PublishedArticle a = article("x").authors("Ann Author").copyright("Harbour Media Group Ltd, 2022").build();
        String json = structuredData(newestFirst(a)).jsonLd(a, "");
        assertFalse(json.contains("copyrightHolder"), json);
        assertTrue(json.contains("\"copyrightNotice\":\"© Harbour Media Group Ltd, 2022\",\"copyrightYear\":2022"), json);
        assertFalse(json.contains("\"license\""), json);
        assertFalse(json.contains("\"description\""), json);
    }

    @Test
    void aTitleCannotEndTheScriptElement() {
        PublishedArticle a = article("x").title("Why </script><script>alert(1)</script> & co. \u2028matter").build();
        String json = structuredData(newestFirst(a)).jsonLd(a, "<b>bold</b>");
        assertFalse(json.contains("<"), json);
        assertFalse(json.contains(">"), json);
        assertFalse(json.contains("&"), json);
        assertFalse(json.contains("\u2028"), json);
        assertTrue(json.contains("\"headline\":\"Why \\u003c/script\\u003e\\u003cscript\\u003ealert(1)"), json);
    }

    @Test
    void headHasTheCanonicalUrlAndOpenGraphTags() {
        PublishedArticle a = article("x").date("2024-06-01").authors("Ann Author").regions("Oceania")
                .themes("Elections", "Technology").build();
        Views.Head head = structuredData(newestFirst(a)).head(a, "Summary.");
        assertEquals("https://ledger.example/sub/articles/2024/x.html", head.canonical());
        List<String> pairs = head.meta().stream().map(m -> m.property() + "=" + m.content()).toList();
        assertEquals(List.of("og:type=article", "og:site_name=The Test Ledger", "og:title=Title of x",
                "og:url=https://ledger.example/sub/articles/2024/x.html", "og:description=Summary.",
                "article:published_time=2024-06-01",
                "article:author=https://ledger.example/sub/authors/ann-author.html", "article:section=Elections",
                "article:tag=Elections", "article:tag=Technology", "article:tag=Oceania"), pairs);
    }
}
