package org.commentary.plan;

import java.util.ArrayList;
import java.util.List;

import org.commentary.content.PublishedArticle;
import org.commentary.model.ArticleMetadata;
import org.commentary.model.Attribution;
import org.commentary.plan.Pages.RedirectPage;
import org.commentary.plan.Pages.WithdrawnPage;
import org.commentary.vocabulary.Collection;

/**
 * The pages that keep old addresses working: a notice where a withdrawn article was, and a
 * redirect at each earlier address of a moved one. Search engines are asked to index neither.
 */
final class MovedAndWithdrawn {

    private final StructuredData structuredData;
    private final Collection collection;

    MovedAndWithdrawn(StructuredData structuredData, Collection collection) {
        this.structuredData = structuredData;
        this.collection = collection;
    }

    /** The notice at a withdrawn article's address: its attribution, the reason and the date, no text. */
    PlannedPage withdrawn(PublishedArticle article) {
        ArticleMetadata meta = article.metadata();
        String language = meta.languages().language();
        String lang = language.equalsIgnoreCase(collection.language()) ? "" : language;
        WithdrawnPage page = new WithdrawnPage(meta.title(), lang, meta.authors(),
                ViewFactory.attribution(Attribution.of(meta, collection)), meta.withdrawnReason(),
                Dates.iso(meta.withdrawn()), Dates.label(meta.withdrawn()),
                structuredData.unindexed(article.path(), ""));
        return PlannedPage.at(article.path(), PageKind.WITHDRAWN, page);
    }

    /** A redirect page at each of the articles' aliases, leading to the article's page. */
    List<PlannedPage> redirects(List<PublishedArticle> articles) {
        List<PlannedPage> pages = new ArrayList<>();
        for (PublishedArticle article : articles) {
            for (String alias : article.metadata().aliases()) {
                if (alias.equals(article.path())) {
                    continue; // moved back to this address: it is the article's own page
                }
                RedirectPage page = new RedirectPage(article.metadata().title(), article.path(),
                        structuredData.unindexed(article.path(), article.path()));
                pages.add(PlannedPage.at(alias, PageKind.REDIRECT, page));
            }
        }
        return pages;
    }
}
