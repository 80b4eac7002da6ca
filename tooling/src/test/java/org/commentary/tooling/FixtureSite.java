package org.commentary.tooling;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/**
 * The tooling tests' own collection, {@code src/test/resources/fixture-site}: invented data files and articles
 * that {@link TestSite} copies, so that editing the repository's sample collection never breaks these tests.
 */
public final class FixtureSite {

    private static final String FOLDER = "fixture-site";

    private FixtureSite() {
    }

    /** The fixture's root folder (on the test class path). */
    public static Path root() {
        URL url = FixtureSite.class.getClassLoader().getResource(FOLDER);
        if (url == null) {
            throw new IllegalStateException(FOLDER + " is not on the test class path");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Its data folder: collection, regions, themes, authors and sources. */
    public static Path data() {
        return root().resolve("data");
    }

    /** Its content folder: a valid collection in every header style, one draft and one page. */
    public static Path content() {
        return root().resolve("content");
    }
}
