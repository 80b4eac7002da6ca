package org.commentary.plan;

import java.util.List;

import org.commentary.plan.Views.ArchiveYear;
import org.commentary.plan.Views.ArticleCard;
import org.commentary.plan.Views.ArticleView;
import org.commentary.plan.Views.AttributionView;
import org.commentary.plan.Views.Feed;
import org.commentary.plan.Views.Head;
import org.commentary.plan.Views.Link;
import org.commentary.plan.Views.Pager;
import org.commentary.plan.Views.RelatedLink;
import org.commentary.plan.Views.SitemapUrl;
import org.commentary.plan.Views.TaxonomyView;
import org.commentary.plan.Views.TermView;

/** The model of each kind of page: what its template reads as {@code page}. */
public final class Pages {

    private Pages() {
    }

    /** What every page model is; {@link PageKind} names its template. */
    public sealed interface PageModel permits ArticlePage, StandalonePage, HomePage, ArchivePage, TaxonomyPage,
            TermPage, SearchPage, NotFoundPage, FeedPage, SitemapPage, WithdrawnPage, RedirectPage {
    }

    /** A republished article, with its neighbours ({@code newer}/{@code older} null at the ends). */
    public record ArticlePage(ArticleView article, String body, Head head, List<RelatedLink> related, Link newer,
                              Link older) implements PageModel {
    }

    /**
     * The notice left at a withdrawn article's address: who wrote it, where it first appeared and
     * who holds the rights, why and when it was withdrawn; never any of its text. {@code lang} is its
     * title's language where that is not the collection's, else "".
     */
    public record WithdrawnPage(String title, String lang, List<String> authors, AttributionView attribution,
                                String reason, String date, String dateLabel, Head head) implements PageModel {
    }

    /** The page at a moved article's earlier address, which sends readers on to {@code target}. */
    public record RedirectPage(String title, String target, Head head) implements PageModel {
    }

    /** A standalone page such as About. */
    public record StandalonePage(String title, String body) implements PageModel {
    }

    /** One page of the newest-first home listing. */
    public record HomePage(String title, List<ArticleCard> articles, Pager pager) implements PageModel {
    }

    /** Every article by year, newest first. */
    public record ArchivePage(List<ArchiveYear> years) implements PageModel {
    }

    /** A taxonomy's index: every term with its count. */
    public record TaxonomyPage(TaxonomyView taxonomy, List<TermView> terms) implements PageModel {
    }

    /** One page of a term's listing. */
    public record TermPage(String title, TaxonomyView taxonomy, TermView term, List<ArticleCard> articles,
                           Pager pager) implements PageModel {
    }

    /** The offline search page (its data is a separate file). */
    public record SearchPage() implements PageModel {
    }

    /** The web host's 404 page. */
    public record NotFoundPage() implements PageModel {
    }

    /** An Atom feed. */
    public record FeedPage(Feed feed) implements PageModel {
    }

    /** {@code sitemap.xml}. */
    public record SitemapPage(List<SitemapUrl> urls) implements PageModel {
    }
}
