package org.commentary.site;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
