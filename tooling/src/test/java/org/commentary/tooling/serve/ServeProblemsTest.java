package org.commentary.tooling.serve;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.commentary.tooling.serve.PreviewSite.GRID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file with problems never takes the preview down: the last good site stays, the problems are shown. */
class ServeProblemsTest {

    private static final String GRID_SOURCE = "content/articles/2024/grid-storage.md";
    private static final String BAD_DATE = GRID_SOURCE + ":2: date: \"2024-13-02\" is not a real date (YYYY-MM-DD:"
            + " month 01-12, day within the month)";

    @TempDir
    Path folder;

    @Test
    void aBrokenHeaderIsReportedAndTheLastGoodPageStaysServedUntilItIsFixed() {
        PreviewSite site = PreviewSite.create(folder);
        try (Preview preview = new Preview(site); EventStream events = preview.events()) {
            byte[] good = preview.get(GRID).body();

            site.replace(GRID_SOURCE, "date=2024-05-02", "date=2024-13-02");

            EventStream.Event errors = events.next("errors", event -> true);
            assertEquals(List.of(BAD_DATE), errors.list("problems"));
            assertEquals("1 problem in 1 file; still showing the last good site.", errors.data().get("summary"));
            Http.Response served = preview.get(GRID);
            assertEquals(200, served.status());
            assertTrue(served.hasReloadScript(), "the page carries the script that shows the overlay");
            assertEquals(new String(good, UTF_8), served.text());
            assertTrue(preview.printed().contains(BAD_DATE + "\n" + GRID_SOURCE + " changed: 1 problem in 1 file;"
                    + " still showing the last good site."), preview.printed());
            // A page opened (or reloaded) meanwhile is told at once.
            try (EventStream late = preview.events()) {
                assertEquals(List.of(BAD_DATE), late.next("errors", event -> true).list("problems"));
            }

            site.replace(GRID_SOURCE, "date=2024-13-02", "date=2024-05-03");

            EventStream.Event reload = events.reloadOf(GRID);
            assertFalse((Boolean) reload.data().get("all"));
            assertTrue(preview.get(GRID).text().contains("2024-05-03"));
            // A page opened now is told of no problem: the next event it gets is the next build's.
            try (EventStream late = preview.events()) {
                site.replace(GRID_SOURCE, "A second paragraph follows.", "A later edit.");
                late.reloadOf(GRID);
                assertEquals(List.of("hello", "reload"), late.seen().stream().map(EventStream.Event::name).toList());
            }
        }
    }

    @Test
    void whenTheFirstBuildFailsEveryAddressShowsTheProblemsUntilTheyAreFixed() {
        PreviewSite site = PreviewSite.create(folder);
        site.replace(GRID_SOURCE, "date=2024-05-02", "date=<b>soon</b>");
        try (Preview preview = new Preview(site); EventStream events = preview.events()) {
            for (String path : List.of("", "index.html", GRID, "css/site.css")) {
                Http.Response page = preview.get(path);
                assertEquals(503, page.status(), path);
                assertTrue(page.type().startsWith("text/html"), page.type());
                // Problems are text: the header's markup is shown, never interpreted.
                assertTrue(page.text().contains(GRID_SOURCE + ":2: date: &quot;&lt;b&gt;soon&lt;/b&gt;&quot;"),
                        page.text());
                assertTrue(page.text().contains("nothing to show until they are fixed"), page.text());
                assertFalse(page.text().contains("<b>soon"), page.text());
                assertTrue(page.hasReloadScript());
            }

            site.replace(GRID_SOURCE, "date=<b>soon</b>", "date=2024-05-02");

            EventStream.Event reload = events.next("reload", event -> true);
            assertTrue((Boolean) reload.data().get("all"), "every open page reloads: none showed the site");
            assertEquals(200, preview.get("").status());
            assertEquals(200, preview.get(GRID).status());
        }
    }

    @Test
    void aTemplateErrorIsReportedLikeAContentProblem() {
        PreviewSite site = PreviewSite.create(folder);
        try (Preview preview = new Preview(site); EventStream events = preview.events()) {
            byte[] good = preview.get(GRID).body();

            String template = site.read("templates/article.ftlh");
            site.write("templates/article.ftlh", template + "${page.noSuchField}");

            EventStream.Event errors = events.next("errors", event -> true);
            assertTrue(errors.list("problems").get(0).startsWith("templates/article.ftlh failed on articles/"),
                    errors.toString());
            assertEquals("the build stopped (above); still showing the last good site.",
                    errors.data().get("summary"));
            assertEquals(new String(good, UTF_8), preview.get(GRID).text());

            site.write("templates/article.ftlh", template);

            events.next("reload", event -> true);
            assertEquals(new String(good, UTF_8), preview.get(GRID).text());
        }
    }
}
