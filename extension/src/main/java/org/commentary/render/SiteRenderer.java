package org.commentary.render;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.configuration2.CompositeConfiguration;
import org.commentary.content.ContentFile;
import org.commentary.jbake.BuildSession;
import org.commentary.jbake.ContentEngine;
import org.commentary.model.ArticleMetadata;
import org.commentary.model.PageMetadata;
import org.commentary.model.Status;
import org.commentary.validation.Problem;
import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.render.RenderingTool;
import org.jbake.template.RenderingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bake's rendering step, registered as a JBake {@link RenderingTool} ahead of JBake's own.
 * It first refuses to publish anything when any file has a problem, then renders every page of
 * the site in one pass over the content: articles, standalone pages, the paginated home page and
 * the archive. JBake's per-document renderer is left nothing to do (it would re-query every
 * document for each one to find its neighbours).
 */
public class SiteRenderer implements RenderingTool {

    private static final Logger LOG = LoggerFactory.getLogger("commentary");

    static final String HOME = "home";
    static final String ARCHIVE = "archive";

    @Override
    public int render(Renderer renderer, ContentStore db, JBakeConfiguration config) throws RenderingException {
        BuildSession session = BuildSession.current();
        session.checkContentFolder();
        stopOnProblems(session);
        reportWarnings(session);
        markStoreRendered(db);
        OutputFolder.clear(config.getDestinationFolder().toPath(), session.sourceRoot());

        List<Article> articles = new ArrayList<>();
        List<ContentFile> pages = new ArrayList<>();
        int drafts = 0;
        for (ContentFile file : session.files()) {
            if (file.metadata().status() == Status.DRAFT) {
                drafts++;
            } else if (file.metadata() instanceof ArticleMetadata meta) {
                articles.add(new Article(file, meta));
            } else {
                pages.add(file);
            }
        }
        articles.sort(Article.NEWEST_FIRST);

        PageModels models = new PageModels(session.data().collection());
        PageWriter writer = new PageWriter(renderer, models.site());
        writeArticles(writer, models, articles);
        for (ContentFile page : pages) {
            PageMetadata meta = (PageMetadata) page.metadata();
            writer.write(ContentEngine.PAGE, page.outputPath(), meta.title(), page.html(), Map.of());
        }
        writeHome(writer, models, articles, Math.max(1, config.getPostsPerPage()));
        writeArchive(writer, models, articles);
        LOG.info("Published {} articles and {} pages; {} drafts held back.", articles.size(), pages.size(), drafts);
        return writer.written();
    }

    private static void stopOnProblems(BuildSession session) {
        List<Problem> problems = session.problems();
        if (problems.isEmpty()) {
            return;
        }
        Path base = session.sourceRoot();
        for (Problem problem : problems) {
            LOG.error("{}", problem.format(base));
        }
        throw new ContentErrorsException(problems.size());
    }

    private static void reportWarnings(BuildSession session) {
        session.warnings().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(entry -> entry.getValue().forEach(warning ->
                        LOG.warn("{}: {}", session.sourceRoot().relativize(entry.getKey()), warning)));
    }

    // Everything is rendered here; marking the store keeps JBake's DocumentsRenderer from doing it again.
    private static void markStoreRendered(ContentStore db) {
        for (DocumentModel document : db.getUnrenderedContent()) {
            db.markContentAsRendered(document);
        }
    }

    private static void writeArticles(PageWriter writer, PageModels models, List<Article> articles)
            throws RenderingException {
        for (int i = 0; i < articles.size(); i++) {
            Article article = articles.get(i);
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("article", models.full(article));
            if (i > 0) {
                values.put("newer", neighbour(articles.get(i - 1)));
            }
            if (i + 1 < articles.size()) {
                values.put("older", neighbour(articles.get(i + 1)));
            }
            writer.write(ContentEngine.ARTICLE, article.path(), article.metadata().title(), article.content().html(),
                    values);
        }
    }

    private static Map<String, Object> neighbour(Article article) {
        return PageModels.link(article.metadata().title(), article.path());
    }

    private static void writeHome(PageWriter writer, PageModels models, List<Article> articles, int pageSize)
            throws RenderingException {
        int pageCount = Math.max(1, (articles.size() + pageSize - 1) / pageSize);
        for (int number = 1; number <= pageCount; number++) {
            List<Map<String, Object>> onPage = new ArrayList<>();
            for (Article article : articles.subList((number - 1) * pageSize, Math.min(articles.size(), number * pageSize))) {
                onPage.add(models.summary(article));
            }
            Map<String, Object> pager = new LinkedHashMap<>();
            pager.put("number", number);
            pager.put("count", pageCount);
            pager.put("newer_path", number > 1 ? homePath(number - 1) : "");
            pager.put("older_path", number < pageCount ? homePath(number + 1) : "");
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("articles", onPage);
            values.put("pager", pager);
            String title = number == 1 ? "Latest commentary" : "Latest commentary, page " + number;
            writer.write(HOME, homePath(number), title, "", values);
        }
    }

    /** Home page {@code n}: {@code index.html}, then {@code page/2.html}, {@code page/3.html}... */
    static String homePath(int number) {
        return number == 1 ? "index.html" : "page/" + number + ".html";
    }

    private static void writeArchive(PageWriter writer, PageModels models, List<Article> articles)
            throws RenderingException {
        Map<Integer, List<Map<String, Object>>> byYear = new TreeMap<>(java.util.Comparator.reverseOrder());
        for (Article article : articles) {
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

    @Override
    @Deprecated
    public int render(Renderer renderer, ContentStore db, File destination, File templatesPath,
                      CompositeConfiguration config) throws RenderingException {
        throw new RenderingException("The commentary site renderer needs JBake's JBakeConfiguration API");
    }
}
