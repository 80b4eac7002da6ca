package org.commentary.plan;

import static org.commentary.testsupport.ReaderTestArticles.article;
import static org.commentary.testsupport.ReaderTestArticles.newestFirst;
import static org.commentary.testsupport.ReaderTestArticles.taxonomies;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.commentary.content.PublishedArticle;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

class SearchIndexTest {

    @Test
    void theManifestNamesThingsOnceAndListsArticlesForFilters() {
        PublishedArticle older = article("older").date("2023-01-01").title("Older").authors("Bo Writer")
                .regions("Oceania").themes("Trade").source("Tasman Forum").summary("Old summary.").build();
        PublishedArticle newer = article("newer").date("2024-01-01").title("Newer").authors("Ann Author", "Bo Writer")
                .regions("Europe", "Oceania").themes("Energy").html("<h2>Heading</h2><p>First <em>words</em>.</p>")
                .build();
        List<PublishedArticle> all = newestFirst(older, newer);

        Map<String, String> files = files(all);

        String manifest = files.get("search/manifest.js");
        assertTrue(manifest.startsWith("/* Search data"), manifest);
        assertEquals("{\"version\":2,\"regions\":[\"Europe\",\"Oceania\"],\"themes\":[\"Energy\",\"Trade\"],"
                + "\"authors\":[\"Ann Author\",\"Bo Writer\"],\"sources\":[\"Tasman Forum\",\"The Harbour Review\"],"
                + "\"docs\":[[20240101,[0,1],1,[0,1],[0]],[20230101,[1],0,[1],[1]]],\"chunk\":8,\"shards\":[\"ann\"]}",
                call(manifest, "CommentarySearch.manifest("));
        assertEquals("[0,[[\"articles/2024/newer.html\",\"Newer\",\"\",\"Heading First words.\"],"
                + "[\"articles/2023/older.html\",\"Older\",\"Old summary.\",\"Body text.\"]]]",
                "[" + call(files.get("search/text/0.js"), "CommentarySearch.text(") + "]");
        assertEquals(List.of("search/manifest.js", "search/terms/0.js", "search/text/0.js"), List.copyOf(files.keySet()));
    }

    @Test
    void aRebuildAfterAnEditIndexesTheNewTextNotTheOld() {
        // The build remembers each article's terms and text files between rebuilds (the preview server):
        // an edited article must be split again, and the others' files must not change.
        List<PublishedArticle> before = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            before.add(article("a" + i).date("2024-01-" + String.format("%02d", i + 1))
                    .html("<p>Common words and marker" + i + ".</p>").build());
        }
        List<PublishedArticle> sortedBefore = newestFirst(before.toArray(PublishedArticle[]::new));
        Map<String, String> first = files(sortedBefore);
        List<PublishedArticle> after = new java.util.ArrayList<>(sortedBefore);
        int edited = 11;
        after.set(edited, article("a8").date("2024-01-09").html("<p>Common words and zebrafish.</p>").build());
        Map<String, String> second = files(after);

