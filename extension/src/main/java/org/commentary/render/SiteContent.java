package org.commentary.render;

import java.util.ArrayList;
import java.util.List;

import org.commentary.content.ContentFile;
import org.commentary.content.DuplicateArticles;
import org.commentary.content.LocalLinkCheck;
import org.commentary.content.PublishedArticle;
import org.commentary.content.SiteFiles;
import org.commentary.jbake.BuildSession;
import org.commentary.model.ArticleMetadata;
import org.commentary.model.Status;
import org.commentary.taxonomy.Taxonomies;
import org.commentary.taxonomy.TaxonomyBuilder;
import org.commentary.validation.Problem;

/**
 * What the site will publish, sorted out of everything a session read, with the rules that only
 * hold for the collection as a whole: no file at an address the site writes itself, no two names
 * sharing a term page, every local link and image resolving, no article twice. The renderer and
 * the command-line check both start here, so they agree.
 *
 * @param articles published articles, newest first
 * @param pages    published standalone pages
 */
public record SiteContent(List<PublishedArticle> articles, List<ContentFile> pages, int drafts,
                          Taxonomies taxonomies) {

    /** Sorts the session's files and reports collection-wide problems into the session. */
    public static SiteContent collect(BuildSession session) {
        List<PublishedArticle> articles = new ArrayList<>();
        List<ContentFile> pages = new ArrayList<>();
        int drafts = 0;
        for (ContentFile file : session.files()) {
            if (ReservedPaths.isReserved(file.outputPath())) {
                session.report(new Problem(file.file(), 0, "file name", "would be published as " + file.outputPath()
                        + ", which the site writes itself (home, archive, listings, feeds); move or rename the file"));
                continue;
            }
            if (file.metadata().status() == Status.DRAFT) {
                drafts++;
            } else if (file.metadata() instanceof ArticleMetadata meta) {
                articles.add(new PublishedArticle(file, meta));
            } else {
                pages.add(file);
            }
        }
        articles.sort(PublishedArticle.NEWEST_FIRST);
        TaxonomyBuilder.Result taxonomies = new TaxonomyBuilder(session.data()).build(articles);
        taxonomies.problems().forEach(session::report);
        SiteFiles site = SiteFiles.of(session.contentRoot(), session.sourceRoot().resolve("assets"),
                session.contentSources(), session.files(), path -> ReservedPaths.writes(path, taxonomies.taxonomies()));
        new LocalLinkCheck(site, session.sourceRoot(), session.contentRoot()).problems(session.files())
                .forEach(session::report);
        new DuplicateArticles(session.sourceRoot()).problems(session.files()).forEach(session::report);
        return new SiteContent(List.copyOf(articles), List.copyOf(pages), drafts, taxonomies.taxonomies());
    }
}
