package org.commentary.vocabulary;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.commentary.files.TextFiles;
import org.commentary.validation.LanguageTags;
import org.commentary.validation.Problem;
import org.commentary.validation.Problems;
import org.commentary.validation.RobotsRule;
import org.commentary.validation.Urls;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;

/** Loads and checks the data folder: collection texts, region and theme vocabularies, profiles. */
public final class SiteDataLoader {

    public static final String COLLECTION = "collection.yml";

    // RFC 4151: a DNS name or e-mail address, then the date it was held (year, month or day).
    private static final Pattern TAG_AUTHORITY = Pattern.compile(
            "([a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*|[^@\\s,:]+@[a-z0-9.-]+)"
                    + ",\\d{4}(?:-\\d{2}(?:-\\d{2})?)?");
    public static final String REGIONS = "regions.yml";
    public static final String THEMES = "themes.yml";
    public static final String AUTHORS = "authors.yml";
    public static final String SOURCES = "sources.yml";
    /** Every file the collection reads from its data folder. */
    public static final Set<String> FILES = Set.of(COLLECTION, REGIONS, THEMES, AUTHORS, SOURCES);

    private final Path dataFolder;
    private final List<Problem> problems = new ArrayList<>();

    public SiteDataLoader(Path dataFolder) {
        this.dataFolder = dataFolder;
    }

    /** Loads every data file; {@link #problems()} says what was wrong with them. */
    public SiteData load() {
        Collection collection = loadCollection();
        TermList regions = loadTerms(REGIONS);
        TermList themes = loadTerms(THEMES);
        Map<String, Profile> authors = loadProfiles(AUTHORS, "bio");
        Map<String, Profile> sources = loadProfiles(SOURCES, "description");
        return new SiteData(collection, regions, themes, authors, sources);
    }

    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    private Collection loadCollection() {
        Problems found = new Problems(dataFolder.resolve(COLLECTION));
        Optional<Node> root = read(found, true);
        if (root.isEmpty()) {
            // Missing or unreadable: that one problem says it all.
            problems.addAll(found.list());
            return new Collection("", "", "", "");
        }
        Map<String, YamlNodes.Value> fields = root
                .filter(node -> node instanceof MappingNode || complain(found, node, "expected fields such as \"name: ...\""))
                .map(node -> YamlNodes.scalars((MappingNode) node, found))
                .orElse(Map.of());
        YamlNodes.Entry entry = new YamlNodes.Entry(fields, 1);
        String name = required(entry, "name", found);
        String disclaimer = required(entry, "disclaimer", found);
        String fairUse = required(entry, "fair_use", found);
        String language = entry.text("language").map(String::strip).filter(text -> !text.isEmpty())
                .orElse(Collection.DEFAULT_LANGUAGE);
        Optional<String> tag = LanguageTags.normalise(language);
        if (tag.isEmpty()) {
            found.add(entry.lineOf("language"), "language", "\"" + language + "\" is not a BCP 47 language tag; give"
                    + " the language of the collection's pages, " + LanguageTags.EXAMPLES);
        }
        Collection defaults = new Collection(name, "", "", "");
        String robots = entry.text("article_robots").map(value -> RobotsRule.parse(value).orElseGet(() -> {
            found.add(entry.lineOf("article_robots"), "article_robots", "\"" + value + "\" is not a robots rule;"
                    + " use \"noindex, follow\" (the default: the original stays the version search engines show)"
                    + " or \"index, follow\"");
            return defaults.articleRobots();
        })).orElse(defaults.articleRobots());
        String canonical = entry.text("article_canonical").orElse("collection");
        if (!canonical.equals("collection") && !canonical.equals("original")) {
            found.add(entry.lineOf("article_canonical"), "article_canonical", "\"" + canonical + "\" is not a"
                    + " choice; use \"collection\" (each article's own page here, the default) or \"original\"");
        }
        String authority = entry.text("tag_authority").orElse(defaults.tagAuthority());
        if (entry.text("tag_authority").isPresent() && !TAG_AUTHORITY.matcher(authority).matches()) {
            found.add(entry.lineOf("tag_authority"), "tag_authority", "\"" + authority + "\" is not a tag"
                    + " authority; give a domain or e-mail address the collection controls, a comma and the date"
                    + " it did, e.g. \"commentary-ledger.example,2024\"");
        }
        problems.addAll(found.list());
        return new Collection(name, entry.text("tagline").orElse(""), disclaimer, fairUse,
                tag.orElse(Collection.DEFAULT_LANGUAGE), robots, canonical.equals("original"), authority);
    }

