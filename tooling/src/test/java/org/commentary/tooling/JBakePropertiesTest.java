package org.commentary.tooling;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Setting a value in a copied jbake.properties leaves no other value for that key behind. */
class JBakePropertiesTest {

    @TempDir
    Path folder;

    @Test
    void settingAValueReplacesEveryLineForItsKeyAndKeepsTheRest() throws IOException {
        // What a maintainer's file could hold: the key twice (JBake keeps the first, Properties the last),
        // a value continued on the next line, other separators and a comment that only looks like a key.
        Path file = Files.writeString(folder.resolve(SiteLayout.PROPERTIES), """
                # db.store=comment
                db.store=plocal
                site.url=https://example.org/
                db.store = plocal
                default.status: draft
                default.type=post, \\
                    page
                template.page.file=page.ftlh
                """);

        JBakeProperties.set(file, Map.of("db.store", "memory", "default.status", "", "default.type", ""), "test");

        assertEquals("""
                # db.store=comment
                site.url=https://example.org/
                template.page.file=page.ftlh

                # test
                """, Files.readString(file).replaceAll("(?m)^(db\\.store|default\\.status|default\\.type)=.*\\n", ""));
        Properties properties = load(file);
        assertEquals("memory", properties.getProperty("db.store"));
        assertEquals("", properties.getProperty("default.status"));
        assertEquals("", properties.getProperty("default.type"));
        assertEquals("page.ftlh", properties.getProperty("template.page.file"));
    }

    static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
