package org.commentary.taxonomy;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.commentary.content.PublishedArticle;
import org.commentary.validation.Problem;
import org.commentary.vocabulary.Profile;
import org.commentary.vocabulary.SiteData;
import org.commentary.vocabulary.Slugs;
import org.commentary.vocabulary.Term;

/**
 * Groups published articles by region, theme, author and source in one pass over the articles,
 * and reports names that would share a page (two spellings of one author, say).
 */
public final class TaxonomyBuilder {

    /** The groups of every taxonomy, sorted by name, and any slug collisions found. */
    public record Result(Taxonomies taxonomies, List<Problem> problems) {
    }

    private static final Set<String> RESERVED = Set.of("index");

    private final SiteData data;
    private final Collator collator = Collator.getInstance(Locale.ENGLISH);

    public TaxonomyBuilder(SiteData data) {
        this.data = data;
        collator.setStrength(Collator.SECONDARY);
    }

    /** Builds every taxonomy from {@code articles}, which must be newest first. */
    public Result build(List<PublishedArticle> articles) {
        Map<Taxonomy, List<TermGroup>> groups = new EnumMap<>(Taxonomy.class);
        List<Problem> problems = new ArrayList<>();
        for (Taxonomy taxonomy : Taxonomy.values()) {
            groups.put(taxonomy, build(taxonomy, articles, problems));
        }
        return new Result(new Taxonomies(groups), problems);
    }

    private List<TermGroup> build(Taxonomy taxonomy, List<PublishedArticle> articles, List<Problem> problems) {
        Map<String, Accumulator> bySlug = new LinkedHashMap<>();
        Set<String> reported = new HashSet<>();
        for (PublishedArticle article : articles) {
            for (String name : taxonomy.namesOf(article)) {
                String slug = slug(taxonomy, name);
                if (RESERVED.contains(slug)) {
                    if (reported.add(slug + "\0" + name)) {
                        problems.add(new Problem(article.content().file(), 0, taxonomy.field(), "\"" + name
                                + "\" would be published as " + taxonomy.indexPath() + ", which is the list of all "
                                + taxonomy.label().toLowerCase(Locale.ROOT) + "; choose another name or slug"));
                    }
                    continue;
                }
                Accumulator group = bySlug.computeIfAbsent(slug, s -> new Accumulator(name));
                if (!group.name.equals(name)) {
                    if (reported.add(slug + "\0" + name)) {
                        problems.add(new Problem(article.content().file(), 0, taxonomy.field(), "\"" + name
                                + "\" and \"" + group.name + "\" (in " + group.firstFile() + ") would share the page "
                                + taxonomy.folder() + "/" + slug + ".html; spell the name the same way everywhere,"
                                + " or give each its own entry and slug"));
                    }
                    continue;
                }
                group.articles.add(article);
            }
        }
        List<TermGroup> result = new ArrayList<>();
        bySlug.forEach((slug, group) -> result.add(toGroup(taxonomy, slug, group)));
        result.sort(Comparator.comparing(TermGroup::name, collator).thenComparing(TermGroup::slug));
        return result;
    }

    private TermGroup toGroup(Taxonomy taxonomy, String slug, Accumulator group) {
        String description = "";
        String homepage = "";
        switch (taxonomy) {
            case REGION -> description = data.regions().find(group.name).map(Term::description).orElse("");
            case THEME -> description = data.themes().find(group.name).map(Term::description).orElse("");
            case AUTHOR -> {
                Optional<Profile> profile = data.author(group.name);
                description = profile.map(Profile::about).orElse("");
                homepage = profile.map(Profile::url).orElse("");
            }
            case SOURCE -> {
                Optional<Profile> profile = data.source(group.name);
                description = profile.map(Profile::about).orElse("");
                homepage = profile.map(Profile::url).orElse("");
            }
        }
        return new TermGroup(taxonomy, group.name, slug, description, homepage, List.copyOf(group.articles));
    }

    private String slug(Taxonomy taxonomy, String name) {
        return switch (taxonomy) {
            case REGION -> data.regions().find(name).map(Term::slug).orElseGet(() -> Slugs.of(name));
            case THEME -> data.themes().find(name).map(Term::slug).orElseGet(() -> Slugs.of(name));
            case AUTHOR, SOURCE -> Slugs.of(name);
        };
    }

    private static final class Accumulator {
        private final String name;
        private final List<PublishedArticle> articles = new ArrayList<>();

        Accumulator(String name) {
            this.name = name;
        }

        String firstFile() {
            return articles.isEmpty() ? "" : articles.get(0).content().path();
        }
    }
}
