package org.commentary.tooling.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.commentary.plan.Json;
import org.junit.jupiter.api.Test;

/** The small pieces of serve on their own: request paths, the script's placement, event data. */
class ServeUnitsTest {

    @Test
    void requestPathsNameSiteFiles() {
        assertEquals(Optional.of("index.html"), SitePath.of(URI.create("/")));
        assertEquals(Optional.of("regions/index.html"), SitePath.of(URI.create("/regions/")));
        assertEquals(Optional.of("articles/2024/x.html"), SitePath.of(URI.create("/articles/2024/x.html?q=1#top")));
        assertEquals(Optional.of("a b.html"), SitePath.of(URI.create("/a%20b.html")));
        for (String refused : List.of("/../x", "/%2e%2e/x", "/a/./b", "/a//b", "/..%2fx", "/a%5cb", "/a%00b",
                "/a/..")) {
            assertEquals(Optional.empty(), SitePath.of(URI.create(refused)), refused);
        }
    }

    @Test
    void theScriptGoesJustBeforeTheLastBodyEnd() {
        String page = "<html><body><p>&lt;/body&gt; in text</p></body>\n</html>\n";
        String injected = new String(ReloadScript.inject(page.getBytes(StandardCharsets.UTF_8), "g-1", "index.html"),
                StandardCharsets.UTF_8);
        String script = ReloadScript.element("g-1", "index.html");
        assertEquals("<html><body><p>&lt;/body&gt; in text</p>" + script + "</body>\n</html>\n", injected);
        assertEquals("<p>no body end</p>" + script, new String(ReloadScript.inject(
                "<p>no body end</p>".getBytes(StandardCharsets.UTF_8), "g-1", "index.html"), StandardCharsets.UTF_8));
        assertEquals("<BODY>x" + script + "</BODY>", new String(ReloadScript.inject(
                "<BODY>x</BODY>".getBytes(StandardCharsets.UTF_8), "g-1", "index.html"), StandardCharsets.UTF_8));
    }

    @Test
    void eventDataIsOneLineOfJsonThatCannotEndAScript() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("problems", List.of("a.md:1: title: \"</script>\" & more\nline\u2028"));
        data.put("all", true);
        assertEquals("{\"problems\":[\"a.md:1: title: \\\"\\u003c/script\\u003e\\\" \\u0026 more\\nline\\u2028\"],"
                + "\"all\":true}", Json.write(data));
    }
}
