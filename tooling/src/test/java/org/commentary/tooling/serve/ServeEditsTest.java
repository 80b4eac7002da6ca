package org.commentary.tooling.serve;

import static org.commentary.tooling.serve.PreviewSite.GRID;
import static org.commentary.tooling.serve.PreviewSite.HARBOUR;
import static org.commentary.tooling.serve.PreviewSite.RIVER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.commentary.build.SiteBuild;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving, adding, deleting and renaming content files while serve runs. */
class ServeEditsTest {

    private static final String HARBOUR_SOURCE = "content/articles/2024/harbour-tariffs.md";

    @TempDir
    Path folder;

    @Test
    void anEditedBodyIsServedAndOnlyItsPageIsRedrawn() {
        PreviewSite site = PreviewSite.create(folder);
        try (Preview preview = new Preview(site); EventStream events = preview.events()) {
            assertFalse(preview.get(HARBOUR).text().contains("An added closing paragraph"));

            site.append(HARBOUR_SOURCE, "\nAn added closing paragraph.\n");

            EventStream.Event reload = events.reloadOf(HARBOUR);
            // The body is only on the article page (the summary feeds listings and feeds) and in the search
            // data, which holds every word: the term shards with the new words and the article's text file.
            List<String> changed = reload.list("changed");
            assertEquals(List.of(HARBOUR), changed.stream().filter(path -> !path.startsWith("search/")).toList(),
                    reload.toString());
            assertTrue(changed.stream().anyMatch(path -> path.startsWith("search/text/")), changed.toString());
            assertTrue(changed.stream().anyMatch(path -> path.startsWith("search/terms/")), changed.toString());
            assertEquals(List.of(), reload.list("removed"));
            SiteBuild.Outcome outcome = preview.live().lastOutcome();
            assertEquals(1, outcome.written().drawn(), "pages drawn again");
            assertTrue(preview.get(HARBOUR).text().contains("An added closing paragraph"));
            assertTrue(preview.printed().contains(HARBOUR_SOURCE + " changed: 1 page redrawn, " + changed.size()
                    + " files updated ("), preview.printed());
        }
    }

    @Test
    void aNewTitleReachesEveryPageThatShowsIt() {
        PreviewSite site = PreviewSite.create(folder);
        try (Preview preview = new Preview(site); EventStream events = preview.events()) {
            site.replace(HARBOUR_SOURCE, "title=Harbour Tariffs and Their Critics", "title=Harbour Fees Revisited");

            List<String> changed = events.reloadOf(HARBOUR).list("changed");
            for (String page : List.of(HARBOUR, "index.html", "archive.html", "feed.xml", "search/text/0.js",
                    "authors/ana-ribeiro.html", "regions/europe.html", "themes/trade.html", GRID)) {
                assertTrue(changed.contains(page), page + " not updated: " + changed);
                assertTrue(preview.get(page).text().contains("Harbour Fees Revisited"), page);
            }
            // The river article shares neither region nor theme-related links with it: untouched.
            assertFalse(changed.contains(RIVER), changed.toString());
        }
    }

    @Test
    void addedDeletedAndRenamedFilesAppearAndDisappear() {
        PreviewSite site = PreviewSite.create(folder);
        try (Preview preview = new Preview(site); EventStream events = preview.events()) {
            String added = "articles/2026/tidal-power.html";
            assertEquals(404, preview.get(added).status());

            // A new year's folder too: it must be watched from now on.
            site.write("content/articles/2026/tidal-power.md", PreviewSite.article("Tidal Power at Last",
                    "2026-02-01", "Ana Ribeiro", "Europe", "Energy", "tidal-power"));
            events.reloadOf(added);
            assertEquals(200, preview.get(added).status());
            assertTrue(preview.get("index.html").text().contains("Tidal Power at Last"));
            assertTrue(preview.get("authors/ana-ribeiro.html").text().contains("Tidal Power at Last"));

            site.replace("content/articles/2026/tidal-power.md", "A second paragraph follows.", "Edited in 2026.");
            events.reloadOf(added);
            assertTrue(preview.get(added).text().contains("Edited in 2026."));

            site.delete("content/articles/2026/tidal-power.md");
            EventStream.Event deleted = events.reloadOf(added);
            assertTrue(deleted.list("removed").contains(added), deleted.toString());
            Http.Response gone = preview.get(added);
            assertEquals(404, gone.status());
            assertTrue(gone.text().contains("<title>Page not found"), gone.text());
            assertFalse(preview.get("index.html").text().contains("Tidal Power at Last"));

            site.move(HARBOUR_SOURCE, "content/articles/2024/harbour-fees.md");
            EventStream.Event renamed = events.reloadOf("articles/2024/harbour-fees.html");
            assertTrue(renamed.list("removed").contains(HARBOUR), renamed.toString());
            assertEquals(404, preview.get(HARBOUR).status());
            assertEquals(200, preview.get("articles/2024/harbour-fees.html").status());
            assertTrue(preview.get("index.html").text().contains("articles/2024/harbour-fees.html"));
            assertFalse(preview.get("index.html").text().contains(HARBOUR));
        }
    }
}
