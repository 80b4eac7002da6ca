package org.commentary.site;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** The site's data files and settings, read with a plain YAML parser and java.util.Properties. */
public final class DataFiles {

    private final Path sourceRoot;

    public DataFiles(Path sourceRoot) {
        this.sourceRoot = sourceRoot;
    }

    /** A text of data/collection.yml (name, disclaimer, fair_use, ...), whitespace collapsed. */
    public String collectionText(String key) {
        Object value = ((Map<?, ?>) load("collection.yml")).get(key);
        if (!(value instanceof String text) || text.isBlank()) {
            throw new IllegalStateException("data/collection.yml has no text for \"" + key + "\"");
        }
        return collapse(text);
    }

    /** A setting of data/collection.yml that may be left out (such as language), or empty. */
    public Optional<String> collectionSetting(String key) {
        Object value = ((Map<?, ?>) load("collection.yml")).get(key);
        return value instanceof String text && !text.isBlank() ? Optional.of(text.strip()) : Optional.empty();
    }

    /** The display name of a region or theme written in a header as its name or its slug. */
    public Optional<String> termName(String vocabularyFile, String nameOrSlug) {
        String wanted = nameOrSlug.strip().toLowerCase(Locale.ROOT);
        for (Object entry : (List<?>) load(vocabularyFile)) {
            Map<?, ?> term = (Map<?, ?>) entry;
            String name = String.valueOf(term.get("name"));
            Object slug = term.get("slug");
            if (name.toLowerCase(Locale.ROOT).equals(wanted)
                    || (slug != null && String.valueOf(slug).toLowerCase(Locale.ROOT).equals(wanted))) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    /** A region or theme as data/regions.yml or data/themes.yml defines it. */
    public record VocabularyTerm(String name, String slug, String description) {
    }

    /** An author (data/authors.yml: bio) or outlet (data/sources.yml: description) with its home page. */
    public record Profile(String name, String about, String url) {
    }

    /** Every entry of a vocabulary file, in file order. */
    public List<VocabularyTerm> vocabulary(String vocabularyFile) {
        List<VocabularyTerm> terms = new ArrayList<>();
        for (Object entry : (List<?>) load(vocabularyFile)) {
            Map<?, ?> term = (Map<?, ?>) entry;
            terms.add(new VocabularyTerm(text(term, "name"), text(term, "slug"), text(term, "description")));
        }
        return terms;
    }

    /** The vocabulary entry a header names by its name or its slug (case ignored). */
    public Optional<VocabularyTerm> vocabularyTerm(String vocabularyFile, String nameOrSlug) {
        String wanted = nameOrSlug.strip();
        return vocabulary(vocabularyFile).stream()
                .filter(term -> term.name().equalsIgnoreCase(wanted) || term.slug().equalsIgnoreCase(wanted))
                .findFirst();
    }

    /** The names in data/authors.yml or data/sources.yml, in file order; none when the file is missing. */
    public List<String> profileNames(String profileFile) {
        if (!Files.isRegularFile(sourceRoot.resolve("data").resolve(profileFile))
                || !(load(profileFile) instanceof List<?> entries)) {
            return List.of();
        }
        return entries.stream().map(entry -> text((Map<?, ?>) entry, "name")).filter(name -> !name.isEmpty()).toList();
    }

    /**
     * The profile of {@code name} in data/authors.yml ({@code aboutKey} "bio") or data/sources.yml
     * ("description"); empty when the file or the entry is missing.
     */
    public Optional<Profile> profile(String profileFile, String aboutKey, String name) {
        if (!Files.isRegularFile(sourceRoot.resolve("data").resolve(profileFile))) {
            return Optional.empty();
        }
        Object loaded = load(profileFile);
        if (!(loaded instanceof List<?> entries)) {
            return Optional.empty();
        }
        for (Object entry : entries) {
            Map<?, ?> profile = (Map<?, ?>) entry;
            if (text(profile, "name").equalsIgnoreCase(name.strip())) {
                return Optional.of(new Profile(text(profile, "name"), collapse(text(profile, aboutKey)),
                        text(profile, "url")));
            }
        }
        return Optional.empty();
    }

    /** A setting of jbake.properties, or empty. */
    public Optional<String> setting(String key) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(sourceRoot.resolve("jbake.properties"), StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Optional.ofNullable(properties.getProperty(key)).map(String::strip).filter(value -> !value.isEmpty());
    }

    /**
     * The base of every absolute URL, ending in '/': the {@code site.url} system property when set
     * ({@code mvn verify -Dsite.url=...} reaches both the bake and these tests), else jbake.properties.
     */
    public String siteUrl() {
        String value = System.getProperty("site.url");
        if (value == null || value.isBlank()) {
            value = setting("site.url").orElseThrow(() -> new IllegalStateException("jbake.properties has no site.url"));
        }
        value = value.strip();
        return value.endsWith("/") ? value : value + "/";
    }

    private static String text(Map<?, ?> entry, String key) {
        Object value = entry.get(key);
        return value == null ? "" : String.valueOf(value).strip();
    }

    /** An integer setting of jbake.properties. */
    public int intSetting(String key) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(sourceRoot.resolve("jbake.properties"), StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String value = properties.getProperty(key);
        if (value == null) {
            throw new IllegalStateException("jbake.properties has no " + key);
        }
        return Integer.parseInt(value.strip());
    }

    private Object load(String fileName) {
        try {
            return new Load(LoadSettings.builder().build())
                    .loadFromString(Files.readString(sourceRoot.resolve("data").resolve(fileName)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whitespace as a browser (and jsoup's {@code text()}) shows it: runs collapsed to one space. */
    public static String collapse(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }
}
