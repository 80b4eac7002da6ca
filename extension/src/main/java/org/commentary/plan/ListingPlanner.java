package org.commentary.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.commentary.content.PublishedArticle;
import org.commentary.plan.Pages.ArchivePage;
import org.commentary.plan.Pages.HomePage;
import org.commentary.plan.Views.ArchiveYear;
import org.commentary.plan.Views.ArticleCard;

/** The paginated home page and the archive by year. */
final class ListingPlanner {

    private final ViewFactory views;
    private final int pageSize;

    ListingPlanner(ViewFactory views, int pageSize) {
        this.views = views;
        this.pageSize = pageSize;
    }

    /** Home page {@code n}: {@code index.html}, then {@code page/2.html}, {@code page/3.html}... */
    static String homePath(int number) {
        return number == 1 ? "index.html" : "page/" + number + ".html";
    }

    /** The home pages; {@code articles} newest first. */
    List<PlannedPage> home(List<PublishedArticle> articles) {
        List<PlannedPage> pages = new ArrayList<>();
        for (Paginator.Page<PublishedArticle> page : Paginator.paginate(articles, pageSize, ListingPlanner::homePath)) {
            String title = page.number() == 1 ? "Latest commentary" : "Latest commentary, page " + page.number();
            List<ArticleCard> cards = page.items().stream().map(views::card).toList();
            pages.add(PlannedPage.at(page.path(), PageKind.HOME, new HomePage(title, cards, page.pager())));
        }
        return pages;
    }

    /** {@code archive.html}: every article, grouped by year, newest first. */
    PlannedPage archive(List<PublishedArticle> articles) {
        Map<Integer, List<ArticleCard>> byYear = new TreeMap<>(Comparator.reverseOrder());
        for (PublishedArticle article : articles) {
            byYear.computeIfAbsent(article.metadata().date().getYear(), y -> new ArrayList<>()).add(views.card(article));
        }
        List<ArchiveYear> years = new ArrayList<>();
        byYear.forEach((year, list) -> years.add(new ArchiveYear(String.valueOf(year), List.copyOf(list))));
        return PlannedPage.at("archive.html", PageKind.ARCHIVE, new ArchivePage(List.copyOf(years)));
    }
}
