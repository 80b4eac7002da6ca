package org.commentary.testsupport;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.commentary.content.ContentFile;
import org.commentary.content.PublishedArticle;
import org.commentary.metadata.SourceFormat;
import org.commentary.model.ArticleMetadata;
import org.commentary.model.Correction;
import org.commentary.model.Languages;
import org.commentary.model.Status;
import org.commentary.site.SiteModel;
import org.commentary.source.SourceFolders;
import org.commentary.taxonomy.RelatedArticles;
import org.commentary.taxonomy.Taxonomies;
import org.commentary.taxonomy.TaxonomyBuilder;
import org.commentary.vocabulary.Collection;
import org.commentary.vocabulary.Profile;
import org.commentary.vocabulary.SiteData;
import org.commentary.vocabulary.Slugs;
import org.commentary.vocabulary.Term;
import org.commentary.vocabulary.TermList;

/** Builds published articles and their taxonomies in memory, for the reader-feature tests. */
public final class ReaderTestArticles {

    public static final Collection COLLECTION = new Collection("The Test Ledger", "Tested commentary",
            "Views are the authors' own.", "Fair use notice.");

    private ReaderTestArticles() {
    }

    /** A fluent article builder with sensible defaults. */
    public static final class Builder {
        private final String slug;
        private String title;
        private LocalDate date = LocalDate.of(2024, 1, 1);
        private List<String> authors = List.of("Ann Author");
        private List<String> regions = List.of("Europe");
        private List<String> themes = List.of("Energy");
        private String source = "The Harbour Review";
        private String sourceUrl = "https://harbour-review.example/original";
        private LocalDate sourceDate;
        private String sourceTitle = "";
        private String copyright = "Ann Author, The Harbour Review, 2024";
        private String license = "";
        private String summary = "";
        private String html = "<p>Body text.</p>";
        private LocalDate updated;
        private List<Correction> corrections = List.of();
        private List<String> aliases = List.of();
        private String robots = "";
        private String language = "en";
        private LocalDate withdrawn;
        private String withdrawnReason = "";

        private Builder(String slug) {
            this.slug = slug;
            this.title = "Title of " + slug;
        }

        public Builder title(String value) { title = value; return this; }
        public Builder date(LocalDate value) { date = value; return this; }
        public Builder date(String value) { date = LocalDate.parse(value); return this; }
        public Builder authors(String... values) { authors = List.of(values); return this; }
        public Builder regions(String... values) { regions = List.of(values); return this; }
        public Builder themes(String... values) { themes = List.of(values); return this; }
        public Builder source(String value) { source = value; return this; }
        public Builder sourceUrl(String value) { sourceUrl = value; return this; }
        public Builder sourceDate(String value) { sourceDate = LocalDate.parse(value); return this; }
        public Builder sourceTitle(String value) { sourceTitle = value; return this; }
        public Builder copyright(String value) { copyright = value; return this; }
        public Builder license(String value) { license = value; return this; }
        public Builder summary(String value) { summary = value; return this; }
        public Builder html(String value) { html = value; return this; }
        public Builder updated(String value) { updated = LocalDate.parse(value); return this; }
        public Builder correction(String day, String text) {
            List<Correction> more = new ArrayList<>(corrections);
            more.add(new Correction(LocalDate.parse(day), text));
            corrections = more;
            return this;
        }
        public Builder aliases(String... values) { aliases = List.of(values); return this; }
        public Builder robots(String value) { robots = value; return this; }
        public Builder language(String value) { language = value; return this; }
        /** Withdrawn: as the reader leaves it, no summary and no body. */
        public Builder withdrawn(String day, String reason) {
            withdrawn = LocalDate.parse(day);
            withdrawnReason = reason;
            summary = "";
            html = "";
            return this;
        }

        public PublishedArticle build() {
            ArticleMetadata meta = new ArticleMetadata(title, date, authors, terms(regions), terms(themes), source,
                    sourceUrl, sourceDate, sourceTitle, copyright, license, "", summary, List.of(),
                    withdrawn == null ? Status.PUBLISHED : Status.WITHDRAWN, updated, corrections, withdrawn,
                    withdrawnReason, aliases, robots, Languages.of(language));
            String path = "articles/" + date.getYear() + "/" + slug + ".md";
            ContentFile file = new ContentFile(Path.of("/content", path), path,
                    "articles/" + date.getYear() + "/" + slug + ".html", SourceFormat.MARKDOWN, meta, html, List.of());
            return new PublishedArticle(file, meta);
        }
    }

    public static Builder article(String slug) {
        return new Builder(slug);
    }

    /** Sorts newest first, as the renderer does. */
    public static List<PublishedArticle> newestFirst(PublishedArticle... articles) {
        List<PublishedArticle> list = new ArrayList<>(Arrays.asList(articles));
        list.sort(PublishedArticle.NEWEST_FIRST);
        return list;
    }

    /** The taxonomies of {@code newestFirst}, with every region and theme they use in the vocabulary. */
    public static Taxonomies taxonomies(List<PublishedArticle> newestFirst) {
        TaxonomyBuilder.Result result = new TaxonomyBuilder(siteData(newestFirst)).build(newestFirst);
        if (!result.problems().isEmpty()) {
            throw new IllegalStateException(result.problems().toString());
        }
        return result.taxonomies();
    }

    private static SiteData siteData(List<PublishedArticle> newestFirst) {
        Map<String, Term> regions = new LinkedHashMap<>();
        Map<String, Term> themes = new LinkedHashMap<>();
        for (PublishedArticle article : newestFirst) {
            article.metadata().regions().forEach(t -> regions.putIfAbsent(t.name(), t));
            article.metadata().themes().forEach(t -> themes.putIfAbsent(t.name(), t));
        }
        return new SiteData(COLLECTION, new TermList("data/regions.yml", List.copyOf(regions.values())),
                new TermList("data/themes.yml", List.copyOf(themes.values())), Map.<String, Profile>of(),
                Map.<String, Profile>of());
    }

    /**
     * A site model of {@code articles} (any order), published and withdrawn, with no pages, drafts,
     * files or problems.
     */
    public static SiteModel siteModel(PublishedArticle... articles) {
        List<PublishedArticle> all = newestFirst(articles);
        List<PublishedArticle> sorted = all.stream().filter(a -> !a.metadata().isWithdrawn()).toList();
        List<PublishedArticle> withdrawn = all.stream().filter(a -> a.metadata().isWithdrawn()).toList();
        Taxonomies taxonomies = taxonomies(sorted);
        return new SiteModel(SourceFolders.of(Path.of("/collection")), siteData(all), List.copyOf(sorted),
                withdrawn, List.of(), 0, taxonomies, new RelatedArticles(sorted, taxonomies), Map.of(), Map.of(), List.of(),
                Map.of(), true);
    }

    private static List<Term> terms(List<String> names) {
        return names.stream().map(name -> new Term(name, Slugs.of(name), "About " + name + ".")).toList();
    }
}
