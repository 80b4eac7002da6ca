package org.commentary.plan;

import java.util.ArrayList;
import java.util.List;

import org.commentary.content.PublishedArticle;
import org.commentary.plan.Pages.TaxonomyPage;
import org.commentary.plan.Pages.TermPage;
import org.commentary.plan.Views.TaxonomyView;
import org.commentary.plan.Views.TermView;
import org.commentary.taxonomy.Taxonomies;
import org.commentary.taxonomy.Taxonomy;
import org.commentary.taxonomy.TermGroup;

/** Each taxonomy's index page and every term's paginated listing. */
final class TaxonomyPlanner {

    private final ViewFactory views;
    private final int pageSize;

    TaxonomyPlanner(ViewFactory views, int pageSize) {
        this.views = views;
        this.pageSize = pageSize;
    }

    List<PlannedPage> plan(Taxonomies taxonomies) {
        List<PlannedPage> pages = new ArrayList<>();
        for (Taxonomy taxonomy : Taxonomy.values()) {
            List<TermGroup> groups = taxonomies.groups(taxonomy);
            TaxonomyView view = ViewFactory.taxonomy(taxonomy);
            List<TermView> terms = groups.stream().map(ViewFactory::term).toList();
            pages.add(PlannedPage.at(taxonomy.indexPath(), PageKind.TAXONOMY, new TaxonomyPage(view, terms)));
            for (TermGroup group : groups) {
                term(view, group, pages);
            }
        }
        return pages;
    }

    private void term(TaxonomyView taxonomy, TermGroup group, List<PlannedPage> pages) {
        TermView term = ViewFactory.term(group);
        for (Paginator.Page<PublishedArticle> page : Paginator.paginate(group.articles(), pageSize, group::pagePath)) {
            String title = page.number() == 1 ? group.name() : group.name() + ", page " + page.number();
            pages.add(PlannedPage.at(page.path(), PageKind.TERM, new TermPage(title, taxonomy, term,
                    page.items().stream().map(views::card).toList(), page.pager())));
        }
    }
}
