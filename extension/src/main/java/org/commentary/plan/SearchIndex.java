package org.commentary.plan;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

import org.commentary.content.ContentFile;
import org.commentary.content.PublishedArticle;
import org.commentary.model.ArticleMetadata;
import org.commentary.taxonomy.Taxonomies;
import org.commentary.taxonomy.Taxonomy;
import org.commentary.taxonomy.TermGroup;

/**
 * Writes the search data under {@code search/}: every word of every published article, split so
 * that a query loads only what it needs. A page opened from {@code file://} can neither fetch() a
 * file nor import a module, so every file is a plain script that hands its data to a function the
 * search page defines ({@code CommentarySearch.manifest/terms/text}); the page adds a script
 * element for each file it needs.
 *
 * <ul>
 * <li>{@code search/manifest.js}, loaded with the page: the names of authors, sources, regions and
 * themes (stored once, referred to by number), and for each article, by number (newest first):
 * {@code [yyyymmdd, [author...], source, [region...], [theme...]]}, enough to filter and to sort;
 * {@code shards}, the first term of each term shard; {@code chunk}, how many articles one text
 * file holds.
 * <li>{@code search/terms/N.js}: term shard N, the terms from its first term up to the next
 * shard's, each with its postings (format in {@link SearchPostings}). Shards are cut at about
 * {@value #SHARD_CHARS} characters, so a query word loads one small file.
 * <li>{@code search/text/N.js}: articles {@code N * chunk} to {@code N * chunk + chunk - 1}, each
 * {@code [path, title, summary, text]}: what a result shows, loaded only for the results shown.
 * </ul>
 *
 * Strings are escaped by {@link Json}, so no title can end a script or break a line.
 */
final class SearchIndex {

    static final String FOLDER = "search/";
    static final String MANIFEST = FOLDER + "manifest.js";
    static final int VERSION = 2;
    static final int SHARD_CHARS = 40_000;
    static final int TEXT_CHUNK = 8;

    private static final TextFiles TEXT_FILES = new TextFiles();

    private SearchIndex() {
    }

    /**
     * The {@code search/text/N.js} files, most of the search data's bytes. A file is written again only
     * when one of its articles' content changed or moved to another file: the preview server rebuilds
     * after every save, and an edit changes one file. What the last build wrote is kept until the next.
     */
    private static final class TextFiles {
        private Map<List<ContentFile>, PlannedFile> previous = Map.of();

        synchronized List<PlannedFile> all(List<PublishedArticle> articles) {
            int count = (articles.size() + TEXT_CHUNK - 1) / TEXT_CHUNK;
            Map<List<ContentFile>, PlannedFile> known = previous;
            List<Map.Entry<List<ContentFile>, PlannedFile>> built = IntStream.range(0, count).parallel()
                    .mapToObj(n -> {
                        List<PublishedArticle> chunk = articles.subList(n * TEXT_CHUNK,
                                Math.min(articles.size(), n * TEXT_CHUNK + TEXT_CHUNK));
                        List<ContentFile> key = chunk.stream().map(PublishedArticle::content).toList();
                        PlannedFile file = known.get(key);
                        if (file == null || !file.path().equals(textPath(n))) {
                            file = text(n, chunk);
                        }
                        return Map.entry(key, file);
                    }).toList();
            Map<List<ContentFile>, PlannedFile> now = new HashMap<>();
            built.forEach(entry -> now.put(entry.getKey(), entry.getValue()));
            previous = now;
            return built.stream().map(Map.Entry::getValue).toList();
        }

        private static String textPath(int number) {
            return FOLDER + "text/" + number + ".js";
        }

        private static PlannedFile text(int number, List<PublishedArticle> chunk) {
            List<Object> texts = new ArrayList<>();
            for (PublishedArticle article : chunk) {
                texts.add(List.of(article.path(), article.metadata().title(), article.metadata().summary(),
                        article.content().text().strip()));
            }
            return script("text/" + number, "text", number, texts);
        }
    }

    /** Every file of the search data, the manifest first. */
    static List<PlannedFile> files(List<PublishedArticle> articles, Taxonomies taxonomies) {
        TreeMap<String, String> postings = SearchPostings.of(articles);
        List<PlannedFile> files = new ArrayList<>();
        List<String> firstTerms = new ArrayList<>();
        Map<String, String> shard = new LinkedHashMap<>();
        int size = 0;
        for (Map.Entry<String, String> term : postings.entrySet()) {
            if (shard.isEmpty()) {
                firstTerms.add(term.getKey());
            }
            shard.put(term.getKey(), term.getValue());
            size += term.getKey().length() + term.getValue().length() + 6;
            if (size >= SHARD_CHARS) {
                files.add(script("terms/" + (firstTerms.size() - 1), "terms", firstTerms.size() - 1, shard));
                shard = new LinkedHashMap<>();
                size = 0;
            }
        }
        if (!shard.isEmpty()) {
            files.add(script("terms/" + (firstTerms.size() - 1), "terms", firstTerms.size() - 1, shard));
        }
        files.addAll(TEXT_FILES.all(articles));
        files.add(0, PlannedFile.generated(MANIFEST, ("/* Search data for search.html, generated by the build;"
                + " format in SearchIndex.java. */\nCommentarySearch.manifest("
                + Json.write(manifest(articles, taxonomies, firstTerms)) + ");\n").getBytes(StandardCharsets.UTF_8)));
        return files;
    }

    private static Map<String, Object> manifest(List<PublishedArticle> articles, Taxonomies taxonomies,
            List<String> firstTerms) {
        Map<Taxonomy, Map<String, Integer>> numbers = new HashMap<>();
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("version", VERSION);
        for (Taxonomy taxonomy : Taxonomy.values()) {
            List<String> names = new ArrayList<>();
            Map<String, Integer> byName = new HashMap<>();
            for (TermGroup group : taxonomies.groups(taxonomy)) {
                byName.put(group.name(), names.size());
                names.add(group.name());
            }
            numbers.put(taxonomy, byName);
            manifest.put(taxonomy.folder(), names);
        }
        List<Object> docs = new ArrayList<>(articles.size());
        for (PublishedArticle article : articles) {
            ArticleMetadata meta = article.metadata();
            docs.add(List.of(
                    meta.date().getYear() * 10_000 + meta.date().getMonthValue() * 100 + meta.date().getDayOfMonth(),
                    numbers(numbers.get(Taxonomy.AUTHOR), Taxonomy.AUTHOR.namesOf(article)),
                    numbers.get(Taxonomy.SOURCE).get(meta.source()),
                    numbers(numbers.get(Taxonomy.REGION), Taxonomy.REGION.namesOf(article)),
                    numbers(numbers.get(Taxonomy.THEME), Taxonomy.THEME.namesOf(article))));
        }
        manifest.put("docs", docs);
        manifest.put("chunk", TEXT_CHUNK);
        manifest.put("shards", firstTerms);
        return manifest;
    }

    private static PlannedFile script(String name, String function, int number, Object data) {
        StringBuilder out = new StringBuilder();
        out.append("CommentarySearch.").append(function).append('(').append(number).append(',');
        Json.write(data, out);
        out.append(");\n");
        return PlannedFile.generated(FOLDER + name + ".js", out.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static int[] numbers(Map<String, Integer> byName, List<String> names) {
        return names.stream().mapToInt(byName::get).toArray();
    }
}