        Map<String, Map<Integer, Integer>> index = index(second);
        assertEquals(Map.of(edited, 0), index.get("zebrafish"));
        assertEquals(null, index.get("marker8"), "the edited-out word is gone");
        assertTrue(second.get("search/text/1.js").contains("zebrafish"));
        assertEquals(first.get("search/text/0.js"), second.get("search/text/0.js"), "an untouched text file");
        assertEquals(first.keySet(), second.keySet());
    }

    @Test
    void everyWordOfTheBodyIsIndexedTheLastOneToo() {
        StringBuilder body = new StringBuilder("<p>");
        for (int i = 0; i < 3000; i++) {
            body.append("filler").append(i % 50 == 0 ? "\n" : " ");
        }
        body.append("</p><p>The very last word is <em>Überseequai</em>.</p>");
        PublishedArticle longOne = article("long").date("2024-02-02").html(body.toString()).build();
        PublishedArticle other = article("other").date("2024-03-03").build();
        Map<String, Map<Integer, Integer>> index = index(files(newestFirst(longOne, other)));

        assertEquals(Map.of(1, 0), index.get("uberseequai"), "found, as a body word used once, in article 1");
        assertEquals(Map.of(1, 3), index.get("filler"), "used 8 times or more");
        assertTrue(index.get("body").containsKey(0), "the other article's text");
    }

    @Test
    void flagsSayWhereATermIsBest() {
        PublishedArticle a = article("a").date("2024-01-01").title("Grain Insurers").summary("Premium costs.")
                .authors("Ann Author").html("<p>Insurers and insurers and premium and grain.</p>").build();
        Map<String, Map<Integer, Integer>> index = index(files(newestFirst(a)));

        assertEquals(Map.of(0, SearchPostings.TITLE * 4 + 1), index.get("insurers"), "title, 2 body uses");
        assertEquals(Map.of(0, SearchPostings.NAMES * 4), index.get("ann"));
        assertEquals(Map.of(0, SearchPostings.SUMMARY * 4), index.get("premium"));
        assertEquals(Map.of(0, SearchPostings.BODY * 4 + 1), index.get("and"), "body only, 3 uses");
        assertEquals(Map.of(0, SearchPostings.TITLE * 4), index.get("grain"), "title, 1 body use");
    }

    @Test
    void termsAreFoldedAsTheSearchPageFoldsQueries() {
        List<String> terms = new ArrayList<>();
        SearchTerms.each("Kılıç's Straße, long-term ÉCOLE 2024 a Łódź", terms::add);
        assertEquals(List.of("kilic", "strasse", "long", "term", "ecole", "2024", "lodz"), terms);
    }

    @Test
    void manyArticlesSplitIntoShardsEachTermInTheShardItsFirstTermNames() {
        List<PublishedArticle> many = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            StringBuilder body = new StringBuilder("<p>");
            for (int w = 0; w < 60; w++) {
                body.append("w").append(Integer.toString(i * 60 + w, 36)).append("x ");
            }
            many.add(article("a" + i).date("2024-01-01").html(body + "</p>").build());
        }
        Map<String, String> files = files(newestFirst(many.toArray(PublishedArticle[]::new)));
        @SuppressWarnings("unchecked")
        List<String> firstTerms = (List<String>) ((Map<String, Object>) parse(call(files.get("search/manifest.js"),
                "CommentarySearch.manifest("))).get("shards");
        assertTrue(firstTerms.size() > 5, "shards: " + firstTerms.size());
        assertEquals(firstTerms.stream().sorted().toList(), firstTerms, "in term order");
        for (int n = 0; n < firstTerms.size(); n++) {
            Map<String, String> shard = shard(files.get("search/terms/" + n + ".js"));
            for (String term : shard.keySet()) {
                assertTrue(term.compareTo(firstTerms.get(n)) >= 0
                        && (n + 1 == firstTerms.size() || term.compareTo(firstTerms.get(n + 1)) < 0), term);
            }
            assertTrue(files.get("search/terms/" + n + ".js").length() < SearchIndex.SHARD_CHARS * 2, "shard size");
        }
        assertEquals(300 / SearchIndex.TEXT_CHUNK + 1, files.keySet().stream().filter(p -> p.contains("/text/")).count());
    }

    @Test
    void nothingCanEndAScriptOrBreakALine() {
        PublishedArticle a = article("x").title("</script><script>alert(1)//").summary("Line\u2028separator\u2029")
                .html("<p>&lt;/script&gt; in the body</p>").build();
        for (Map.Entry<String, String> file : files(newestFirst(a)).entrySet()) {
            String data = file.getValue().substring(file.getValue().indexOf("CommentarySearch."));
            assertFalse(data.contains("<"), data);
            assertFalse(data.contains("\u2028"), data);
            assertFalse(data.contains("\u2029"), data);
            assertEquals(1, data.split("\n").length, file.getKey() + ": one line: " + data);
        }
    }

    // --- helpers ---------------------------------------------------------------------------------------

    private static Map<String, String> files(List<PublishedArticle> all) {
        Map<String, String> files = new LinkedHashMap<>();
        for (PlannedFile file : SearchIndex.files(all, taxonomies(all))) {
            files.put(file.path(), new String(file.bytes(), StandardCharsets.UTF_8));
        }
        return files;
    }

    /** The arguments of the one call in a data file. */
    private static String call(String script, String function) {
        int start = script.indexOf(function);
        assertTrue(start >= 0 && script.endsWith(");\n"), script);
        return script.substring(start + function.length(), script.length() - 3);
    }

    private static Object parse(String json) {
        // JSON is YAML 1.2, and snakeyaml-engine is already here.
        return new Load(LoadSettings.builder().setCodePointLimit(Integer.MAX_VALUE).build()).loadFromString(json);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> shard(String script) {
        String args = call(script, "CommentarySearch.terms(");
        return (Map<String, String>) parse(args.substring(args.indexOf(',') + 1));
    }

    /** Term to (article number to flag), decoded from every term shard. */
    private static Map<String, Map<Integer, Integer>> index(Map<String, String> files) {
        Map<String, Map<Integer, Integer>> index = new TreeMap<>();
        files.forEach((path, script) -> {
            if (path.startsWith("search/terms/")) {
                shard(script).forEach((term, postings) -> {
                    Map<Integer, Integer> docs = new TreeMap<>();
                    int id = -1;
                    StringBuilder digits = new StringBuilder();
                    for (char c : postings.toCharArray()) {
                        if (c >= 'A' && c <= 'P') {
                            id += Integer.parseInt(digits.toString(), 36);
                            digits.setLength(0);
                            docs.put(id, c - 'A');
                        } else {
                            digits.append(c);
                        }
                    }
                    index.put(term, docs);
                });
            }
        });
        return index;
    }
}
