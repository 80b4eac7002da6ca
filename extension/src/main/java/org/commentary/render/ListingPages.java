package org.commentary.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.commentary.content.PublishedArticle;
import org.jbake.template.RenderingException;

/** Writes the paginated home page and the archive by year. */
final class ListingPages {

    static final String HOME = "home";
    static final String ARCHIVE = "archive";

    private final PageWriter writer;
    private final PageModels models;
    private final int pageSize;

    ListingPages(PageWriter writer, PageModels models, int pageSize) {
        this.writer = writer;
        this.models = models;
        this.pageSize = pageSize;
    }

    /** Home page {@code n}: {@code index.html}, then {@code page/2.html}, {@code page/3.html}... */
    static String homePath(int number) {
        return number == 1 ? "index.html" : "page/" + number + ".html";
    }

    void home(List<PublishedArticle> articles) throws RenderingException {
        for (Paginator.Page<PublishedArticle> page : Paginator.paginate(articles, pageSize, ListingPages::homePath)) {
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("articles", page.items().stream().map(models::summary).toList());
            values.put("pager", page.pager());
            String title = page.number() == 1 ? "Latest commentary" : "Latest commentary, page " + page.number();
            writer.write(HOME, page.path(), title, "", values);
        }
    }

    void archive(List<PublishedArticle> articles) throws RenderingException {
        Map<Integer, List<Map<String, Object>>> byYear = new TreeMap<>(Comparator.reverseOrder());
        for (PublishedArticle article : articles) {
            byYear.computeIfAbsent(article.metadata().date().getYear(), y -> new ArrayList<>())
                    .add(models.summary(article));
        }
        List<Map<String, Object>> years = new ArrayList<>();
        byYear.forEach((year, list) -> {
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("year", String.valueOf(year));
            model.put("articles", list);
            years.add(model);
        });
        writer.write(ARCHIVE, "archive.html", "Archive", "", Map.of("years", years));
    }
}
