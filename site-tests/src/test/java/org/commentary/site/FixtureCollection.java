package org.commentary.site;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;

/**
 * The site-tests' own collection ({@code src/test/resources/fixtures/collection}: content/ and data/), baked
 * once per test JVM and shared by every test that reads a complete site.
 *
 * <p>Its articles, names and titles belong to the tests, so tests may name them; the repository's own
 * collection can change freely. Each in-process bake costs seconds, hence one shared bake; a test that needs
 * a variant (other settings, another path) bakes its own with {@link #setup(String)}.
 */
public final class FixtureCollection {

    /** The collection's folder on the test class path; its data/ is also every other fixture's default. */
    public static final String FOLDER = "fixtures/collection";

    /** Articles per listing page: set here rather than inherited, since the expectations depend on it. */
    public static final int PAGE_SIZE = 6;

    private static FixtureBake.Result shared;

    private FixtureCollection() {
    }

    /** The shared bake, made on first use; fails the calling test if the collection did not bake cleanly. */
    public static synchronized FixtureBake.Result bake() {
        if (shared == null) {
            shared = setup("collection").bake();
        }
        if (!shared.succeeded()) {
            fail("The fixture collection did not bake cleanly: " + shared.describe());
        }
        return shared;
    }

    /** The shared bake's site. */
    public static SiteUnderTest site() {
        return bake().site();
    }

    /** The shared bake's source folder: the collection's content/ and data/ with the generator's code. */
    public static Path source() {
        return bake().source();
    }

    /** A bake of the same collection with the same settings under another name (its own folders). */
    public static FixtureBake.Setup setup(String name) {
        return FixtureBake.setup(name).collection(FOLDER).property("index.posts_per_page", String.valueOf(PAGE_SIZE));
    }
}
