package org.commentary.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

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

    private SearchPostings() {
    }

    /** Term to postings, in term order (String order, which is also JavaScript's). */
    static TreeMap<String, String> of(List<PublishedArticle> articles) {
        // Tokenizing is the expensive part: every article on every core, merged in article order.
        List<Map<String, Integer>> perArticle = IntStream.range(0, articles.size()).parallel()
                .mapToObj(i -> flags(articles.get(i))).toList();
        Map<String, Postings> byTerm = new HashMap<>();
        for (int id = 0; id < perArticle.size(); id++) {
            for (Map.Entry<String, Integer> term : perArticle.get(id).entrySet()) {
                byTerm.computeIfAbsent(term.getKey(), t -> new Postings()).add(id, term.getValue());
            }
        }
        TreeMap<String, String> sorted = new TreeMap<>();
        byTerm.forEach((term, postings) -> sorted.put(term, postings.text.toString()));
        return sorted;
    }

    /** Every term of one article with its flag letter's number ({@code field * 4 + frequency}). */
    static Map<String, Integer> flags(PublishedArticle article) {
        Map<String, Integer> bodyUses = new HashMap<>();
        SearchTerms.each(article.content().text(), term -> bodyUses.merge(term, 1, Integer::sum));
        Map<String, Integer> field = new HashMap<>();
        bodyUses.keySet().forEach(term -> field.put(term, BODY));
        SearchTerms.each(article.metadata().summary(), term -> field.merge(term, SUMMARY, Math::max));
        List<String> names = new ArrayList<>();
        for (Taxonomy taxonomy : Taxonomy.values()) {
            names.addAll(taxonomy.namesOf(article));
        }
        SearchTerms.each(String.join(" ", names), term -> field.merge(term, NAMES, Math::max));
        SearchTerms.each(article.metadata().title(), term -> field.merge(term, TITLE, Math::max));
        Map<String, Integer> flags = new HashMap<>(field.size() * 2);
        field.forEach((term, where) -> flags.put(term, where * 4 + frequency(bodyUses.getOrDefault(term, 0))));
        return flags;
    }

    private static int frequency(int uses) {
        return uses <= 1 ? 0 : uses <= 3 ? 1 : uses <= 7 ? 2 : 3;
    }

    /** One term's postings as they are written. */
    private static final class Postings {
        private final StringBuilder text = new StringBuilder(8);
        private int last = -1;

        void add(int id, int flag) {
            text.append(Integer.toString(id - last, 36)).append((char) ('A' + flag));
            last = id;
        }
    }
}
