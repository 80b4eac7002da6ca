package org.commentary.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The collection's rules ({@link CollectionRules}) on the site {@code mvn package} baked from the repository's
 * own content/ and data/ (target/site), and proof that the in-process bakes the other tests rely on build that
 * same site.
 */
class CollectionRulesTest extends CollectionRules {

    @Override
    protected BakedCollection bakedCollection() {
        return new BakedCollection(SiteUnderTest.baked(), SiteUnderTest.sourceRoot());
    }

    /**
     * The fixture tests bake in-process with {@link FixtureBake}; they prove something about the real build
     * only if an in-process bake of the same sources is the site Maven baked, byte for byte.
     */
    @Test
    void anInProcessBakeOfTheRepositoryEqualsTheSiteMavenBaked() throws IOException {
        Path repository = SiteUnderTest.sourceRoot();
        FixtureBake.Result bake = FixtureBake.setup("repository")
                .contentFrom(repository.resolve("content")).dataFrom(repository.resolve("data")).bake();
        assertThat(bake.succeeded()).as(bake.describe()).isTrue();
        List<String> differences = SiteDifferences.between(SiteUnderTest.baked(), bake.site());
        if (!differences.isEmpty()) {
            fail("The site Maven baked differs from an in-process bake of the same sources (" + bake.output()
                    + "):\n" + String.join("\n", differences));
        }
    }
}
