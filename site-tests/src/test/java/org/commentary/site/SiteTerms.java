package org.commentary.site;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.jsoup.nodes.Element;

/**
 * The four taxonomies a baked site should have, computed by the tests from the content headers and the
 * data files, not from the extension's code: which terms exist, which published articles carry each
 * one (newest first), their descriptions and home pages, and where their pages are.
 *
 * <p>Region and theme pages are named by the slugs in data/regions.yml and data/themes.yml. Author and
 * source pages, and those of regions and themes the data files give no slug, are found by following the
 * links the article pages make to them (the slug rule is the extension's business; the tests check that
 * every article agrees on one page per name and that the page is that name's page). From a term's first
 * page the README's layout gives the rest: {@code regions/europe.html}, {@code regions/europe/2.html}, ...,
 * and the feed {@code regions/europe.xml}.
 */
final class SiteTerms {

    /** A taxonomy: its folder, the header field its terms come from and the data file describing them. */
    enum Kind {
        REGION("regions", "region", "Regions", "regions.yml", null),
        THEME("themes", "theme", "Themes", "themes.yml", null),
        AUTHOR("authors", "author", "Authors", "authors.yml", "bio"),
        SOURCE("sources", "source", "Sources", "sources.yml", "description");

        final String folder;
        final String field;
        final String label;
        final String dataFile;
        /** The profile field holding the text shown as the term's description; null for vocabularies. */
        final String aboutKey;

        Kind(String folder, String field, String label, String dataFile, String aboutKey) {
            this.folder = folder;
            this.field = field;
            this.label = label;
            this.dataFile = dataFile;
            this.aboutKey = aboutKey;
        }

        String indexPath() {
            return folder + "/index.html";
        }

        boolean isVocabulary() {
            return aboutKey == null;
        }
    }

    /**
     * One term and its published articles, newest first.
     *
     * @param path        site path of the term's first page
     * @param description the data file's description or bio, whitespace collapsed ("" when none)
     * @param homepage    the data file's url ("" when none)
     */
    record Term(Kind kind, String name, String path, String description, String homepage,
                List<ContentHeader> articles) {

        /** Page {@code number} of the listing: {@code regions/europe.html}, then {@code regions/europe/2.html}. */
        String pagePath(int number) {
            return number == 1 ? path : stem() + "/" + number + ".html";
        }

        int pageCount(int pageSize) {
            return Math.max(1, (articles.size() + pageSize - 1) / pageSize);
        }

        List<String> pagePaths(int pageSize) {
            List<String> paths = new ArrayList<>();
            for (int number = 1; number <= pageCount(pageSize); number++) {
                paths.add(pagePath(number));
            }
            return paths;
        }

        String feedPath() {
            return stem() + ".xml";
        }

        private String stem() {
            return path.substring(0, path.length() - ".html".length());
        }

        @Override
        public String toString() {
            return kind.field + " \"" + name + "\"";
        }
    }

    /** Newest first; equal dates by path, which the assertions treat as interchangeable. */
    static final Comparator<ContentHeader> NEWEST_FIRST = Comparator.comparing(ContentHeader::date).reversed()
            .thenComparing(ContentHeader::outputPath);

    private final Map<Kind, List<Term>> terms = new LinkedHashMap<>();
    private final Map<Kind, Set<String>> draftOnly = new LinkedHashMap<>();

    private SiteTerms() {
    }

    /**
     * Computes the taxonomies of {@code content} (every header under content/; drafts and pages are left
     * out here). Author and source paths come from the links on the published article pages of {@code site}.
     */
    static SiteTerms of(SiteUnderTest site, DataFiles data, List<ContentHeader> content) {
        List<ContentHeader> published = content.stream().filter(ContentHeader::isArticle)
                .filter(ContentHeader::isPublished).sorted(NEWEST_FIRST).toList();
        List<ContentHeader> drafts = content.stream().filter(ContentHeader::isArticle).filter(ContentHeader::isDraft)
                .toList();
        SiteTerms result = new SiteTerms();
        for (Kind kind : Kind.values()) {
            Map<String, List<ContentHeader>> byName = new LinkedHashMap<>();
            for (ContentHeader article : published) {
                for (String name : names(data, kind, article)) {
                    byName.computeIfAbsent(name, n -> new ArrayList<>()).add(article);
                }
            }
            List<Term> list = new ArrayList<>();
            byName.forEach((name, articles) -> list.add(term(site, data, kind, name, articles)));
            result.terms.put(kind, List.copyOf(list));

            Set<String> onlyInDrafts = new TreeSet<>();
            drafts.forEach(draft -> onlyInDrafts.addAll(names(data, kind, draft)));
            onlyInDrafts.removeAll(byName.keySet());
            result.draftOnly.put(kind, onlyInDrafts);
        }
        return result;
    }

