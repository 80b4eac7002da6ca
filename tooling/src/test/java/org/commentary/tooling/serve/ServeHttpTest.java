package org.commentary.tooling.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** serve answers as a static host would, from memory only. */
class ServeHttpTest {

    @TempDir
    static Path folder;

    private static Preview preview;

    @BeforeAll
    static void start() {
        preview = new Preview(PreviewSite.create(folder));
    }

    @AfterAll
    static void stop() {
        preview.close();
    }

    @Test
    void listensOnTheLoopbackAddressOnly() {
        assertEquals("127.0.0.1", preview.url().getHost());
    }

    @Test
    void theRootIsTheHomePage() {
        Http.Response root = preview.get("");
        assertEquals(200, root.status());
        assertArrayEquals(preview.get("index.html").body(), root.body());
        assertTrue(root.text().contains("<title>Latest commentary · The Test Ledger</title>"), root.text());
    }

    @Test
    void eachKindOfFileHasItsContentType() {
        Map<String, String> types = Map.of(
                "index.html", "text/html; charset=utf-8",
                "css/site.css", "text/css; charset=utf-8",
                "search/manifest.js", "text/javascript; charset=utf-8",
                "feed.xml", "application/xml; charset=utf-8",
                "sitemap.xml", "application/xml; charset=utf-8",
                "robots.txt", "text/plain; charset=utf-8",
                "js/search.js", "text/javascript; charset=utf-8");
        types.forEach((path, type) -> {
            Http.Response response = preview.get(path);
            assertEquals(200, response.status(), path);
            assertEquals(type, response.type(), path);
        });
        assertEquals("image/png", ContentTypes.of("articles/2024/chart.png"));
        assertEquals("image/jpeg", ContentTypes.of("a/b.JPG"));
        assertEquals("image/svg+xml", ContentTypes.of("logo.svg"));
        assertEquals("application/octet-stream", ContentTypes.of("folder.d/file"));
    }

    @Test
    void onlyHtmlGetsTheReloadScript() {
        assertTrue(preview.get("index.html").hasReloadScript());
        assertFalse(preview.get("feed.xml").hasReloadScript());
        assertFalse(preview.get("search/manifest.js").hasReloadScript());
    }

    @Test
    void aMissingFileGetsTheSites404PageWithStatus404() {
        Http.Response missing = preview.get("articles/2024/no-such-article.html");
        assertEquals(404, missing.status());
        assertTrue(missing.text().contains("Page not found"), missing.text());
        assertTrue(missing.hasReloadScript());
        assertTrue(missing.text().contains("\"page\":\"404.html\""), "the script knows which file it was sent");
    }

    @Test
    void foldersAreNeverListed() {
        for (String folder : List.of("articles/", "articles", "articles/2024/", "css/", "regions")) {
            Http.Response response = preview.get(folder);
            assertEquals(404, response.status(), folder);
            assertFalse(response.text().contains("harbour-tariffs"), folder);
        }
    }

    @Test
    void pathsOutOfTheSiteAreRefused() {
        URI url = preview.url();
        for (String target : List.of("/../jbake.properties", "/%2e%2e/jbake.properties", "/%2E%2E/jbake.properties",
                "/css/../../jbake.properties", "/..%2fjbake.properties", "/..%5cjbake.properties",
                "/articles/%2e%2e/%2e%2e/data/regions.yml", "/./index.html", "/css//site.css")) {
            String response = Http.raw(url, target);
            assertTrue(response.startsWith("HTTP/1.1 400"), target + ":\n" + response);
            assertFalse(response.contains("site.url"), target);
            assertFalse(response.contains("slug:"), target);
        }
    }

    @Test
    void onlyGetAndHeadAreServed() {
        Http.Response head = Http.send(HttpRequest.newBuilder(preview.url().resolve("index.html"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(200, head.status());
        assertEquals(0, head.body().length);
        Http.Response post = Http.send(HttpRequest.newBuilder(preview.url().resolve("index.html"))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build());
        assertEquals(405, post.status());
    }

    @Test
    void pagesAreNeverCached() {
        String raw = Http.raw(preview.url(), "/css/site.css");
        assertTrue(raw.toLowerCase(Locale.ROOT).contains("cache-control: no-store"), raw);
    }
}
