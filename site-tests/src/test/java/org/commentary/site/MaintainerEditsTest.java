package org.commentary.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.assertj.core.api.SoftAssertions;
import org.commentary.build.ContentErrorsException;
import org.commentary.site.edits.MaintainerEdits;
import org.commentary.site.edits.MisspelledRegion;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * CONTRIBUTING.md promises that content which passes {@code ./commentary check} and {@code mvn package}
 * passes the pull-request check. This is the one test that bakes the repository's real sample collection
 * (a copy of content/ and data/): after a maintainer's valid edits ({@link MaintainerEdits}: a new article
 * with an image, in a new region, by a new author; a changed title; a deleted article; a few hundred more
 * articles) the bake publishes with no problem, {@code check} agrees, and every rule CI holds the real site to
 * ({@link CollectionRules}) holds on the edited site. One misspelled region, on the other hand, stops both
 * with exactly one problem. Every edit is chosen from what the copy holds, so editing the sample cannot
 * break this test either.
 */
class MaintainerEditsTest extends CollectionRules {

    /** Enough articles for many listing pages per region, theme and year; few enough to stay fast. */
    private static final int GENERATED_ARTICLES = 300;

    private MaintainerEdits.Applied edits;
    private FixtureBake.Result bake;

    /** Bakes the edited copy once; every rule and every test here reads that one bake. */
    @Override
    protected BakedCollection bakedCollection() {
        bake = sampleCopy("maintainer-edits")
                .prepare(source -> edits = MaintainerEdits.applyTo(source, GENERATED_ARTICLES))
                .bake();
        return new BakedCollection(bake.site(), bake.source());
    }

    @Test
    void theEditedCollectionBakesWithNoProblem() {
        assertThat(bake.succeeded()).as("the edited sample must bake cleanly: %s", bake.describe()).isTrue();
        Map<Path, List<String>> warned = bake.warnings();
        assertThat(edits.written()).as("files the edits wrote that the bake warned about: %s", warned)
                .noneMatch(file -> warned.containsKey(file.toAbsolutePath().normalize()));
    }

    @Test
    void checkPassesOnTheEditedCollection() throws IOException {
        CommentaryCli.Run check = CommentaryCli.run("check", "--root", bake.source().toString());

        // check counts what it read: every article, page and image (hidden files are not the collection's).
        long files;
        try (Stream<Path> walk = Files.walk(bake.content())) {
            files = walk.filter(Files::isRegularFile).filter(file -> !file.getFileName().toString().startsWith("."))
                    .count();
        }
        assertThat(check.exit()).as("./commentary check on the edited copy: %s", check).isZero();
        assertThat(check.problemLines()).as("problems check printed: %s", check).isEmpty();
        assertThat(check.errLines()).as("check's summary: %s", check)
                .containsExactly(files + " files checked: no problems.");
    }

    @Test
    void theSiteShowsEveryEdit() throws IOException {
        SoftAssertions soft = new SoftAssertions();
        SiteUnderTest site = bake.site();

        MaintainerEdits.NewArticle added = edits.added();
        String page = added.header().outputPath();
        Document article = site.page(page);
        Optional<Element> image = article.select("main img").stream()
                .filter(img -> img.attr("alt").equals(added.imageAlt())).findFirst();
        soft.assertThat(image).as("%s: the image beside the new article, by its alt text", page).isPresent();
        image.flatMap(img -> site.resolve(page, img.attr("src"))).ifPresentOrElse(
                src -> soft.assertThat(site.file(src)).as("%s: the published image", page)
                        .hasSameBinaryContentAs(added.image()),
                () -> soft.fail("%s: the image's src does not lead to a file of the site", page));
        soft.assertThat(article.select("main a[href]").stream()
                        .filter(link -> link.text().equals(added.region()))
                        .map(link -> site.resolve(page, link.attr("href")).orElse("")))
                .as("%s: a link to the new region's page (its slug derived by the build)", page)
                .anyMatch(path -> path.startsWith("regions/") && site.exists(path));
        soft.assertThat(article.text()).as("%s: the new author's byline", page).contains(added.author());

        String retitled = edits.retitled().before().outputPath();
        soft.assertThat(site.page(retitled).select("main h1").text()).as("%s: the changed title", retitled)
                .contains(edits.retitled().newWord())
                .doesNotContain(edits.retitled().oldWord());

        soft.assertThat(site.exists(edits.deleted().outputPath())).as("page of the deleted content/%s", edits.deleted())
                .isFalse();
        String oldAddress = edits.moved().before().outputPath();
        soft.assertThat(site.page(oldAddress).select("meta[http-equiv=refresh]").attr("content"))
                .as("%s: the moved article's old address redirects", oldAddress).contains("-renamed.html");
        String notice = edits.withdrawn().outputPath();
        soft.assertThat(site.page(notice).select(".withdrawal").text()).as("%s: the withdrawal notice", notice)
                .contains("Withdrawn at the request of the copyright holder.");
        soft.assertThat(site.page("index.html").select("main a").eachAttr("href"))
                .as("the home page no longer lists the withdrawn article").noneMatch(href -> href.endsWith(
                        Path.of(notice).getFileName().toString()));
        soft.assertThat(edits.generated()).as("generated articles").hasSize(GENERATED_ARTICLES);
        soft.assertAll();
    }

    /**
     * The build and {@code check} agree on a typo, word for word: one problem on the region's line naming the
     * region that was meant, nothing published.
     */
    @Test
    void aMisspelledRegionStopsTheBuildAndCheckWithOneProblem() {
        MisspelledRegion[] typo = new MisspelledRegion[1];
        FixtureBake.Result failed = sampleCopy("maintainer-typo")
                .prepare(source -> typo[0] = MisspelledRegion.applyTo(source))
                .bake();
        MisspelledRegion misspelled = typo[0];
        String expected = misspelled.file() + ":" + misspelled.line() + ": region: unknown region \""
                + misspelled.typed() + "\"; did you mean \"" + misspelled.meant() + "\"?";

        assertThat(failed.problems()).as("problems of the bake: %s", failed.describe()).hasSize(1);
        String reported = failed.problems().get(0).format(failed.source());
        assertThat(reported).as("the one problem").startsWith(expected);
        assertThat(failed.thrown()).as(failed.describe()).isInstanceOf(ContentErrorsException.class);
        assertThat(failed.thrown().getMessage()).as("the build's failure message")
                .startsWith("1 problem in the collection's files")
                .contains("nothing was published");
        assertThat(failed.site().files()).as("files written to %s by a failed bake", failed.output()).isEmpty();

        CommentaryCli.Run check = CommentaryCli.run("check", "--root", failed.source().toString());
        assertThat(check.exit()).as("./commentary check exit code: %s", check).isEqualTo(1);
        assertThat(check.problemLines()).as("what check printed: %s", check).containsExactly(reported);
        assertThat(check.errLines()).as("check's summary: %s", check).singleElement().asString()
                .contains(": 1 problem in 1 file.");
    }

    /** A bake of a copy of the repository's own content/ and data/, with the generator's code. */
    private static FixtureBake.Setup sampleCopy(String name) {
        Path repository = SiteUnderTest.sourceRoot();
        return FixtureBake.setup(name).contentFrom(repository.resolve("content")).dataFrom(repository.resolve("data"));
    }
}
