package org.commentary.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.commentary.content.PublishedArticle;
import org.commentary.model.ArticleMetadata;
import org.commentary.model.Correction;
import org.commentary.model.Attribution;
import org.commentary.plan.Views.Alternate;
import org.commentary.plan.Views.Head;
import org.commentary.plan.Views.MetaTag;
import org.commentary.site.SiteUrl;
import org.commentary.taxonomy.Taxonomies;
import org.commentary.validation.RobotsRule;
import org.commentary.taxonomy.Taxonomy;
import org.commentary.taxonomy.TermGroup;
import org.commentary.validation.Urls;
import org.commentary.vocabulary.Collection;
import org.commentary.vocabulary.Term;

/**
 * What an article page tells machines about itself: a canonical link, Open Graph
 * {@code og:}/{@code article:} tags and schema.org JSON-LD ({@code OpinionNewsArticle} whose
 * {@code isBasedOn} is the original). Attribution facts come from {@link Attribution}, the model
 * behind the visible footer, so the two always agree. URLs are absolute, from {@link SiteUrl}.
 */
final class StructuredData {

    private final SiteUrl url;
    private final Collection collection;
    private final Taxonomies taxonomies;

    StructuredData(SiteUrl url, Collection collection, Taxonomies taxonomies) {
        this.url = url;
        this.collection = collection;
        this.taxonomies = taxonomies;
    }

    /**
     * The page head's facts: the canonical URL, Open Graph tags and the JSON-LD, already escaped
     * for a script element and to be written without further escaping.
     *
     * @param description the summary shown for the article (its own, or an excerpt)
     */
    Head head(PublishedArticle article, String description) {
        return head(article, description, null);
    }

    /** The head of an article published in two languages: {@code otherVersion} is the other one, or null. */
    Head head(PublishedArticle article, String description, PublishedArticle otherVersion) {
        ArticleMetadata meta = article.metadata();
        List<Alternate> alternates = new ArrayList<>();
        if (otherVersion != null) {
            alternates.add(new Alternate(meta.languages().language(), url.absolute(article.path())));
            alternates.add(new Alternate(otherVersion.metadata().languages().language(),
                    url.absolute(otherVersion.path())));
            alternates.sort(Comparator.comparing(Alternate::hreflang));
        }
        String canonical = collection.canonicalOriginal() ? meta.sourceUrl() : url.absolute(article.path());
        String robots = meta.robots().isEmpty() ? collection.articleRobots() : meta.robots();
        return new Head(canonical, robots, "", openGraph(article, description),
                jsonLd(article, description, otherVersion), List.copyOf(alternates));
    }

    /**
     * The head of a page search engines should leave out: "noindex" and the canonical URL of
     * {@code path}; {@code refresh} is the site path a redirect page leads to ("" for none).
     */
    Head unindexed(String path, String refresh) {
        return new Head(url.absolute(path), RobotsRule.NOINDEX_FOLLOW, refresh, List.of(), "");
    }

    List<MetaTag> openGraph(PublishedArticle article, String description) {
        ArticleMetadata meta = article.metadata();
        List<MetaTag> tags = new ArrayList<>();
        tag(tags, "og:type", "article");
        tag(tags, "og:site_name", collection.name());
        tag(tags, "og:title", meta.title());
        tag(tags, "og:url", url.absolute(article.path()));
        if (!description.isEmpty()) {
            tag(tags, "og:description", description);
        }
        tag(tags, "article:published_time", Dates.iso(meta.date()));
        if (meta.lastModified().isAfter(meta.date())) {
            tag(tags, "article:modified_time", Dates.iso(meta.lastModified()));
        }
        for (String author : meta.authors()) {
            tag(tags, "article:author", url.absolute(group(Taxonomy.AUTHOR, author).pagePath(1)));
        }
        if (!meta.themes().isEmpty()) {
            tag(tags, "article:section", meta.themes().get(0).name());
        }
        meta.themes().forEach(theme -> tag(tags, "article:tag", theme.name()));
        meta.regions().forEach(region -> tag(tags, "article:tag", region.name()));
        return List.copyOf(tags);
    }

    /** The JSON-LD object, as JSON safe to place inside {@code <script type="application/ld+json">}. */
    String jsonLd(PublishedArticle article, String description) {
        return jsonLd(article, description, null);
    }

