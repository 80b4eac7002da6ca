package org.commentary.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The tests' own reader of a baked site's search data (search/manifest.js, search/terms/N.js,
 * search/text/N.js; format in the extension's SearchIndex and SearchPostings): which article each
 * number is, and which articles each term leads to.
 */
public final class SearchData {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode manifest;
    private final List<String> paths;
    private final Map<String, Set<Integer>> index;

    private SearchData(JsonNode manifest, List<String> paths, Map<String, Set<Integer>> index) {
        this.manifest = manifest;
        this.paths = paths;
        this.index = index;
    }

    /** Reads every search data file of the site in {@code root}. */
    public static SearchData read(Path root) {
        try {
            JsonNode manifest = JSON.readTree(arguments(root.resolve("search/manifest.js"), "CommentarySearch.manifest("));
            int chunk = manifest.path("chunk").asInt();
            List<String> paths = new ArrayList<>();
            for (int n = 0; n * chunk < manifest.path("docs").size(); n++) {
                String args = arguments(root.resolve("search/text/" + n + ".js"), "CommentarySearch.text(");
                if (!args.startsWith(n + ",")) {
                    throw new AssertionError("search/text/" + n + ".js does not say it is text file " + n);
                }
                JSON.readTree(args.substring(args.indexOf(',') + 1)).forEach(entry -> paths.add(entry.get(0).asText()));
            }
            Map<String, Set<Integer>> index = new HashMap<>();
            for (int n = 0; n < manifest.path("shards").size(); n++) {
                String args = arguments(root.resolve("search/terms/" + n + ".js"), "CommentarySearch.terms(");
                JSON.readTree(args.substring(args.indexOf(',') + 1)).fields()
                        .forEachRemaining(term -> index.put(term.getKey(), articles(term.getValue().asText())));
            }
            return new SearchData(manifest, paths, index);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public JsonNode manifest() {
        return manifest;
    }

    /** The page of each article, by its number. */
    public List<String> paths() {
        return paths;
    }

    /** The numbers of the articles holding {@code term} (lower case, as indexed). */
    public Set<Integer> articlesWith(String term) {
        return index.getOrDefault(term, Set.of());
    }

    /**
     * The words of {@code text} a test can check without folding accents: lower case, letters a to z
     * and digits, two characters or more.
     */
    public static List<String> plainWords(String text) {
        return Stream.of(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{Nd}]+"))
                .filter(word -> word.length() >= 2 && word.chars().allMatch(c -> c < 128)).toList();
    }

    // Postings: base-36 distances from the previous article number, each ended by a flag letter A-P.
    private static Set<Integer> articles(String postings) {
        Set<Integer> ids = new HashSet<>();
        int id = -1;
        int distance = 0;
        for (char c : postings.toCharArray()) {
            if (c >= 'A' && c <= 'P') {
                id += distance;
                distance = 0;
                ids.add(id);
            } else {
                distance = distance * 36 + Character.digit(c, 36);
            }
        }
        return ids;
    }

    /** The arguments of the one function call a search data file holds; no closing tag can appear in it. */
    private static String arguments(Path file, String function) throws IOException {
        String script = Files.readString(file, StandardCharsets.UTF_8);
        int start = script.indexOf(function);
        if (start < 0 || !script.endsWith(");\n") || script.contains("</")) {
            throw new AssertionError(file + " is not one call to " + function + " without closing tags");
        }
        return script.substring(start + function.length(), script.length() - 3);
    }
}
