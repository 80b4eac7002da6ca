package org.commentary.tooling;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tests' sites are built from the fixture collection, never from the repository's content/ and data/, and
 * the jbake.properties values the tests rely on hold whatever the repository's file says.
 */
class TestSiteTest {

    @TempDir
    Path folder;

    @Test
    void aSiteHoldsTheFixturesDataAndContentExactly() throws IOException {
        TestSite site = TestSite.withFixtureContent(folder);

        assertEquals(files(FixtureSite.data()), files(site.data()));
        assertEquals(files(FixtureSite.content()), files(site.content()));
    }

    @Test
    void anEmptySiteHasTheFixturesDataAndNoContent() throws IOException {
        TestSite site = TestSite.empty(folder);

        assertEquals(files(FixtureSite.data()), files(site.data()));
        assertEquals(Map.of(), files(site.content()));
    }

    @Test
    void theSettingsHoldForCheckAndForJBake() throws IOException {
        TestSite site = TestSite.empty(folder);

        Properties properties = JBakePropertiesTest.load(site.root().resolve(SiteLayout.PROPERTIES));
        JBakeConfiguration jbake = new JBakeConfigurationFactory().createDefaultJbakeConfiguration(
                site.root().toFile(), folder.resolve("output").toFile(), false);
        TestSite.SETTINGS.forEach((key, value) -> {
            assertEquals(value, properties.getProperty(key), key + " as check reads it");
            assertEquals(value, String.valueOf(jbake.get(key)), key + " as JBake reads it");
        });
    }

    /** Every file under {@code root}, by relative path, with its text. */
    private static Map<String, String> files(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                files.put(root.relativize(file).toString(), Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
