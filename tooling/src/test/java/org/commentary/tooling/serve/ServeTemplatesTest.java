package org.commentary.tooling.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.commentary.build.SiteBuild;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Templates, data and settings reach every page they concern. */
class ServeTemplatesTest {

    private static final String MARKER = "<meta name=\"serve-test\" content=\"new layout\">";

    @TempDir
    Path folder;

    @Test
    void aTemplateChangeRedrawsEveryPageWithTheNewTemplate() {
        PreviewSite site = PreviewSite.create(folder);
        try (Preview preview = new Preview(site); EventStream events = preview.events()) {
            site.replace("templates/layout.ftlh", "</head>", MARKER + "\n</head>");

            events.reloadOf("index.html");
            SiteBuild.Outcome outcome = preview.live().lastOutcome();
            assertEquals(outcome.plan().pages().size(), outcome.written().drawn(), "every page drawn again");
            long html = preview.live().paths().stream().filter(path -> path.endsWith(".html")).count();
            assertTrue(html > 10, "pages: " + preview.live().paths());
            for (String path : preview.live().paths()) {
                if (path.endsWith(".html")) {
                    assertTrue(preview.get(path).text().contains(MARKER), path);
                }
            }
            assertFalse(preview.get("feed.xml").text().contains(MARKER));
        }
    }

    @Test
    void aDataChangeReachesEveryPage() {
        PreviewSite site = PreviewSite.create(folder);
        try (Preview preview = new Preview(site); EventStream events = preview.events()) {
            site.replace("data/collection.yml", "name: The Test Ledger", "name: The Renamed Ledger");

            events.reloadOf("index.html");
            for (String path : preview.live().paths()) {
                if (path.endsWith(".html")) {
                    String text = preview.get(path).text();
                    assertTrue(text.contains("The Renamed Ledger"), path);
                    assertFalse(text.contains("The Test Ledger"), path);
                }
            }
        }
    }

    @Test
    void anAssetChangeIsServedWithoutRedrawingPages() {
        PreviewSite site = PreviewSite.create(folder);
        try (Preview preview = new Preview(site); EventStream events = preview.events()) {
            String css = site.read("assets/css/site.css");
            site.write("assets/css/site.css", css + "\n/* serve test */\n");

            EventStream.Event reload = events.reloadOf("css/site.css");
            assertEquals(List.of("css/site.css"), reload.list("changed"));
            assertEquals(0, preview.live().lastOutcome().written().drawn());
            assertTrue(preview.get("css/site.css").text().endsWith("/* serve test */\n"));
        }
    }

    @Test
    void aSettingsChangeRedrawsWithTheNewSettings() {
        PreviewSite site = PreviewSite.create(folder);
        try (Preview preview = new Preview(site); EventStream events = preview.events()) {
            assertEquals(404, preview.get("page/2.html").status());

            site.write("jbake.properties", site.read("jbake.properties")
                    .replaceAll("(?m)^index\\.posts_per_page=.*$", "index.posts_per_page=2"));

            events.reloadOf("page/2.html");
            assertEquals(200, preview.get("page/2.html").status());
        }
    }
}
