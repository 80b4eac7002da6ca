package org.commentary.validation.collection;

import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.commentary.content.ContentFile;
import org.commentary.content.ContentPaths;
import org.commentary.model.Status;
import org.commentary.source.SourceFolders;
import org.commentary.source.SourceTree;

/**
 * Every file the built site will hold, by its path from the site root ('/'-separated), and what
 * puts it there. Local links and images in articles must point at one of them.
 */
public final class SiteFiles {

    /** What puts a file into the site. */
    public enum Kind {
        /** A published article's or page's page. */
        PAGE,
        /** A draft's page: only written once the draft is published. */
        DRAFT,
        /** The page of a content file with problems of its own (reported with that file). */
        UNCHECKED,
        /** A file copied as it is: an image beside an article, or a file from the assets folder. */
        COPIED,
        /** A page the site writes itself: home, archive, listings, feeds. */
        SITE,
        /** The redirect page at an earlier address of a moved article. */
        ALIAS
    }

    private final Map<String, Kind> files = new HashMap<>();
    private final Map<String, String> pageOfSource = new HashMap<>();
    private final Predicate<String> writtenBySite;

    private SiteFiles(Predicate<String> writtenBySite) {
        this.writtenBySite = writtenBySite;
    }

    /**
     * The files of a site built from {@code folders}, as {@code listing} found them.
     *
     * @param checked       the content files that passed their own checks (their status is known)
     * @param writtenBySite whether the site writes a path itself
     */
    public static SiteFiles of(SourceFolders folders, SourceTree.Listing listing, Collection<ContentFile> checked,
                               Predicate<String> writtenBySite) {
        SiteFiles site = new SiteFiles(writtenBySite);
        listing.assets().forEach(file -> site.files.put(ContentPaths.relative(folders.assets(), file), Kind.COPIED));
        listing.resources().forEach(file -> site.files.put(ContentPaths.relative(folders.content(), file),
                Kind.COPIED));
        for (Path source : listing.content()) {
            String relative = ContentPaths.relative(folders.content(), source);
            String output = ContentPaths.outputPath(relative);
            site.pageOfSource.put(relative, output);
            site.files.put(output, Kind.UNCHECKED);
        }
        for (ContentFile file : checked) {
            site.files.put(file.outputPath(), file.metadata().status() == Status.DRAFT ? Kind.DRAFT : Kind.PAGE);
        }
        return site;
    }

    /** Adds the redirect page at a moved article's earlier address ({@link AliasRules} checked it is free). */
    void addAlias(String path, boolean ofDraft) {
        files.putIfAbsent(path, ofDraft ? Kind.DRAFT : Kind.ALIAS);
    }

    /** What puts {@code path} into the site, if anything does. */
    public Optional<Kind> kindOf(String path) {
        Kind kind = files.get(path);
        if (kind == null && writtenBySite.test(path)) {
            kind = Kind.SITE;
        }
        return Optional.ofNullable(kind);
    }

    /** The page published from the content file at {@code sourcePath} (below the content folder), if it is one. */
    public Optional<String> pageOfSource(String sourcePath) {
        return Optional.ofNullable(pageOfSource.get(sourcePath));
    }

    /** The names of the files directly in {@code folder} ("" for the root), for "did you mean" hints. */
    public List<String> namesIn(String folder) {
        String prefix = folder.isEmpty() || folder.endsWith("/") ? folder : folder + "/";
        return files.keySet().stream()
                .filter(path -> path.startsWith(prefix) && path.indexOf('/', prefix.length()) < 0)
                .map(path -> path.substring(prefix.length()))
                .sorted()
                .toList();
    }
}
