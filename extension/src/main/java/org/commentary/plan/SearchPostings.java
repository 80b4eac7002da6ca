package org.commentary.plan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.WeakHashMap;
import java.util.stream.IntStream;

import org.commentary.content.ContentFile;
import org.commentary.content.PublishedArticle;
import org.commentary.taxonomy.Taxonomy;

/**
 * The inverted index behind the search page: for every term of every published article (title,
 * names, summary and the whole body), which articles hold it and where.
 *
 * <p>A term's postings are one string, articles in ascending number, each written as the distance
 * from the previous article's number (the first from -1) in base 36 (lower-case digits), then one
 * upper-case letter {@code A}–{@code P}: {@code 'A' + field * 4 + frequency}, where {@code field}
 * is the best place the term occurs (3 title, 2 author, source, region or theme names, 1 summary,
 * 0 body only) and {@code frequency} how often the body uses it (0: at most once, 1: 2-3 times, 2:
 * 4-7, 3: 8 or more). So "2C" after article 4 means article 6, found in the body, 1 use.
 */
final class SearchPostings {

    static final int TITLE = 3;
    static final int NAMES = 2;
    static final int SUMMARY = 1;
    static final int BODY = 0;

    private static final int BATCH = 256;
    private static final Map<ContentFile, ArticleTerms> REMEMBERED = Collections.synchronizedMap(new WeakHashMap<>());
    private static final char[] DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz".toCharArray();

    private SearchPostings() {
    }

    /** Term to postings, in term order (String order, which is also JavaScript's). */
    static TreeMap<String, String> of(List<PublishedArticle> articles) {
        // Both steps use every core: a batch of articles is split into terms in parallel, then merged in
        // article order by one thread per share of the terms (a term's share comes from its hash), each
        // with a map of its own. Batches keep only a few hundred articles' terms in memory at once.
        int shares = Math.max(1, Runtime.getRuntime().availableProcessors());
        List<Map<String, Postings>> byShare = IntStream.range(0, shares)
                .<Map<String, Postings>>mapToObj(share -> new HashMap<>()).toList();
        for (int from = 0; from < articles.size(); from += BATCH) {
            int start = from;
            List<ArticleTerms> batch = IntStream.range(from, Math.min(articles.size(), from + BATCH)).parallel()
                    .mapToObj(i -> remembered(articles.get(i))).toList();
            IntStream.range(0, shares).parallel().forEach(share -> {
                Map<String, Postings> mine = byShare.get(share);
                for (int k = 0; k < batch.size(); k++) {
                    ArticleTerms terms = batch.get(k);
                    for (int t = 0; t < terms.terms.length; t++) {
                        if (Math.floorMod(terms.terms[t].hashCode(), shares) == share) {
                            Postings postings = mine.computeIfAbsent(terms.terms[t], Postings::new);
                            postings.add(start + k, terms.flags[t]);
                            // The remembered terms share the index's strings: one copy of each word, not one per article.
                            terms.terms[t] = postings.term;
                        }
                    }
                }
            });
        }
        TreeMap<String, String> sorted = new TreeMap<>();
        byShare.forEach(share -> share.forEach((term, postings) -> sorted.put(term, postings.text.toString())));
        return sorted;
    }

    /**
     * The article's terms, split again only when its file was read again. Splitting every body is most of
     * the index's cost, and the preview server rebuilds after every save with the same content objects for
     * every file that did not change ({@code CollectionReader} keeps them), so an edit splits one article.
     * The memory is keyed weakly by the content: it goes with the last model that holds it. A pure cache:
     * equal content always has equal terms.
     */
    private static ArticleTerms remembered(PublishedArticle article) {
        ArticleTerms known = REMEMBERED.get(article.content());
        if (known == null) {
            known = terms(article);
            REMEMBERED.put(article.content(), known);
        }
        return known;
    }

    /** Every term of one article with its flag ({@code field * 4 + frequency}). */
    static ArticleTerms terms(PublishedArticle article) {
        // Per term: {best field, body uses}.
        Map<String, int[]> found = new HashMap<>(1024);
        SearchTerms.each(article.content().text(), term -> found.computeIfAbsent(term, t -> new int[2])[1]++);
        SearchTerms.each(article.metadata().summary(), term -> raise(found, term, SUMMARY));
        List<String> names = new ArrayList<>();
        for (Taxonomy taxonomy : Taxonomy.values()) {
            names.addAll(taxonomy.namesOf(article));
        }
        SearchTerms.each(String.join(" ", names), term -> raise(found, term, NAMES));
        SearchTerms.each(article.metadata().title(), term -> raise(found, term, TITLE));
        String[] terms = new String[found.size()];
        byte[] flags = new byte[found.size()];
        int i = 0;
        for (Map.Entry<String, int[]> entry : found.entrySet()) {
            terms[i] = entry.getKey();
            flags[i++] = (byte) (entry.getValue()[0] * 4 + frequency(entry.getValue()[1]));
        }
        return new ArticleTerms(terms, flags);
    }

    private static void raise(Map<String, int[]> found, String term, int field) {
        int[] where = found.computeIfAbsent(term, t -> new int[2]);
        where[0] = Math.max(where[0], field);
    }

    private static int frequency(int uses) {
        return uses <= 1 ? 0 : uses <= 3 ? 1 : uses <= 7 ? 2 : 3;
    }

    /** One article's terms and their flags, compactly, until they are merged. */
    record ArticleTerms(String[] terms, byte[] flags) {
    }

    /** One term's postings as they are written. */
    private static final class Postings {
        private final String term;
        private final StringBuilder text = new StringBuilder(8);
        private int last = -1;

        Postings(String term) {
            this.term = term;
        }

        void add(int id, int flag) {
            int distance = id - last;
            if (distance >= 36) {
                int high = distance;
                int from = text.length();
                while (high > 0) {
                    text.insert(from, DIGITS[high % 36]);
                    high /= 36;
                }
            } else {
                text.append(DIGITS[distance]);
            }
            text.append((char) ('A' + flag));
            last = id;
        }
    }
}
