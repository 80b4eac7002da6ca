package org.commentary.validation.collection;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.commentary.content.ContentFile;
import org.commentary.content.SourceLines;
import org.commentary.model.ArticleMetadata;
import org.commentary.validation.Problem;

/**
 * The same article republished twice: two files with the same original ({@code source_url}), or
 * with the same title by the same authors. Drafts count too (they will be published). Each file's
 * problem names the other files, so whichever one a contributor opens says what to do.
 *
 * <p>Addresses are compared as readers would: {@code http} and {@code https}, a leading
 * {@code www.}, the case of the host, a trailing '/' and a {@code #fragment} make no difference.
 * Titles and author names are compared regardless of case and spacing, authors in any order. Two
 * language versions of one piece (one names the other in {@code translation_of}) share their original.
 */
public final class DuplicateArticles {

    private static final int MAX_NAMED = 3;

    private final Path sourceRoot;

    /** Paths in messages are shown from {@code sourceRoot}. */
    public DuplicateArticles(Path sourceRoot) {
        this.sourceRoot = sourceRoot;
    }

    /** One problem per duplicated file, on its {@code source_url} or {@code title} line. */
    public List<Problem> problems(Collection<ContentFile> files) {
        List<ContentFile> articles = files.stream().filter(f -> f.metadata() instanceof ArticleMetadata).toList();
        Map<Path, Set<ContentFile>> sameOriginal = groups(articles, f -> originalKey(meta(f).sourceUrl()));
        Map<Path, Set<ContentFile>> sameTitle = groups(articles, f -> titleKey(meta(f)));
        List<Problem> problems = new ArrayList<>();
        for (ContentFile file : articles) {
            Set<ContentFile> original = sameOriginal.getOrDefault(file.file(), Set.of());
            Set<ContentFile> title = new HashSet<>(sameTitle.getOrDefault(file.file(), Set.of()));
            title.removeAll(original);
            if (!original.isEmpty()) {
                problems.add(new Problem(file.file(), SourceLines.of(file).field("source_url"), "source_url",
                        "the same article as " + names(original) + " (the same source_url, " + meta(file).sourceUrl()
                                + "); keep one file and delete " + others(original) + ", or correct the source_url"
                                + " if this one republishes a different original"));
            }
            if (!title.isEmpty()) {
                problems.add(new Problem(file.file(), SourceLines.of(file).field("title"), "title",
                        "the same article as " + names(title) + " (the same title by the same authors); keep one"
                                + " file and delete " + others(title) + ", or give this one its own title if it is"
                                + " a different article"));
            }
        }
        return problems;
    }

    // For each file (by path) sharing a key with others, those others.
    private static Map<Path, Set<ContentFile>> groups(List<ContentFile> articles, Function<ContentFile, String> key) {
        Map<String, List<ContentFile>> byKey = articles.stream()
                .collect(Collectors.groupingBy(key, LinkedHashMap::new, Collectors.toList()));
        Map<Path, Set<ContentFile>> others = new HashMap<>();
        for (List<ContentFile> group : byKey.values()) {
            if (group.size() > 1) {
                for (ContentFile file : group) {
                    Set<ContentFile> rest = new HashSet<>(group);
                    rest.remove(file);
                    // A translation republishes the same original as the version it translates.
                    rest.removeIf(other -> languageVersions(file, other));
                    if (!rest.isEmpty()) {
                        others.put(file.file(), rest);
                    }
                }
            }
        }
        return others;
    }

    // Two language versions of one piece: one names the other in translation_of (see Translations).
    private static boolean languageVersions(ContentFile a, ContentFile b) {
        return meta(a).languages().translationOf().equals(b.path()) || meta(b).languages().translationOf()
                .equals(a.path());
    }

    // At most three names: each of twenty copies would otherwise list the other nineteen.
    private String names(Set<ContentFile> files) {
        List<String> names = files.stream()
                .map(f -> sourceRoot.relativize(f.file().toAbsolutePath().normalize()).toString().replace('\\', '/'))
                .sorted().toList();
        if (names.size() > MAX_NAMED) {
            int more = names.size() - MAX_NAMED;
            return String.join(", ", names.subList(0, MAX_NAMED)) + " and " + more + " other file" + (more == 1 ? "" : "s");
        }
        return names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    private static String others(Set<ContentFile> files) {
        return files.size() == 1 ? "the other" : "the others";
    }

    private static ArticleMetadata meta(ContentFile file) {
        return (ArticleMetadata) file.metadata();
    }

    /** The address without what does not change which page it is (import compares with it too). */
    public static String originalKey(String url) {
        String trimmed = url.strip();
        try {
            URI uri = new URI(trimmed);
            String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
            host = host.startsWith("www.") ? host.substring(4) : host;
            String path = uri.getRawPath() == null ? "" : uri.getRawPath();
            path = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
            String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
            return host + (uri.getPort() < 0 ? "" : ":" + uri.getPort()) + path + query;
        } catch (URISyntaxException e) {
            return trimmed.toLowerCase(Locale.ROOT);
        }
    }

    /** The title and the authors, compared regardless of case, spacing and the authors' order. */
    public static String titleKey(ArticleMetadata meta) {
        return titleKey(meta.title(), meta.authors());
    }

    /** The same key for a title and authors not read from a file yet. */
    public static String titleKey(String title, List<String> authors) {
        String names = authors.stream().map(DuplicateArticles::words).sorted().collect(Collectors.joining("\n"));
        return words(title) + "\n\n" + names;
    }

    private static String words(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
