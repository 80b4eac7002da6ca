package org.commentary.tooling.importer;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.commentary.content.ContentReader;
import org.commentary.model.ArticleMetadata;
import org.commentary.source.SourceTree;
import org.commentary.tooling.ArticleDraft;
import org.commentary.tooling.SiteLayout;
import org.commentary.validation.collection.DuplicateArticles;
import org.commentary.vocabulary.SiteData;

/**
 * The articles a collection already has, by original ({@code source_url}) and by title and authors,
 * compared exactly as the build's {@link DuplicateArticles} rule compares them: an import that rule
 * would reject is found before anything is written. Files imported in the same run are added as they
 * are written, so one migration cannot bring the same article in twice.
 */
final class KnownArticles {

    private final SiteLayout site;
    private final Map<String, Path> byOriginal = new HashMap<>();
    private final Map<String, Path> byTitle = new HashMap<>();

    private KnownArticles(SiteLayout site) {
        this.site = site;
    }

    /** Every article of the collection, read up to its header (bodies are not converted). */
    static KnownArticles of(SiteLayout site, SiteData data) {
        KnownArticles known = new KnownArticles(site);
        ContentReader reader = new ContentReader(site.content(), data);
        for (Path file : SourceTree.walk(site.folders()).content()) {
            reader.readHeader(file).content().ifPresent(content -> {
                if (content.metadata() instanceof ArticleMetadata meta) {
                    known.add(file, meta.sourceUrl(), DuplicateArticles.titleKey(meta));
                }
            });
        }
        return known;
    }

    /** The file that is already this article, and why ("the same source_url"), if there is one. */
    synchronized Optional<String> duplicate(ArticleDraft draft) {
        Path original = draft.sourceUrl().isBlank() ? null
                : byOriginal.get(DuplicateArticles.originalKey(draft.sourceUrl()));
        if (original != null) {
            return Optional.of(site.show(original) + " (the same source_url)");
        }
        Path titled = draft.title().isBlank() || draft.authors().isEmpty() ? null
                : byTitle.get(DuplicateArticles.titleKey(draft.title(), draft.authors()));
        return titled == null ? Optional.empty() : Optional.of(site.show(titled) + " (the same title and author)");
    }

    /** Remembers an article written by this run. */
    synchronized void add(Path file, ArticleDraft draft) {
        add(file, draft.sourceUrl(), DuplicateArticles.titleKey(draft.title(), draft.authors()));
    }

    private void add(Path file, String sourceUrl, String titleKey) {
        if (!sourceUrl.isBlank()) {
            byOriginal.putIfAbsent(DuplicateArticles.originalKey(sourceUrl), file);
        }
        byTitle.putIfAbsent(titleKey, file);
    }
}
