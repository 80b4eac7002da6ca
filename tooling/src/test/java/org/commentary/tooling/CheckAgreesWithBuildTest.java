package org.commentary.tooling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.commentary.build.ContentErrorsException;
import org.commentary.validation.Problem;
import org.jbake.app.Oven;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check} reports exactly what the build reports. Each set of invalid fixtures is baked in this JVM
 * by JBake's {@link Oven}, as the Maven plugin bakes (the generator's templates, assets and jbake.properties,
 * the fixture site's data), and checked by the command; the two problem lists must be equal, problem for problem.
 *
 * <p>{@code invalid/single}: files with problems of their own (headers in all three styles, names, dates,
 * vocabularies, YAML shapes and tags, AsciiDoc includes, bad UTF-8...); each is also checked on its own
 * ({@code check FILE}) against the bake's problems for that file. {@code invalid/collection}: what only a
 * whole collection shows (two files published at one address, names sharing a taxonomy page, a name taking
 * a taxonomy's index page, drafts left out of taxonomies) and the walker's rules (stray, hidden and
 * upper-case files, hidden folders, YAML in content and in data). Its {@code archive.md} is a page the
 * site would publish where it writes its own archive: the day the renderer refuses such files, this test
 * fails until check refuses them too (the rule must then move where both can call it).
 */
class CheckAgreesWithBuildTest {

    @TempDir
    Path folder;

    @Test
    void filesWithProblemsOfTheirOwn() throws IOException {
        TestSite site = TestSite.empty(folder).bakeable();
        site.addContent(fixture("invalid/single"));

        List<Problem> built = bake(site);
        List<Problem> checked = new CollectionCheck(SiteLayout.at(site.root())).all().problems();

        assertEquals(formatted(built, site), formatted(checked, site));
        List<Path> files = contentFiles(site);
        assertEquals(files.size(), built.stream().map(Problem::file).distinct().count(),
                "every fixture has at least one problem:\n" + String.join("\n", formatted(built, site)));
        for (Path file : files) {
            List<Problem> one = new CollectionCheck(SiteLayout.at(site.root())).only(List.of(file)).problems();
            List<Problem> builtForFile = built.stream().filter(p -> p.file().equals(file)).toList();
            assertEquals(formatted(builtForFile, site), formatted(one, site), "check " + file.getFileName());
        }
    }

    @Test
    void whatOnlyTheWholeCollectionShows() throws IOException {
        TestSite site = TestSite.empty(folder).bakeable();
        site.addContent(fixture("invalid/collection"));
        TestSite.copyTree(fixture("invalid/collection-data"), site.data());

        List<Problem> built = bake(site);
        List<Problem> checked = new CollectionCheck(SiteLayout.at(site.root())).all().problems();

        assertEquals(formatted(built, site), formatted(checked, site));
        String all = String.join("\n", formatted(built, site));
        for (String expected : List.of(
                "content/articles/2024/same-name.adoc: file name: would be published as articles/2024/same-name.html",
                "content/articles/2024/isikci-two.md: author: \"Deniz Isikci\" and \"Deniz Işıkçı\"",
                "content/articles/2024/index-author.md: author: \"Index\" would be published as authors/index.html",
                "content/articles/2024/notes.txt: file:", "content/articles/2024/LOUD.MD: file name:",
                "content/articles/2024/list.yml: file: YAML files are not content",
                "content/articles/.drafts/hidden-folder.md: file name: folder name \".drafts\"",
                "content/ignored/skipped.md", "data/menu.yml:1: yaml: the tag",
                "data/.hidden.yml:1: yaml: not valid YAML")) {
            assertTrue(all.contains(expected), "expected \"" + expected + "\" in:\n" + all);
        }
        // Drafts are left out of taxonomies (a draft still counts as a duplicate: the fixtures share one source_url).
        String notDuplicates = all.lines().filter(line -> !line.contains(": source_url: the same article as"))
                .reduce("", (a, b) -> a + b + "\n");
        assertFalse(notDuplicates.contains("isikci-draft.md") || all.contains(".hidden.md") || all.contains("picture.png"),
                all);
    }

    /**
     * The invalid fixtures of the build tests (site-tests, {@code fixtures/invalid}), when this branch has them:
     * baked and checked as one collection.
     */
    @Test
    void theBuildTestsInvalidFixtures() throws IOException {
        Path fixtures = TestSite.repository().resolve("site-tests/src/test/resources/fixtures/invalid");
        Assumptions.assumeTrue(Files.isDirectory(fixtures), "no " + fixtures + " in this branch");
        TestSite site = TestSite.empty(folder).bakeable();
        site.addContent(fixtures);

        List<Problem> built = bake(site);
        List<Problem> checked = new CollectionCheck(SiteLayout.at(site.root())).all().problems();

        assertEquals(formatted(built, site), formatted(checked, site));
    }

    @Test
    void theCommandPrintsTheBuildsLines() throws IOException {
        TestSite site = TestSite.empty(folder).bakeable();
        site.addContent(fixture("invalid/single"));

        List<String> built = formatted(bake(site), site);
        Cli.Run run = Cli.run("check", "--root", site.root().toString());

        assertEquals(1, run.exit());
        assertEquals(built, run.lines());
    }

    private static List<Problem> bake(TestSite site) {
        JBakeConfiguration config = new JBakeConfigurationFactory().createDefaultJbakeConfiguration(
                site.root().toFile(), site.root().resolve("output").toFile(), true);
        Oven oven = new Oven(config);
        RuntimeException thrown = null;
        try {
            oven.bake();
        } catch (RuntimeException e) {
            thrown = e;
        }
        assertTrue(thrown instanceof ContentErrorsException, "the bake stops on content errors: " + thrown);
        return ((ContentErrorsException) thrown).problems();
    }

    private static List<String> formatted(List<Problem> problems, TestSite site) {
        return problems.stream().sorted().map(p -> p.format(site.root())).toList();
    }

    private static List<Path> contentFiles(TestSite site) throws IOException {
        try (Stream<Path> walk = Files.walk(site.content())) {
            return new ArrayList<>(walk.filter(Files::isRegularFile).map(p -> p.toAbsolutePath().normalize())
                    .sorted().toList());
        }
    }

    private static Path fixture(String name) {
        try {
            var url = CheckAgreesWithBuildTest.class.getClassLoader().getResource(name);
            assertNotNull(url, "fixture folder " + name);
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
