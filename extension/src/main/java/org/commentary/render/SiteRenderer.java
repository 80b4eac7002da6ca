package org.commentary.render;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.commons.configuration2.CompositeConfiguration;
import org.commentary.content.ContentFile;
import org.commentary.content.PublishedArticle;
import org.commentary.jbake.BuildClock;
import org.commentary.jbake.BuildSession;
import org.commentary.jbake.ContentEngine;
import org.commentary.taxonomy.RelatedArticles;
import org.commentary.validation.DataProblemsFirst;
import org.commentary.validation.Problem;
import org.jbake.app.ContentStore;
import org.jbake.app.DocumentList;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.render.RenderingTool;
import org.jbake.template.RenderingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bake's rendering step, registered as a JBake {@link RenderingTool} ahead of JBake's own.
 * It refuses to publish anything when any file has a problem, then renders the whole site in
 * one pass over the content: articles, pages, home, archive, taxonomy pages, feeds, sitemap.
 * JBake's per-document renderer is left nothing to do (it re-queries every document for each
 * document to find its neighbours, which is quadratic).
 */
public class SiteRenderer implements RenderingTool {

    private static final Logger LOG = LoggerFactory.getLogger("commentary");
    static final String SEARCH = "search";

    @Override
    public int render(Renderer renderer, ContentStore db, JBakeConfiguration config) throws RenderingException {
        BuildSession session = BuildSession.current();
        session.finish();
        session.clock().renderStarts();
        session.checkContentFolder();

        BuildClock clock = session.clock();
        SiteContent site = SiteContent.collect(session);
        List<PublishedArticle> articles = site.articles();
        List<ContentFile> pages = site.pages();
        int drafts = site.drafts();

        stopOnProblems(session);
        reportWarnings(session);
        SiteUrl url = SiteUrl.from(config);
        requireNothingLeftForJBake(db);
        clock.step("checks");
        OutputFolder.clear(config.getDestinationFolder().toPath(), session.sourceRoot());
        clock.step("clear output");

        int pageSize = Math.max(1, config.getPostsPerPage());
        PageModels models = new PageModels(session.data().collection(), site.taxonomies());
        PageWriter writer = new PageWriter(renderer, models.site());
        RelatedArticles related = new RelatedArticles(articles, site.taxonomies());
        clock.step("related index");
        new ArticlePages(writer, models, related, new StructuredData(url, session.data().collection(),
                site.taxonomies())).write(articles);
        for (ContentFile page : pages) {
            writer.write(ContentEngine.PAGE, page.outputPath(), page.metadata().title(), page.html(), Map.of());
        }
        clock.step("articles");
        ListingPages listings = new ListingPages(writer, models, pageSize);
        listings.home(articles);
        listings.archive(articles);
        new TaxonomyPages(writer, models, pageSize).write(site.taxonomies());
        clock.step("listings");
        writer.write(SEARCH, "search.html", "Search", "", Map.of());
        SearchIndex.write(config.getDestinationFolder().toPath(), articles, site.taxonomies());
        clock.step("search");
        new FeedPages(writer, url, session.data().collection()).write(articles, site.taxonomies());
        new ErrorPages(writer, url).write(config.getDestinationFolder().toPath());
        new SitemapPage(writer, url).write(sitemapPages(writer.written()), articles);
        clock.step("feeds and sitemap");
        LOG.info("Published {} articles and {} pages ({} files); {} drafts held back.", articles.size(), pages.size(),
                writer.written().size(), drafts);
        LOG.info("{}", session.clock().summary(writer.written().size()));
        return writer.written().size();
    }

    // Every reader-facing HTML page; the 404 page is for the web host only.
    private static List<String> sitemapPages(List<String> written) {
        return written.stream().filter(path -> path.endsWith(".html") && !path.equals("404.html")).toList();
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
        if (session.articlesNotChecked()) {
            LOG.error("{}", DataProblemsFirst.ARTICLES_NOT_CHECKED);
        }
        throw new ContentErrorsException(problems.size());
    }

    private static void reportWarnings(BuildSession session) {
        session.warnings().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(entry -> entry.getValue().forEach(warning ->
                        LOG.warn("{}: {}", session.sourceRoot().relativize(entry.getKey()), warning)));
    }

    // Every document enters the store marked as rendered (jbake.RenderedHere): JBake's own
    // DocumentsRenderer must find nothing to do, or it would render pages our way cannot vouch for.
    private static void requireNothingLeftForJBake(ContentStore db) {
        DocumentList<DocumentModel> left = db.getUnrenderedContent();
        if (!left.isEmpty()) {
            throw new IllegalStateException(left.size() + " documents would be rendered by JBake's own renderer"
                    + " (first: " + left.get(0).getSourceuri() + "); only the commentary renderer may write pages");
        }
    }

    @Override
    @Deprecated
    public int render(Renderer renderer, ContentStore db, File destination, File templatesPath,
                      CompositeConfiguration config) throws RenderingException {
        throw new RenderingException("The commentary site renderer needs JBake's JBakeConfiguration API");
    }
}
