package org.commentary.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import org.commentary.content.BodyCache;
import org.commentary.content.ContentFile;
import org.commentary.content.ContentPaths;
import org.commentary.content.ContentReader;
import org.commentary.content.PublishedArticle;
import org.commentary.files.TextFiles;
import org.commentary.model.ArticleMetadata;
import org.commentary.model.Status;
import org.commentary.source.SourceFolders;
import org.commentary.source.SourceTree;
import org.commentary.taxonomy.RelatedArticles;
import org.commentary.taxonomy.Taxonomies;
import org.commentary.taxonomy.TaxonomyBuilder;
import org.commentary.validation.DataProblemsFirst;
import org.commentary.validation.Problem;
import org.commentary.validation.Problems;
import org.commentary.validation.collection.AliasRules;
import org.commentary.validation.collection.CollectionRules;
import org.commentary.validation.collection.DuplicateArticles;
import org.commentary.validation.collection.LocalLinkCheck;
import org.commentary.validation.collection.ReservedPaths;
import org.commentary.validation.collection.SiteFiles;
import org.commentary.validation.collection.Translations;
import org.commentary.vocabulary.SiteData;
import org.commentary.vocabulary.SiteDataLoader;
import org.commentary.vocabulary.YamlNodes;

/**
 * Reads a collection into a {@link SiteModel}. It remembers what each file produced, keyed by the
 * file's size and modification time, so reading the collection again after an edit re-reads only
 * the files that changed (the preview server keeps one reader for its whole life). A change under
 * data/ must be announced with {@link #dataChanged()}: every article is checked against it. Body
 * conversions are remembered apart, by the body's text ({@link BodyCache}), and survive both.
 */
public final class CollectionReader {

    private record Stamp(long size, FileTime modified) {
    }

    private record Cached(Stamp stamp, ContentReader.Result result) {
    }

    private final SourceFolders folders;
    private final Map<Path, Cached> cache = new ConcurrentHashMap<>();
    private SiteData data;
    private List<Problem> dataProblems;
    private List<Problem> strayDataProblems;
    private ContentReader reader;

    private final BodyCache bodies;

    public CollectionReader(SourceFolders folders) {
        this(folders, BodyCache.empty());
    }

    /** A reader that reuses (and adds to) the body conversions {@code bodies} remembers. */
    public CollectionReader(SourceFolders folders, BodyCache bodies) {
        this.folders = folders;
        this.bodies = bodies;
    }

    public SourceFolders folders() {
        return folders;
    }

    /** Forgets the data folder and everything read against it. */
    public synchronized void dataChanged() {
        data = null;
        cache.clear();
    }

    /** Reads the collection, re-reading only files changed since the last call. */
    public synchronized SiteModel read() {
        return read(file -> true);
    }