    private TermList loadTerms(String fileName) {
        Problems found = new Problems(dataFolder.resolve(fileName));
        List<Term> terms = new ArrayList<>();
        Map<String, Integer> slugLines = new HashMap<>();
        Map<String, Integer> nameLines = new HashMap<>();
        for (YamlNodes.Entry entry : entries(found, true)) {
            String name = required(entry, "name", found);
            if (name.isEmpty()) {
                continue;
            }
            String slug = entry.text("slug").orElse(Slugs.of(name));
            if (!Slugs.isValid(slug)) {
                found.add(entry.lineOf("slug"), "slug", "\"" + slug + "\" is not a valid slug; use lower-case"
                        + " letters, digits and '-', e.g. \"" + Slugs.of(name) + "\"");
            }
            Integer earlier = nameLines.putIfAbsent(name.toLowerCase(Locale.ROOT), entry.line());
            if (earlier != null) {
                found.add(entry.lineOf("name"), "name", "\"" + name + "\" is already defined on line " + earlier);
            }
            Integer clash = slugLines.putIfAbsent(slug, entry.line());
            if (clash != null && earlier == null) {
                found.add(entry.lineOf("name"), "slug", "\"" + name + "\" has the slug \"" + slug
                        + "\", already used by the entry on line " + clash + "; give one of them another slug");
            }
            terms.add(new Term(name, slug, entry.text("description").orElse("")));
        }
        reportNamesThatAreOtherSlugs(terms, nameLines, slugLines, found);
        if (terms.isEmpty() && found.isEmpty()) {
            found.add(0, "yaml", "no entries; add at least one \"- name: ...\"");
        }
        problems.addAll(found.list());
        return new TermList(YamlNodes.describe(dataFolder, fileName), terms);
    }

    // Terms are looked up by name or slug: a name that is another term's slug could never be chosen.
    private static void reportNamesThatAreOtherSlugs(List<Term> terms, Map<String, Integer> nameLines,
                                                     Map<String, Integer> slugLines, Problems found) {
        Map<String, Term> bySlug = new HashMap<>();
        terms.forEach(term -> bySlug.putIfAbsent(term.slug(), term));
        for (Term term : terms) {
            Term other = bySlug.get(term.name().toLowerCase(Locale.ROOT));
            // Two spellings of one name are already reported as a duplicate.
            if (other != null && other != term && !other.name().equalsIgnoreCase(term.name())) {
                found.add(nameLines.get(term.name().toLowerCase(Locale.ROOT)), "name", "\"" + term.name()
                        + "\" is also the slug of \"" + other.name() + "\" (line " + slugLines.get(other.slug())
                        + "), so articles naming it would get that term; rename one of them");
            }
        }
    }

    private Map<String, Profile> loadProfiles(String fileName, String aboutField) {
        Problems found = new Problems(dataFolder.resolve(fileName));
        Map<String, Profile> profiles = new LinkedHashMap<>();
        for (YamlNodes.Entry entry : entries(found, false)) {
            String name = required(entry, "name", found);
            if (name.isEmpty()) {
                continue;
            }
            String url = entry.text("url").orElse("");
            if (!url.isEmpty() && !Urls.isWebUrl(url)) {
                found.add(entry.lineOf("url"), "url", "\"" + url + "\" is not an http(s) address");
            }
            Profile profile = new Profile(name, entry.text(aboutField).orElse(""), url);
            if (profiles.putIfAbsent(name.toLowerCase(Locale.ROOT), profile) != null) {
                found.add(entry.lineOf("name"), "name", "\"" + name + "\" is listed twice; merge the entries");
            }
        }
        problems.addAll(found.list());
        return profiles;
    }

    private List<YamlNodes.Entry> entries(Problems found, boolean required) {
        return read(found, required).map(node -> YamlNodes.entries(node, found)).orElse(List.of());
    }

    private Optional<Node> read(Problems found, boolean required) {
        Path file = found.file();
        if (!Files.isRegularFile(file)) {
            if (required) {
                found.add(0, "file", "missing; the build needs this data file");
            }
            return Optional.empty();
        }
        try {
            return YamlNodes.parse(TextFiles.read(file), found);
        } catch (IOException e) {
            found.add(0, "file", "cannot be read: " + e.getMessage());
            return Optional.empty();
        }
    }

    private static boolean complain(Problems found, Node node, String message) {
        found.add(YamlNodes.line(node), "yaml", message);
        return false;
    }

    private static String required(YamlNodes.Entry entry, String field, Problems found) {
        Optional<String> value = entry.text(field);
        if (value.isEmpty()) {
            found.add(entry.line(), field, "missing; every entry needs a \"" + field + ":\"");
        }
        return value.orElse("");
    }

}
