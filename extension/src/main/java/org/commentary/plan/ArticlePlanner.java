package org.commentary.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.commentary.content.PublishedArticle;
import org.commentary.plan.Pages.ArticlePage;
import org.commentary.plan.Views.ArticleView;
import org.commentary.plan.Views.Link;
import org.commentary.plan.Views.RelatedLink;
import org.commentary.taxonomy.RelatedArticles;

/**
 * One page per published article, linked to its newer and older neighbours and to the articles
 * most related to it, with its structured data for the page head.
 */
final class ArticlePlanner {

    /** How many related articles each page lists. */
    static final int RELATED = 3;

    private final ViewFactory views;
    private final RelatedArticles related;
    private final StructuredData structuredData;

    ArticlePlanner(ViewFactory views, RelatedArticles related, StructuredData structuredData) {
        this.views = views;
        this.related = related;
        this.structuredData = structuredData;
    }

    /** Every article's page, in the order given; {@code articles} must be newest first. */
    List<PlannedPage> plan(List<PublishedArticle> articles) {
        return IntStream.range(0, articles.size()).parallel()
                .mapToObj(i -> page(articles, i))
                .toList();
    }

    private PlannedPage page(List<PublishedArticle> articles, int i) {
        PublishedArticle article = articles.get(i);
        ArticleView view = views.article(article);
        Link newer = i > 0 ? ViewFactory.link(articles.get(i - 1)) : null;
        Link older = i + 1 < articles.size() ? ViewFactory.link(articles.get(i + 1)) : null;
        ArticlePage page = new ArticlePage(view, article.content().html(),
                structuredData.head(article, view.card().summary(), views.otherVersion(article)), related(article),
                newer, older);
        return PlannedPage.at(article.path(), PageKind.ARTICLE, page);
    }

    // Related by theme and region, leaving out the author's own articles ("More by" lists those).
    private List<RelatedLink> related(PublishedArticle article) {
        List<String> authors = article.metadata().authors();
        List<RelatedLink> links = new ArrayList<>();
        for (PublishedArticle other : related.of(article, RELATED,
                other -> other.metadata().authors().stream().anyMatch(authors::contains))) {
            links.add(new RelatedLink(other.metadata().title(), other.path(), Dates.iso(other.metadata().date()),
                    Dates.label(other.metadata().date()), other.metadata().authors()));
        }
        return List.copyOf(links);
    }
}
