package org.commentary.tooling;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Properties;

import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The jbake.properties values the tests rely on hold whatever the repository's file says. */
class TestSiteTest {

    @TempDir
    Path folder;

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
}
