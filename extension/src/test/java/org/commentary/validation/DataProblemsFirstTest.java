package org.commentary.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class DataProblemsFirstTest {

    private static final Path ROOT = Path.of("/site").toAbsolutePath();
    private static final Path DATA = ROOT.resolve("data");
    private static final Problem ARTICLE = new Problem(ROOT.resolve("content/articles/2024/a.md"), 4, "region",
            "unknown region \"Europe\"; there are no known values: data/regions.yml has no entries");
    private static final Problem STRAY = new Problem(ROOT.resolve("content/notes.txt"), 0, "file", "not content");
    private static final Problem REGIONS = new Problem(DATA.resolve("regions.yml"), 3, "yaml", "not valid YAML");
    private static final Problem MENU = new Problem(DATA.resolve("menu.yml"), 1, "yaml", "a tag");

    @Test
    void dataProblemsComeFirstThenTheRestInOrder() {
        assertEquals(List.of(MENU, REGIONS, ARTICLE, STRAY),
                DataProblemsFirst.order(List.of(STRAY, REGIONS, ARTICLE, MENU), DATA, false));
    }

    @Test
    void whileTheDataIsBrokenOnlyItsProblemsAreReported() {
        assertEquals(List.of(MENU, REGIONS), DataProblemsFirst.order(List.of(STRAY, REGIONS, ARTICLE, MENU), DATA, true));
    }

    @Test
    void withoutDataProblemsNothingChanges() {
        assertEquals(List.of(ARTICLE, STRAY), DataProblemsFirst.order(List.of(STRAY, ARTICLE), DATA, false));
    }
}
