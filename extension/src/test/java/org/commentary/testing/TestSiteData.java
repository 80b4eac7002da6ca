package org.commentary.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.commentary.validation.Problem;
import org.commentary.vocabulary.SiteData;
import org.commentary.vocabulary.SiteDataLoader;

/** Writes a small, valid data folder and loads it with the real {@link SiteDataLoader}. */
public final class TestSiteData {

    public static final String COLLECTION = """
            name: The Test Ledger
            tagline: Tests, republished
            disclaimer: Views are the authors' own.
            fair_use: Republished for comment and criticism.
            """;

    public static final String REGIONS = """
            - name: "Asia, Russia and FSU"
              slug: asia-russia-and-fsu
            - name: "Middle East & North Africa"
            - name: Europe
              description: The continent.
            - name: Oceania
            """;

    public static final String THEMES = """
            - name: Energy
            - name: Geopolitics
            - name: Trade
            """;

    private TestSiteData() {
    }

    /** Writes collection, regions and themes into {@code root/data} and loads them; fails on any problem. */
    public static SiteData load(Path root) {
        Path data = dataFolder(root);
        SiteDataLoader loader = new SiteDataLoader(data);
        SiteData site = loader.load();
        assertEquals(List.of(), loader.problems(), "the test data folder must be valid");
        return site;
    }

    /** {@code root/data} holding the three required files. */
    public static Path dataFolder(Path root) {
        Path data = root.resolve("data");
        write(data.resolve(SiteDataLoader.COLLECTION), COLLECTION);
        write(data.resolve(SiteDataLoader.REGIONS), REGIONS);
        write(data.resolve(SiteDataLoader.THEMES), THEMES);
        return data;
    }

    /** Writes UTF-8 text, creating parent folders. */
    public static Path write(Path file, String text) {
        return write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    public static Path write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            return Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Problems formatted relative to {@code base}, for readable assertion failures. */
    public static List<String> formatted(List<Problem> problems, Path base) {
        return problems.stream().map(p -> p.format(base)).toList();
    }
}
