package org.commentary.site.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.commentary.site.FixtureCollection;
import org.commentary.site.SearchData;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Each article page's machine-readable attribution (JSON-LD, Open Graph, canonical link) says the
 * same as its visible byline, kicker and attribution footer; the search data covers every article (on the
 * fixture collection).
 */
class StructuredDataPagesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SITE = FixtureCollection.site().root();

    @Test
    void jsonLdOpenGraphAndCanonicalAgreeWithThePage() throws IOException {
        List<Path> articles = articles();
        assertTrue(articles.size() >= 10, "articles: " + articles.size());
        for (Path file : articles) {
            String where = SITE.relativize(file).toString();
            Document page = Jsoup.parse(file.toFile(), "UTF-8");
            Elements scripts = page.select("script[type=application/ld+json]");
            assertEquals(1, scripts.size(), where);
            JsonNode ld = JSON.readTree(scripts.get(0).data());

            String canonical = page.selectFirst("link[rel=canonical]").attr("href");
            assertTrue(canonical.matches("https?://.+/" + where.replace(".", "\\.")), where + ": " + canonical);
            assertEquals(canonical, property(page, "og:url"), where);
            assertEquals(canonical, ld.path("url").asText(), where);
            assertEquals("OpinionNewsArticle", ld.path("@type").asText(), where);

            String title = page.selectFirst("h1").text();
            assertEquals(title, ld.path("headline").asText(), where);
            assertEquals(title, property(page, "og:title"), where);
            assertEquals(texts(page.select(".article__header .byline a")), names(ld.path("author")), where);
            assertEquals(texts(page.select(".article__header .terms--regions a")), names(ld.path("spatialCoverage")),
                    where);
            assertEquals(texts(page.select(".article__header .terms--themes a")), names(ld.path("about")), where);
            assertEquals(page.selectFirst("time").attr("datetime"), ld.path("datePublished").asText(), where);

            Element footer = page.selectFirst("footer.attribution");
            JsonNode original = ld.path("isBasedOn");
            assertEquals(footer.selectFirst("a.attribution__link").attr("href"), original.path("url").asText(), where);
            assertEquals(footer.selectFirst(".attribution__source a").text(),
                    original.path("publisher").path("name").asText(), where);
            Element originalDate = footer.selectFirst(".attribution__source time");
            assertEquals(originalDate == null ? "" : originalDate.attr("datetime"),
                    original.path("datePublished").asText(""), where);
            Element originalTitle = footer.selectFirst(".attribution__source cite");
            assertEquals(originalTitle == null ? title : originalTitle.text(), original.path("headline").asText(), where);
            assertEquals(footer.selectFirst(".attribution__copyright").text(), ld.path("copyrightNotice").asText(),
                    where);
            Element license = footer.selectFirst(".attribution__license");
            assertEquals(license == null ? "" : license.text(), ld.path("license").path("name").asText(""), where);
            assertFalse(ld.path("creditText").asText().isEmpty(), where);
        }
    }

    @Test
    void searchDataCoversEveryArticleAndEveryWordOfItsBody() throws IOException {
        SearchData search = SearchData.read(SITE);
        List<String> expected = articles().stream().map(p -> SITE.relativize(p).toString().replace('\\', '/'))
                .sorted().toList();
        assertEquals(expected, search.paths().stream().sorted().toList(), "one text entry per article page");
        for (JsonNode doc : search.manifest().path("docs")) {
            for (JsonNode author : doc.get(1)) {
                assertTrue(author.asInt() < search.manifest().path("authors").size(), "author number in range: " + doc);
            }
        }
        // Every plain word of every article's body, the last one included, leads to that article.
        for (int id = 0; id < search.paths().size(); id++) {
            String path = search.paths().get(id);
            Document page = Jsoup.parse(SITE.resolve(path).toFile(), "UTF-8");
            List<String> words = SearchData.plainWords(page.selectFirst(".article__body").text());
            assertTrue(words.size() > 50, path);
            for (String word : words) {
                assertTrue(search.articlesWith(word).contains(id), path + ": " + word + " is not indexed");
            }
        }
    }

    private static List<Path> articles() throws IOException {
        try (Stream<Path> walk = Files.walk(SITE.resolve("articles"))) {
            return walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    private static String property(Document page, String property) {
        return page.selectFirst("meta[property=" + property + "]").attr("content");
    }

    private static List<String> texts(Elements elements) {
        return elements.stream().map(Element::text).toList();
    }

    private static List<String> names(JsonNode people) {
        List<String> names = new ArrayList<>();
        people.forEach(node -> names.add(node.path("name").asText()));
        return names;
    }
}