    /** The terms of one taxonomy, in the order first met (not the order the site lists them). */
    List<Term> terms(Kind kind) {
        return terms.get(kind);
    }

    List<Term> all() {
        return terms.values().stream().flatMap(List::stream).toList();
    }

    Term term(Kind kind, String name) {
        return terms(kind).stream().filter(term -> term.name().equals(name)).findFirst()
                .orElseGet(() -> fail("no " + kind.field + " \"" + name + "\" among the published articles"));
    }

    /** Names that only drafts carry: they must have no page, no listing and no feed. */
    Set<String> draftOnlyNames(Kind kind) {
        return draftOnly.get(kind);
    }

    /** Every file the taxonomies add to the site: index pages, term pages with their later pages, feeds. */
    Set<String> files(int pageSize) {
        Set<String> files = new TreeSet<>();
        for (Kind kind : Kind.values()) {
            files.add(kind.indexPath());
            for (Term term : terms(kind)) {
                files.addAll(term.pagePaths(pageSize));
                files.add(term.feedPath());
            }
        }
        return files;
    }

    /** The display names an article carries in one taxonomy, in header order. */
    static List<String> names(DataFiles data, Kind kind, ContentHeader article) {
        return switch (kind) {
            case REGION, THEME -> article.list(kind.field).stream()
                    .map(value -> data.vocabularyTerm(kind.dataFile, value).map(DataFiles.VocabularyTerm::name)
                            .orElseGet(() -> fail(article + ": \"" + value + "\" is not in data/" + kind.dataFile)))
                    .toList();
            case AUTHOR -> article.list("author");
            case SOURCE -> List.of(article.get("source"));
        };
    }

    private static Term term(SiteUnderTest site, DataFiles data, Kind kind, String name, List<ContentHeader> articles) {
        if (kind.isVocabulary()) {
            DataFiles.VocabularyTerm entry = data.vocabularyTerm(kind.dataFile, name).orElseThrow();
            // Without a slug in the data file the build derives one (its rule is the extension's business):
            // the page is then where the article pages link the term to, as for authors and sources.
            String path = entry.slug().isEmpty() ? linkedPath(site, kind, name, articles)
                    : kind.folder + "/" + entry.slug() + ".html";
            return new Term(kind, name, path, DataFiles.collapse(entry.description()), "", List.copyOf(articles));
        }
        Optional<DataFiles.Profile> profile = data.profile(kind.dataFile, kind.aboutKey, name);
        return new Term(kind, name, linkedPath(site, kind, name, articles),
                profile.map(DataFiles.Profile::about).orElse(""), profile.map(DataFiles.Profile::url).orElse(""),
                List.copyOf(articles));
    }

    /** Where the article pages carrying {@code name} link it to: one page in the taxonomy's folder. */
    private static String linkedPath(SiteUnderTest site, Kind kind, String name, List<ContentHeader> articles) {
        Set<String> targets = new LinkedHashSet<>();
        List<String> without = new ArrayList<>();
        for (ContentHeader article : articles) {
            String page = article.outputPath();
            if (!site.exists(page)) {
                without.add(page + " (no such page)");
                continue;
            }
            List<String> found = new ArrayList<>();
            for (Element link : site.page(page).select("main article header a[href]")) {
                if (link.text().equals(name)) {
                    site.resolve(page, link.attr("href")).filter(path -> path.startsWith(kind.folder + "/"))
                            .ifPresent(found::add);
                }
            }
            if (found.isEmpty()) {
                without.add(page);
            }
            targets.addAll(found);
        }
        if (!without.isEmpty()) {
            fail("The " + kind.field + " \"" + name + "\" is not linked to a page under " + kind.folder + "/ in the"
                    + " article header of: " + without);
        }
        if (targets.size() != 1) {
            fail("Articles link the " + kind.field + " \"" + name + "\" to different pages: " + targets);
        }
        return targets.iterator().next();
    }
}
