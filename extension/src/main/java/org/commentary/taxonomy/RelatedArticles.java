package org.commentary.taxonomy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

import org.commentary.content.PublishedArticle;

/**
 * For each article, the few others most related to it: those sharing the most themes and regions
 * (a shared theme weighs {@value #THEME_WEIGHT}, a shared region {@value #REGION_WEIGHT}), the
 * newest first among equals.
 *
 * <p>Linear in the collection: every article is indexed under each combination of its own terms
 * (articles carry a handful, so a few dozen combinations each). To rank an article's relatives,
 * its combinations are visited from the heaviest down; an article whose shared terms are exactly
 * that combination scores exactly its weight, so the first {@code limit} found, newest first, are
 * the answer. Each visit stops as soon as it has enough, whatever the size of the collection.
 */
public final class RelatedArticles {

    static final int THEME_WEIGHT = 3;
    static final int REGION_WEIGHT = 2;
    /** Combinations are indexed for at most this many terms per article (the first ones given). */
    private static final int MAX_TERMS = 8;

    private final List<PublishedArticle> articles;
    private final Map<PublishedArticle, Integer> positions = new IdentityHashMap<>();
    private final int[] weights;
    /** Per article: its group ids, ascending. */
    private final int[][] groupsOf;
    /** Per combination of group ids: the positions of the articles carrying all of them, newest first. */
    private final Map<Combination, int[]> index;

    /**
     * @param newestFirst every published article, newest first
     * @param taxonomies  the groups built from the same articles
     */
    public RelatedArticles(List<PublishedArticle> newestFirst, Taxonomies taxonomies) {
        this.articles = List.copyOf(newestFirst);
        for (int i = 0; i < articles.size(); i++) {
            positions.put(articles.get(i), i);
        }
        List<Integer> weightList = new ArrayList<>();
        List<List<Integer>> groupsByArticle = new ArrayList<>();
        articles.forEach(a -> groupsByArticle.add(new ArrayList<>()));
        addGroups(taxonomies.groups(Taxonomy.THEME), THEME_WEIGHT, weightList, groupsByArticle);
        addGroups(taxonomies.groups(Taxonomy.REGION), REGION_WEIGHT, weightList, groupsByArticle);
        this.weights = weightList.stream().mapToInt(Integer::intValue).toArray();
        this.groupsOf = new int[articles.size()][];
        Map<Combination, List<Integer>> lists = new HashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            List<Integer> own = groupsByArticle.get(i);
            groupsOf[i] = own.stream().mapToInt(Integer::intValue).distinct().sorted().toArray();
            int[] terms = groupsOf[i].length > MAX_TERMS ? Arrays.copyOf(groupsOf[i], MAX_TERMS) : groupsOf[i];
            for (int mask = 1; mask < 1 << terms.length; mask++) {
                // Positions are visited in ascending order, so every list ends up newest first.
                lists.computeIfAbsent(Combination.of(terms, mask), c -> new ArrayList<>()).add(i);
            }
        }
        this.index = new HashMap<>();
        lists.forEach((combination, list) -> index.put(combination, list.stream().mapToInt(Integer::intValue).toArray()));
    }

    private void addGroups(List<TermGroup> groups, int weight, List<Integer> weightList,
                           List<List<Integer>> groupsByArticle) {
        for (TermGroup group : groups) {
            int id = weightList.size();
            weightList.add(weight);
            for (PublishedArticle article : group.articles()) {
                Integer position = positions.get(article);
                if (position != null) {
                    groupsByArticle.get(position).add(id);
                }
            }
        }
    }

    /** The {@code limit} articles most related to {@code article}, best first. */
    public List<PublishedArticle> of(PublishedArticle article, int limit) {
        return of(article, limit, other -> false);
    }

    /**
     * The {@code limit} articles most related to {@code article}, best first, leaving out the
     * article itself and any for which {@code skip} is true.
     */
    public List<PublishedArticle> of(PublishedArticle article, int limit, Predicate<PublishedArticle> skip) {
        Integer self = positions.get(article);
        if (self == null || limit <= 0) {
            return List.of();
        }
        int[] terms = groupsOf[self].length > MAX_TERMS ? Arrays.copyOf(groupsOf[self], MAX_TERMS) : groupsOf[self];
        // The article's combinations by total weight, heaviest first.
        TreeMap<Integer, List<int[]>> byWeight = new TreeMap<>((a, b) -> Integer.compare(b, a));
        for (int mask = 1; mask < 1 << terms.length; mask++) {
            int[] list = index.get(Combination.of(terms, mask));
            if (list != null) {
                byWeight.computeIfAbsent(weight(terms, mask), w -> new ArrayList<>()).add(list);
            }
        }
        List<PublishedArticle> result = new ArrayList<>(limit);
        for (Map.Entry<Integer, List<int[]>> level : byWeight.entrySet()) {
            collectLevel(self, terms, level.getKey(), level.getValue(), limit, skip, result);
            if (result.size() == limit) {
                break;
            }
        }
        return result;
    }

    /**
     * Adds, newest first, the articles whose shared weight with {@code self} is exactly {@code weight}:
     * a merge of the level's lists. Anything else met there shares more and was taken at a heavier level.
     */
    private void collectLevel(int self, int[] terms, int weight, List<int[]> lists, int limit,
                              Predicate<PublishedArticle> skip, List<PublishedArticle> result) {
        int[] cursor = new int[lists.size()];
        while (result.size() < limit) {
            int best = -1;
            for (int j = 0; j < lists.size(); j++) {
                int[] list = lists.get(j);
                if (cursor[j] < list.length && (best < 0 || list[cursor[j]] < lists.get(best)[cursor[best]])) {
                    best = j;
                }
            }
            if (best < 0) {
                return;
            }
            int candidate = lists.get(best)[cursor[best]++];
            if (candidate != self && shared(terms, groupsOf[candidate]) == weight
                    && !skip.test(articles.get(candidate))) {
                result.add(articles.get(candidate));
            }
        }
    }

    private int weight(int[] terms, int mask) {
        int total = 0;
        for (int i = 0; i < terms.length; i++) {
            if ((mask & 1 << i) != 0) {
                total += weights[terms[i]];
            }
        }
        return total;
    }

    // Weight of the terms two articles share; both arrays are sorted.
    private int shared(int[] a, int[] b) {
        int total = 0;
        for (int i = 0, j = 0; i < a.length && j < b.length; ) {
            if (a[i] == b[j]) {
                total += weights[a[i]];
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return total;
    }

    /** A set of group ids, as a sorted array: the key of the combination index. */
    private record Combination(int[] ids) {
        static Combination of(int[] terms, int mask) {
            int[] ids = new int[Integer.bitCount(mask)];
            for (int i = 0, k = 0; i < terms.length; i++) {
                if ((mask & 1 << i) != 0) {
                    ids[k++] = terms[i];
                }
            }
            return new Combination(ids);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Combination c && Arrays.equals(ids, c.ids);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(ids);
        }
    }
}
