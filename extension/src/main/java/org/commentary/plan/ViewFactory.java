package org.commentary.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.commentary.content.PublishedArticle;
import org.commentary.model.ArticleMetadata;
import org.commentary.model.Attribution;
import org.commentary.model.Languages;
import org.commentary.plan.Views.ArticleCard;
import org.commentary.plan.Views.ArticleView;
import org.commentary.plan.Views.AttributionView;
import org.commentary.plan.Views.CorrectionView;
import org.commentary.plan.Views.LanguageView;
import org.commentary.plan.Views.Link;
import org.commentary.plan.Views.MoreBy;
import org.commentary.plan.Views.SiteView;
import org.commentary.plan.Views.TaxonomyView;
import org.commentary.plan.Views.TermView;
import org.commentary.plan.Views.VersionLink;
import org.commentary.site.SiteSettings;
import org.commentary.taxonomy.Taxonomies;
import org.commentary.taxonomy.Taxonomy;
import org.commentary.taxonomy.TermGroup;
import org.commentary.validation.LanguageTags;
import org.commentary.vocabulary.Collection;

/** Builds the views templates read from the site model; each article's card is built once and shared. */
final class ViewFactory {

    private static final int EXCERPT_WORDS = 45;
    private static final int WORDS_PER_MINUTE = 220;
    private static final int MORE_BY = 3;

    private final Collection collection;
    private final Taxonomies taxonomies;
    private final Map<PublishedArticle, ArticleCard> cards = new IdentityHashMap<>();
    private final Map<PublishedArticle, PublishedArticle> otherVersions = new IdentityHashMap<>();

    /** Builds every article's card up front (on all cores), so that lookups need no locking. */
    ViewFactory(Collection collection, Taxonomies taxonomies, List<PublishedArticle> articles) {
        this.collection = collection;
        this.taxonomies = taxonomies;
        List<ArticleCard> built = articles.parallelStream().map(this::buildCard).toList();
        for (int i = 0; i < articles.size(); i++) {
            cards.put(articles.get(i), built.get(i));
        }
        // Either version may name the other (translation_of): each links to the other.
        Map<String, PublishedArticle> byPath = new HashMap<>();
        articles.forEach(article -> byPath.put(article.content().path(), article));
        for (PublishedArticle article : articles) {
            PublishedArticle other = byPath.get(article.metadata().languages().translationOf());
            if (other != null && other != article) {
                otherVersions.put(article, other);
                otherVersions.putIfAbsent(other, article);
            }
        }
    }

    /** The same piece in another language, when the collection publishes both; else null. */
    PublishedArticle otherVersion(PublishedArticle article) {
        return otherVersions.get(article);
    }

    SiteView site(SiteSettings settings) {
        List<TaxonomyView> sections = new ArrayList<>();
        for (Taxonomy taxonomy : Taxonomy.values()) {
            sections.add(taxonomy(taxonomy));
        }
        return new SiteView(collection.name(), collection.tagline(), List.copyOf(sections), collection.language(),
                settings.offlineCopy(), settings.url().base());
    }

    /** The short form used in lists: home, archive, term pages. */
    ArticleCard card(PublishedArticle article) {
        ArticleCard card = cards.get(article);
        return card != null ? card : buildCard(article);
    }

    private ArticleCard buildCard(PublishedArticle article) {
        ArticleMetadata meta = article.metadata();
        String summary = meta.summary().isEmpty() ? excerpt(article.content().text()) : meta.summary();
        return new ArticleCard(meta.title(), article.path(), Dates.iso(meta.date()), Dates.label(meta.date()),
                terms(Taxonomy.AUTHOR, article), terms(Taxonomy.REGION, article), terms(Taxonomy.THEME, article),
                terms(Taxonomy.SOURCE, article).get(0), summary, ownLanguage(meta));
    }

    // The article's language where it differs from the collection's, for a lang attribute; else "".
    private String ownLanguage(ArticleMetadata meta) {
        String tag = meta.languages().language();
        return tag.equals(collection.language()) ? "" : tag;
    }

    /** Everything an article page shows about its article. */
    ArticleView article(PublishedArticle article) {
        ArticleMetadata meta = article.metadata();
        List<CorrectionView> corrections = meta.corrections().stream()
                .map(c -> new CorrectionView(Dates.iso(c.date()), Dates.label(c.date()), c.text()))
                .toList();
        return new ArticleView(card(article), meta.translators(), Dates.iso(meta.sourceDate()),
                Dates.label(meta.sourceDate()), readingMinutes(article.content().text()),
                attribution(Attribution.of(meta, collection)), moreBy(article), Dates.iso(meta.updated()),
                Dates.label(meta.updated()), corrections, language(article));
    }

    private LanguageView language(PublishedArticle article) {
        Languages languages = article.metadata().languages();
        PublishedArticle other = otherVersion(article);
        VersionLink version = null;
        if (other != null) {
            String tag = other.metadata().languages().language();
            version = new VersionLink(other.metadata().title(), other.path(), tag, LanguageTags.ownName(tag));
        }
        String original = languages.originalLanguage();
        if (original.isEmpty() && other != null && !languages.translationOf().isEmpty()) {
            original = other.metadata().languages().language(); // a translation of an article held here
        }
        return new LanguageView(languages.language(),
                ownLanguage(article.metadata()),
                original.isEmpty() ? "" : LanguageTags.englishName(original), version);
    }

    static TaxonomyView taxonomy(Taxonomy taxonomy) {
        return new TaxonomyView(taxonomy.folder(), taxonomy.label(), taxonomy.singular(), taxonomy.indexPath());
    }

    static TermView term(TermGroup group) {
        return new TermView(group.name(), group.slug(), group.pagePath(1), group.feedPath(), group.description(),
                group.homepage(), group.articles().size());
    }

    static AttributionView attribution(Attribution attribution) {
        return new AttributionView(attribution.source(), attribution.sourceUrl(), attribution.sourceTitle(),
                Dates.iso(attribution.sourceDate()), Dates.label(attribution.sourceDate()),
                attribution.copyrightLine(), attribution.license(), attribution.changes(), attribution.translators(),
                attribution.disclaimer(), attribution.fairUse());
    }

    static Link link(PublishedArticle article) {
        return new Link(article.metadata().title(), article.path());
    }

    private List<TermView> terms(Taxonomy taxonomy, PublishedArticle article) {
        List<TermView> views = new ArrayList<>();
        for (String name : taxonomy.namesOf(article)) {
            views.add(term(taxonomies.group(taxonomy, name)));
        }
        return List.copyOf(views);
    }

    // For each author, a few of their newest other articles.
    private List<MoreBy> moreBy(PublishedArticle article) {
        List<MoreBy> sections = new ArrayList<>();
        for (String name : article.metadata().authors()) {
            TermGroup author = taxonomies.group(Taxonomy.AUTHOR, name);
            List<Link> others = new ArrayList<>();
            for (PublishedArticle other : author.articles()) {
                if (others.size() == MORE_BY) {
                    break;
                }
                if (other != article) {
                    others.add(link(other));
                }
            }
            if (!others.isEmpty()) {
                sections.add(new MoreBy(term(author), List.copyOf(others)));
            }
        }
        return List.copyOf(sections);
    }

    private static String excerpt(String text) {
        String start = PlainText.firstWords(text, EXCERPT_WORDS);
        return start.length() < text.strip().length() ? start + "…" : start;
    }

    private static int readingMinutes(String text) {
        return Math.max(1, Math.round(PlainText.wordCount(text) / (float) WORDS_PER_MINUTE));
    }
}
