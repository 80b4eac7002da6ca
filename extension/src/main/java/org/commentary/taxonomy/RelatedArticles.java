package org.commentary.taxonomy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.function.Predicate;

import org.commentary.content.PublishedArticle;

/**
 * For each article, the few others most related to it: those sharing the most themes and regions
 * (a shared theme weighs {@value #THEME_WEIGHT}, a shared region {@value #REGION_WEIGHT}), the
 * newest first among equals.
 *
 * <p>Only articles that share a term are ever looked at: the article's own region and theme
 * groups are walked together, newest first, like a merge of sorted lists. Every list that holds
 * the current candidate points at it at the same moment, so its score is known without a lookup.
 * The walk stops as soon as no article still to come could beat the top {@code k} found so far
 * (it would need more weight than the lists not yet exhausted can give, and it is older), so the
 * cost per article is usually a small part of its groups rather than the whole collection.
 */
public final class RelatedArticles {

    static final int THEME_WEIGHT = 3;
    static final int REGION_WEIGHT = 2;

    private final List<PublishedArticle> articles;
    private final Map<PublishedArticle, Integer> positions = new IdentityHashMap<>();
    /** Per group: the positions of its articles, ascending (newest first). */
    private final int[][] members;
    private final int[] weights;
    /** Per article: the groups it belongs to. */
    private final int[][] groupsOf;

    /**
     * @param newestFirst every published article, newest first
     * @param taxonomies  the groups built from the same articles
     */
    public RelatedArticles(List<PublishedArticle> newestFirst, Taxonomies taxonomies) {
        this.articles = List.copyOf(newestFirst);
        for (int i = 0; i < articles.size(); i++) {
            positions.put(articles.get(i), i);
        }
        List<int[]> memberLists = new ArrayList<>();
        List<Integer> weightList = new ArrayList<>();
        Map<Integer, List<Integer>> groupsByArticle = new HashMap<>();
        addGroups(taxonomies.groups(Taxonomy.THEME), THEME_WEIGHT, memberLists, weightList, groupsByArticle);
        addGroups(taxonomies.groups(Taxonomy.REGION), REGION_WEIGHT, memberLists, weightList, groupsByArticle);
        this.members = memberLists.toArray(int[][]::new);
        this.weights = weightList.stream().mapToInt(Integer::intValue).toArray();
        this.groupsOf = new int[articles.size()][];
        for (int i = 0; i < articles.size(); i++) {
            groupsOf[i] = groupsByArticle.getOrDefault(i, List.of()).stream().mapToInt(Integer::intValue).toArray();
        }
    }

    private void addGroups(List<TermGroup> groups, int weight, List<int[]> memberLists, List<Integer> weightList,
                           Map<Integer, List<Integer>> groupsByArticle) {
        for (TermGroup group : groups) {
            int id = memberLists.size();
            int[] positionsInGroup = group.articles().stream()
                    .map(positions::get)
                    .filter(p -> p != null)
                    .mapToInt(Integer::intValue)
                    .sorted()
                    .distinct()
                    .toArray();
            memberLists.add(positionsInGroup);
            weightList.add(weight);
            for (int position : positionsInGroup) {
                groupsByArticle.computeIfAbsent(position, p -> new ArrayList<>()).add(id);
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
        int[] lists = groupsOf[self];
        int[] cursor = new int[lists.length];
        int remaining = 0;
        for (int list : lists) {
            remaining += weights[list];
        }
        // Worst of the kept candidates on top: lowest score, then oldest (highest position).
        PriorityQueue<int[]> kept = new PriorityQueue<>(Comparator.<int[]>comparingInt(c -> c[1])
                .thenComparing(Comparator.<int[]>comparingInt(c -> c[0]).reversed()));
        while (true) {
            if (kept.size() == limit && kept.peek()[1] >= remaining) {
                break; // anything still to come is older and cannot score more than `remaining`
            }
            int candidate = Integer.MAX_VALUE;
            for (int j = 0; j < lists.length; j++) {
                int[] list = members[lists[j]];
                if (cursor[j] < list.length) {
                    candidate = Math.min(candidate, list[cursor[j]]);
                }
            }
            if (candidate == Integer.MAX_VALUE) {
                break;
            }
            int score = 0;
            for (int j = 0; j < lists.length; j++) {
                int[] list = members[lists[j]];
                if (cursor[j] < list.length && list[cursor[j]] == candidate) {
                    score += weights[lists[j]];
                    if (++cursor[j] == list.length) {
                        remaining -= weights[lists[j]];
                    }
                }
            }
            if (candidate == self || skip.test(articles.get(candidate))) {
                continue;
            }
            if (kept.size() < limit) {
                kept.add(new int[] {candidate, score});
            } else if (score > kept.peek()[1]) {
                kept.poll();
                kept.add(new int[] {candidate, score});
            }
        }
        int[][] best = kept.toArray(int[][]::new);
        Arrays.sort(best, Comparator.<int[]>comparingInt(c -> -c[1]).thenComparingInt(c -> c[0]));
        List<PublishedArticle> result = new ArrayList<>(best.length);
        for (int[] c : best) {
            result.add(articles.get(c[0]));
        }
        return result;
    }
}
