package org.commentary.tooling.serve;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.commentary.site.SiteSettings;

/** jbake.properties read into the build's settings, the keys {@code mvn package} hands the pipeline. */
final class SettingsFile {

    static final String NAME = "jbake.properties";

    private SettingsFile() {
    }

    /**
     * The settings in {@code root}/jbake.properties.
     *
     * @throws IllegalStateException when the file cannot be read or a setting is wrong (the message says which)
     */
    static SiteSettings read(Path root) {
        Properties properties = new Properties();
        Path file = root.resolve(NAME);
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException(NAME + " cannot be read: " + e.getMessage(), e);
        }
        return SiteSettings.from(properties::getProperty);
    }
}