    private String jsonLd(PublishedArticle article, String description, PublishedArticle otherVersion) {
        ArticleMetadata meta = article.metadata();
        Attribution attribution = Attribution.of(meta, collection);
        String canonical = url.absolute(article.path());

        Map<String, Object> ld = new LinkedHashMap<>();
        ld.put("@context", "https://schema.org");
        ld.put("@type", "OpinionNewsArticle");
        ld.put("headline", meta.title());
        if (!description.isEmpty()) {
            ld.put("description", description);
        }
        ld.put("url", canonical);
        ld.put("mainEntityOfPage", canonical);
        ld.put("datePublished", Dates.iso(meta.date()));
        if (meta.lastModified().isAfter(meta.date())) {
            ld.put("dateModified", Dates.iso(meta.lastModified()));
        }
        if (!meta.corrections().isEmpty()) {
            List<Object> corrections = new ArrayList<>();
            for (Correction correction : meta.corrections()) {
                Map<String, Object> comment = new LinkedHashMap<>();
                comment.put("@type", "CorrectionComment");
                comment.put("text", correction.text());
                comment.put("datePublished", Dates.iso(correction.date()));
                corrections.add(comment);
            }
            ld.put("correction", corrections.size() == 1 ? corrections.get(0) : corrections);
        }
        ld.put("inLanguage", meta.languages().language());
        ld.put("author", people(meta.authors(), true));
        if (!meta.translators().isEmpty()) {
            ld.put("translator", people(meta.translators(), false));
        }
        ld.put("publisher", organisation(collection.name(), url.base()));
        ld.put("isBasedOn", original(meta, attribution));
        if (otherVersion != null) {
            // schema.org: a translation points at the work it translates, the original at its translations.
            boolean translation = !meta.languages().translationOf().isEmpty();
            Map<String, Object> other = new LinkedHashMap<>();
            other.put("@type", "OpinionNewsArticle");
            other.put("url", url.absolute(otherVersion.path()));
            other.put("inLanguage", otherVersion.metadata().languages().language());
            ld.put(translation ? "translationOfWork" : "workTranslation", other);
        }
        ld.put("copyrightNotice", attribution.copyrightLine());
        List<Object> holders = holders(meta, attribution);
        if (!holders.isEmpty()) {
            ld.put("copyrightHolder", holders.size() == 1 ? holders.get(0) : holders);
        }
        attribution.copyrightYear().ifPresent(year -> ld.put("copyrightYear", year));
        ld.put("creditText", attribution.creditText(meta.authors()));
        if (!attribution.license().isEmpty()) {
            Map<String, Object> license = new LinkedHashMap<>();
            license.put("@type", "CreativeWork");
            license.put("name", attribution.license());
            ld.put("license", Urls.isWebUrl(attribution.license()) ? attribution.license() : license);
        }
        ld.put("spatialCoverage", terms(Taxonomy.REGION, meta.regions(), "Place"));
        ld.put("about", terms(Taxonomy.THEME, meta.themes(), "Thing"));
        return Json.write(ld);
    }

    // The article as first published elsewhere.
    private Map<String, Object> original(ArticleMetadata meta, Attribution attribution) {
        Map<String, Object> original = new LinkedHashMap<>();
        original.put("@type", "Article");
        original.put("url", attribution.sourceUrl());
        original.put("headline", attribution.sourceTitle().isEmpty() ? meta.title() : attribution.sourceTitle());
        original.put("author", people(meta.authors(), false));
        TermGroup source = group(Taxonomy.SOURCE, attribution.source());
        original.put("publisher", organisation(attribution.source(), source.homepage()));
        if (attribution.sourceDate() != null) {
            original.put("datePublished", Dates.iso(attribution.sourceDate()));
        }
        return original;
    }

    /**
     * The holders named by the © line, when every name in it is one of the article's authors or
     * its source; otherwise none (the notice itself still says who holds the rights).
     */
    private List<Object> holders(ArticleMetadata meta, Attribution attribution) {
        List<Object> holders = new ArrayList<>();
        for (String name : attribution.copyrightHolders()) {
            String key = name.toLowerCase(Locale.ROOT);
            String author = meta.authors().stream().filter(a -> a.toLowerCase(Locale.ROOT).equals(key)).findFirst()
                    .orElse(null);
            if (author != null) {
                holders.add(person(author, false));
            } else if (meta.source().toLowerCase(Locale.ROOT).equals(key)) {
                holders.add(organisation(meta.source(), group(Taxonomy.SOURCE, meta.source()).homepage()));
            } else {
                return List.of();
            }
        }
        return holders;
    }

    private List<Object> people(List<String> names, boolean linkToPages) {
        List<Object> people = new ArrayList<>();
        names.forEach(name -> people.add(person(name, linkToPages)));
        return people;
    }

    private Map<String, Object> person(String name, boolean linkToPage) {
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("@type", "Person");
        person.put("name", name);
        if (linkToPage) {
            person.put("url", url.absolute(group(Taxonomy.AUTHOR, name).pagePath(1)));
        }
        return person;
    }

    private static Map<String, Object> organisation(String name, String homepage) {
        Map<String, Object> organisation = new LinkedHashMap<>();
        organisation.put("@type", "Organization");
        organisation.put("name", name);
        if (homepage != null && !homepage.isEmpty()) {
            organisation.put("url", homepage);
        }
        return organisation;
    }

    private List<Object> terms(Taxonomy taxonomy, List<Term> terms, String type) {
        List<Object> things = new ArrayList<>();
        for (Term term : terms) {
            Map<String, Object> thing = new LinkedHashMap<>();
            thing.put("@type", type);
            thing.put("name", term.name());
            thing.put("url", url.absolute(group(taxonomy, term.name()).pagePath(1)));
            things.add(thing);
        }
        return things;
    }

    private TermGroup group(Taxonomy taxonomy, String name) {
        return taxonomies.group(taxonomy, name);
    }

    private static void tag(List<MetaTag> tags, String property, String content) {
        tags.add(new MetaTag(property, content));
    }
}
