package org.commentary.site;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.commentary.content.ContentFile;
import org.commentary.content.PublishedArticle;
import org.commentary.source.SourceFolders;
import org.commentary.taxonomy.RelatedArticles;
import org.commentary.taxonomy.Taxonomies;
import org.commentary.validation.Problem;
import org.commentary.vocabulary.SiteData;

/**
 * Everything a build knows about a collection once its files are read: the data folder, every
 * published article and page, the taxonomies and related-article index built from them, the files
 * to publish as they are, and every problem and warning, by file. Immutable; a rebuild makes a new one.
 *
 * @param articles  published articles, newest first
 * @param withdrawn withdrawn articles (only their notice pages are written), newest first
 * @param pages     published standalone pages, by path
 * @param drafts    how many valid files are held back as drafts
 * @param resources images beside articles: content file → its path in the site
 * @param assets    files under assets/: file → its path in the site
 * @param problems  every problem, those in the data folder first; nothing may be published while there is one
 * @param warnings  what is worth telling the contributor, by file
 * @param contentChecked false when a broken data file stopped the reading before any article was checked
 */
public record SiteModel(SourceFolders folders, SiteData data, List<PublishedArticle> articles,
                        List<PublishedArticle> withdrawn, List<ContentFile> pages, int drafts, Taxonomies taxonomies, RelatedArticles related,
                        Map<Path, String> resources, Map<Path, String> assets, List<Problem> problems,
                        Map<Path, List<String>> warnings, boolean contentChecked) {

    public boolean hasProblems() {
        return !problems.isEmpty();
    }
}
