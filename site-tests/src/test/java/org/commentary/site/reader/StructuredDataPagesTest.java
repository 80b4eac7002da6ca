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
    void searchDataCoversEveryArticleAndPointsAtRealPages() throws IOException {
        String script = Files.readString(SITE.resolve("search-index.js"), StandardCharsets.UTF_8);
        String prefix = "window.COMMENTARY_SEARCH = ";
        int start = script.indexOf(prefix);
        assertTrue(start > 0 && script.endsWith(";\n"), "one assignment to window.COMMENTARY_SEARCH");
        JsonNode index = JSON.readTree(script.substring(start + prefix.length(), script.length() - 2));
        List<String> paths = new ArrayList<>();
        index.path("articles").forEach(entry -> paths.add(entry.get(0).asText()));
        List<String> expected = articles().stream().map(p -> SITE.relativize(p).toString().replace('\\', '/'))
                .sorted().toList();
        assertEquals(expected, paths.stream().sorted().toList());
        for (JsonNode entry : index.path("articles")) {
            for (JsonNode author : entry.get(3)) {
                assertTrue(author.asInt() < index.path("authors").size(), "author number in range: " + entry);
            }
            assertFalse(entry.get(8).asText().isBlank(), "the start of the body is indexed: " + entry.get(0));
        }
        assertFalse(script.contains("</"), "no closing tag can appear in the script");
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
