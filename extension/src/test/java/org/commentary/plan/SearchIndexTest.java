package org.commentary.plan;

import static org.commentary.testsupport.ReaderTestArticles.article;
import static org.commentary.testsupport.ReaderTestArticles.newestFirst;
import static org.commentary.testsupport.ReaderTestArticles.taxonomies;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.commentary.content.PublishedArticle;
import org.junit.jupiter.api.Test;

class SearchIndexTest {

    @Test
    void isOneAssignmentWithNamesStoredOnceAndArticlesAsArrays() {
        PublishedArticle older = article("older").date("2023-01-01").title("Older").authors("Bo Writer")
                .regions("Oceania").themes("Trade").source("Tasman Forum").summary("Old summary.").build();
        PublishedArticle newer = article("newer").date("2024-01-01").title("Newer").authors("Ann Author", "Bo Writer")
                .regions("Europe", "Oceania").themes("Energy").html("<h2>Heading</h2><p>First <em>words</em>.</p>")
                .build();
        List<PublishedArticle> all = newestFirst(older, newer);

        String script = SearchIndex.script(all, taxonomies(all));

        assertTrue(script.startsWith("/* Search data"), script);
        assertTrue(script.endsWith(";\n"), script);
        String json = script.substring(script.indexOf("window.COMMENTARY_SEARCH = ") + 27, script.length() - 2);
        assertEquals("{\"version\":1,\"regions\":[\"Europe\",\"Oceania\"],\"themes\":[\"Energy\",\"Trade\"],"
                + "\"authors\":[\"Ann Author\",\"Bo Writer\"],\"sources\":[\"Tasman Forum\",\"The Harbour Review\"],"
                + "\"articles\":["
                + "[\"articles/2024/newer.html\",\"Newer\",\"2024-01-01\",[0,1],1,[0,1],[0],\"\",\"Heading First words.\"],"
                + "[\"articles/2023/older.html\",\"Older\",\"2023-01-01\",[1],0,[1],[1],\"Old summary.\",\"Body text.\"]]}",
                json);
    }

    @Test
    void nothingCanEndAScriptOrBreakALine() {
        PublishedArticle a = article("x").title("</script><script>alert(1)//").summary("Line\u2028separator\u2029")
                .html("<p>&lt;/script&gt; in the body</p>").build();
        List<PublishedArticle> all = newestFirst(a);
        String script = SearchIndex.script(all, taxonomies(all));
        String data = script.substring(script.indexOf('='));
        assertFalse(data.contains("<"), data);
        assertFalse(data.contains("\u2028"), data);
        assertFalse(data.contains("\u2029"), data);
        assertEquals(2, script.split("\n").length, "the comment line and the assignment, one line each: " + script);
    }

    @Test
    void keepsOnlyTheStartOfTheBody() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 500; i++) {
            text.append("word").append(i).append(' ');
        }
        String start = SearchIndex.textStart(text.toString());
        assertEquals(SearchIndex.BODY_WORDS, start.split(" ").length);
        assertTrue(start.startsWith("word0 word1 "), start);
    }
}
