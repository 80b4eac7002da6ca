package org.commentary.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Issue #8: the same sources make the same site, byte for byte. The fixture collection is baked a second
 * time in this JVM into another folder (different source and output paths, so a leaked path shows too) and
 * compared with the shared bake. That the site Maven bakes equals an in-process bake is a rule of the real
 * collection ({@link CollectionRulesTest}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeterminismTest {

    private FixtureBake.Result first;
    private FixtureBake.Result second;

    @BeforeAll
    void bakeTheFixtureCollectionTwice() {
        first = FixtureCollection.bake();
        second = FixtureCollection.setup("determinism").bake();
        assertThat(second.succeeded()).as(second.describe()).isTrue();
        assertThat(second.source()).as("the second bake's own folder").isNotEqualTo(first.source());
    }

    @Test
    void twoBakesOfTheSameContentAreIdentical() throws IOException {
        assertThat(first.site().files()).as("files of the first bake").isNotEmpty();
        List<String> differences = SiteDifferences.between(first.site(), second.site());
        if (!differences.isEmpty()) {
            fail("Two bakes of the same content differ (" + first.output() + " and " + second.output() + "):\n"
                    + String.join("\n", differences));
        }
    }
}