    /**
     * Reads the collection, converting the bodies only of the files {@code inFull} accepts; every
     * other file is read up to its header, which is all the rules about the whole collection
     * (addresses, names, duplicates, links between articles) need of it. Only the problems of the
     * files read in full (and of the data folder) then say anything: {@code check FILE} reads this way.
     */
    public synchronized SiteModel read(Predicate<Path> inFull) {
        SourceTree.Listing listing = SourceTree.walk(folders);
        loadData(listing.data());
        if (!dataProblems.isEmpty()) {
            // Every article would fail against a broken vocabulary: report the data files alone.
            TreeSet<Problem> problems = new TreeSet<>(dataProblems);
            problems.addAll(strayDataProblems);
            return model(List.of(), List.of(), List.of(), 0, new TaxonomyBuilder(data).build(List.of()).taxonomies(),
                    Map.of(), Map.of(), problems, Map.of(), false);
        }
        // A set to look in: retainAll on the listing (a List) compared every cached path with every file, O(n²).
        cache.keySet().retainAll(new HashSet<>(listing.content()));
        List<ContentReader.Result> results = listing.content().parallelStream()
                .map(file -> inFull.test(file) ? readCached(file) : reader.readHeader(file))
                .toList();

        TreeSet<Problem> problems = new TreeSet<>(listing.problems());
        problems.addAll(strayDataProblems);
        Map<Path, List<String>> warnings = new TreeMap<>();
        List<ContentFile> valid = new ArrayList<>();
        for (ContentReader.Result result : results) {
            problems.addAll(result.problems());
            result.content().ifPresent(file -> {
                valid.add(file);
                if (!file.warnings().isEmpty()) {
                    warnings.put(file.file(), file.warnings());
                }
            });
        }
        CollectionRules.Result rules = CollectionRules.apply(valid, folders.root());
        problems.addAll(rules.problems());

        List<PublishedArticle> articles = new ArrayList<>();
        List<PublishedArticle> withdrawn = new ArrayList<>();
        List<ContentFile> pages = new ArrayList<>();
        int drafts = 0;
        for (ContentFile file : rules.kept()) {
            if (file.metadata().status() == Status.DRAFT) {
                drafts++;
            } else if (file.metadata() instanceof ArticleMetadata meta && meta.isWithdrawn()) {
                withdrawn.add(new PublishedArticle(file, meta));
            } else if (file.metadata() instanceof ArticleMetadata meta) {
                articles.add(new PublishedArticle(file, meta));
            } else {
                pages.add(file);
            }
        }
        articles.sort(PublishedArticle.NEWEST_FIRST);
        withdrawn.sort(PublishedArticle.NEWEST_FIRST);
        TaxonomyBuilder.Result taxonomies = new TaxonomyBuilder(data).build(articles);
        problems.addAll(taxonomies.problems());
        String offlineCopy = offlineCopyName();
        SiteFiles siteFiles = SiteFiles.of(folders, listing, valid,
                path -> ReservedPaths.writes(path, taxonomies.taxonomies()) || path.equals(offlineCopy));
        problems.addAll(new AliasRules(siteFiles, folders.root()).problems(rules.kept()));
        problems.addAll(new LocalLinkCheck(siteFiles, folders.root(), folders.content()).problems(valid));
        problems.addAll(new DuplicateArticles(folders.root()).problems(valid));
        problems.addAll(new Translations().problems(valid));
        return model(articles, withdrawn, pages, drafts, taxonomies.taxonomies(),
                sitePaths(listing.resources(), folders.content()), sitePaths(listing.assets(), folders.assets()),
                problems, warnings, true);
    }

    // The offline copy is published beside the site's root (see the Pages workflow): pages may link it.
    private String offlineCopyName() {
        try {
            return SiteSettings.read(folders.root()).offlineCopy();
        } catch (IllegalStateException e) {
            return "";
        }
    }

    private SiteModel model(List<PublishedArticle> articles, List<PublishedArticle> withdrawn,
                            List<ContentFile> pages, int drafts,
                            Taxonomies taxonomies, Map<Path, String> resources, Map<Path, String> assets,
                            TreeSet<Problem> problems, Map<Path, List<String>> warnings, boolean contentChecked) {
        RelatedArticles related = new RelatedArticles(articles, taxonomies);
        return new SiteModel(folders, data, List.copyOf(articles), List.copyOf(withdrawn), List.copyOf(pages), drafts, taxonomies, related,
                resources, assets, DataProblemsFirst.order(problems, folders.data(), false), warnings,
                contentChecked);
    }

    private void loadData(List<Path> yamlFiles) {
        if (data != null) {
            return;
        }
        SiteDataLoader loader = new SiteDataLoader(folders.data());
        data = loader.load();
        dataProblems = loader.problems();
        // Files the collection does not use are still data contributors wrote: they must be safe YAML.
        List<Problem> stray = new ArrayList<>();
        for (Path file : yamlFiles) {
            if (!SiteDataLoader.FILES.contains(file.getFileName().toString())) {
                stray.addAll(checkYaml(file));
            }
        }
        strayDataProblems = List.copyOf(stray);
        reader = new ContentReader(folders.content(), data, bodies);
    }

    private static List<Problem> checkYaml(Path file) {
        Problems found = new Problems(file);
        try {
            YamlNodes.parse(TextFiles.read(file), found);
        } catch (IOException e) {
            found.add(0, "file", "cannot be read: " + e.getMessage());
        }
        return found.list();
    }

    private ContentReader.Result readCached(Path file) {
        Stamp stamp = stamp(file);
        Cached cached = cache.get(file);
        if (cached != null && cached.stamp().equals(stamp)) {
            return cached.result();
        }
        ContentReader.Result result = reader.read(file);
        cache.put(file, new Cached(stamp, result));
        return result;
    }

    private static Stamp stamp(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return new Stamp(attributes.size(), attributes.lastModifiedTime());
        } catch (IOException e) {
            return new Stamp(-1, FileTime.fromMillis(0));
        }
    }

    private static Map<Path, String> sitePaths(List<Path> files, Path folder) {
        Map<Path, String> paths = new LinkedHashMap<>();
        files.forEach(file -> paths.put(file, ContentPaths.relative(folder, file)));
        return paths;
    }
}
