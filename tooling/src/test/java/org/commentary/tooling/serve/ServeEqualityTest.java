package org.commentary.tooling.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.commentary.site.SiteSettings;
import org.commentary.build.SiteBuild;
import org.commentary.output.DiskOutput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What serve sends is what mvn package writes, byte for byte, apart from the reload script. */
class ServeEqualityTest {

    @TempDir
    Path folder;

    @TempDir
    Path cleanBuild;

    @Test
    void afterEditsEveryServedFileEqualsACleanBuild() throws IOException {
        PreviewSite site = PreviewSite.create(folder.resolve("site"));
        try (Preview preview = new Preview(site); EventStream events = preview.events()) {
            // Edits of every kind first, so the comparison covers an incrementally updated site.
            site.write("content/articles/2025/port-cranes.md", PreviewSite.article("Port Cranes and Power",
                    "2025-03-01", "Ben Okafor", "Europe", "Trade", "port-cranes"));
            events.reloadOf("articles/2025/port-cranes.html");
            site.move("content/articles/2025/river-dams.md", "content/articles/2025/shared-river-dams.md");
            events.reloadOf("articles/2025/shared-river-dams.html");
            site.replace("content/articles/2024/grid-storage.md", "title=Who Pays for Grid Storage",
                    "title=Who Pays for Storage on the Grid");
            events.reloadOf(PreviewSite.GRID);
            site.replace("templates/layout.ftlh", "</head>", "<meta name=\"layout\" content=\"v2\">\n</head>");
            events.reloadOf("index.html");

            // jbake.properties is read as the JBake launch reads it; its settings are the same here.
            SiteBuild clean = new SiteBuild(site.folders(), SiteSettings.read(site.root()),
                    new DiskOutput(cleanBuild, site.root()));
            assertTrue(clean.run().published());

            Set<String> written = paths(cleanBuild);
            assertEquals(written, preview.live().paths());
            for (String path : written) {
                byte[] expected = Files.readAllBytes(cleanBuild.resolve(path));
                Http.Response served = preview.get(path);
                assertEquals(200, served.status(), path);
                if (path.endsWith(".html")) {
                    assertTrue(served.hasReloadScript(), path);
                    String text = served.text();
                    int script = text.indexOf("<script id=\"" + ReloadScript.ID + "\">");
                    assertEquals(text.lastIndexOf("</body>"), text.indexOf("</script>", script) + "</script>".length(),
                            path + ": the script goes just before </body>");
                    assertEquals(new String(expected, StandardCharsets.UTF_8),
                            new String(served.siteBytes(), StandardCharsets.UTF_8), path);
                    assertArrayEquals(expected, served.siteBytes(), path);
                } else {
                    assertArrayEquals(expected, served.body(), path);
                }
            }
        }
    }

    private static Set<String> paths(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            Set<String> paths = new TreeSet<>();
            walk.filter(Files::isRegularFile)
                    .forEach(file -> paths.add(root.relativize(file).toString().replace('\\', '/')));
            return paths;
        }
    }
}
