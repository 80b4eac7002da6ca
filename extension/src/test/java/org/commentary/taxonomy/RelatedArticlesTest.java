package org.commentary.taxonomy;

import static org.commentary.testsupport.ReaderTestArticles.article;
import static org.commentary.testsupport.ReaderTestArticles.newestFirst;
import static org.commentary.testsupport.ReaderTestArticles.taxonomies;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;

import org.commentary.content.PublishedArticle;
import org.commentary.testsupport.ReaderTestArticles;
import org.commentary.vocabulary.Term;
import org.junit.jupiter.api.Test;

class RelatedArticlesTest {

    @Test
    void moreSharedTermsRankFirstThenNewest() {
        PublishedArticle subject = article("subject").date("2024-05-01").regions("Europe", "Oceania")
                .themes("Energy", "Trade").build();
        PublishedArticle sharesThree = article("three").date("2020-01-01").regions("Europe")
                .themes("Energy", "Trade").build();
        PublishedArticle sharesTwoOld = article("two-old").date("2021-01-01").regions("Europe").themes("Energy").build();
        PublishedArticle sharesTwoNew = article("two-new").date("2023-01-01").regions("Oceania").themes("Trade").build();
        PublishedArticle sharesNothing = article("nothing").date("2024-06-01").regions("South Asia")
                .themes("Climate").build();
        List<PublishedArticle> all = newestFirst(subject, sharesThree, sharesTwoOld, sharesTwoNew, sharesNothing);

        List<PublishedArticle> related = new RelatedArticles(all, taxonomies(all)).of(subject, 5);

        assertEquals(List.of(sharesThree, sharesTwoNew, sharesTwoOld), related,
                "most shared weight first; the newer of two equal scores first; unrelated articles never");
    }

    @Test
    void aSharedThemeOutweighsASharedRegion() {
        PublishedArticle subject = article("subject").regions("Europe").themes("Energy").build();
        PublishedArticle sameRegion = article("region").date("2024-03-01").regions("Europe").themes("Climate").build();
        PublishedArticle sameTheme = article("theme").date("2020-03-01").regions("Oceania").themes("Energy").build();
        List<PublishedArticle> all = newestFirst(subject, sameRegion, sameTheme);

        assertEquals(List.of(sameTheme, sameRegion), new RelatedArticles(all, taxonomies(all)).of(subject, 2));
    }

    @Test
    void leavesOutItselfAndSkippedArticlesAndKeepsToTheLimit() {
        PublishedArticle subject = article("subject").authors("Ann Author").build();
        PublishedArticle sameAuthor = article("same-author").date("2024-02-01").authors("Ann Author").build();
        List<PublishedArticle> others = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            others.add(article("other-" + i).date(LocalDate.of(2023, 1, 1 + i)).authors("Bo Writer").build());
        }
        List<PublishedArticle> all = new ArrayList<>(others);
        all.add(subject);
        all.add(sameAuthor);
        all.sort(PublishedArticle.NEWEST_FIRST);
        RelatedArticles related = new RelatedArticles(all, taxonomies(all));

        Predicate<PublishedArticle> sharesAnAuthor = other -> other.metadata().authors().stream()
                .anyMatch(subject.metadata().authors()::contains);
        List<PublishedArticle> picked = related.of(subject, 3, sharesAnAuthor);

        assertEquals(List.of(others.get(5), others.get(4), others.get(3)), picked);
        assertEquals(sameAuthor, related.of(subject, 1).get(0), "without the filter the newest relative comes first");
    }

    @Test
    void anArticleWithNoRelativesGetsNone() {
        PublishedArticle lonely = article("lonely").regions("Oceania").themes("Elections").build();
        PublishedArticle other = article("other").regions("Europe").themes("Energy").build();
        List<PublishedArticle> all = newestFirst(lonely, other);

        assertEquals(List.of(), new RelatedArticles(all, taxonomies(all)).of(lonely, 3));
    }

    @Test
    void earlyStoppingGivesExactlyTheBruteForceAnswer() {
        List<PublishedArticle> all = randomCollection(new Random(42), 600);
        RelatedArticles related = new RelatedArticles(all, taxonomies(all));
        for (PublishedArticle subject : all) {
            assertEquals(bruteForce(subject, all, 4), related.of(subject, 4), subject.path());
        }
    }

    @Test
    void tenThousandArticlesTakeSeconds() {
        List<PublishedArticle> all = randomCollection(new Random(7), 10_000);
        Taxonomies taxonomies = taxonomies(all);
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            RelatedArticles related = new RelatedArticles(all, taxonomies);
            int found = 0;
            for (PublishedArticle subject : all) {
                found += related.of(subject, 4).size();
            }
            assertTrue(found > 39_000, "nearly every article has four relatives: " + found);
        });
    }

    // Scores every pair: the definition the fast walk must match.
    private static List<PublishedArticle> bruteForce(PublishedArticle subject, List<PublishedArticle> all, int limit) {
        List<int[]> candidates = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            int score = score(subject, all.get(i));
            if (all.get(i) != subject && score > 0) {
                candidates.add(new int[] {i, score});
            }
        }
        candidates.sort(Comparator.<int[]>comparingInt(c -> -c[1]).thenComparingInt(c -> c[0]));
        return candidates.stream().limit(limit).map(c -> all.get(c[0])).toList();
    }

    private static int score(PublishedArticle a, PublishedArticle b) {
        return RelatedArticles.THEME_WEIGHT * shared(a.metadata().themes(), b.metadata().themes())
                + RelatedArticles.REGION_WEIGHT * shared(a.metadata().regions(), b.metadata().regions());
    }

    private static int shared(List<Term> a, List<Term> b) {
        Set<String> names = new HashSet<>();
        a.forEach(t -> names.add(t.name()));
        return (int) b.stream().filter(t -> names.contains(t.name())).count();
    }

    private static final String[] REGIONS = {"Europe", "Oceania", "South Asia", "North America", "Sub-Saharan Africa",
        "Latin America", "Middle East", "Asia"};
    private static final String[] THEMES = {"Energy", "Trade", "Climate", "Elections", "Migration", "Technology",
        "Public Health", "Food Security", "Geopolitics", "Media"};

    static List<PublishedArticle> randomCollection(Random random, int count) {
        List<PublishedArticle> all = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            all.add(ReaderTestArticles.article("a" + i)
                    .date(LocalDate.of(2015, 1, 1).plusDays(random.nextInt(3650)))
                    .regions(pick(random, REGIONS, 1 + random.nextInt(2)))
                    .themes(pick(random, THEMES, 1 + random.nextInt(3)))
                    .authors("Author " + random.nextInt(count / 10 + 1))
                    .build());
        }
        all.sort(PublishedArticle.NEWEST_FIRST);
        return all;
    }

    private static String[] pick(Random random, String[] from, int n) {
        List<String> pool = new ArrayList<>(List.of(from));
        String[] picked = new String[n];
        for (int i = 0; i < n; i++) {
            picked[i] = pool.remove(random.nextInt(pool.size()));
        }
        return picked;
    }
}
