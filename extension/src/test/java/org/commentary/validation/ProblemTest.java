package org.commentary.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProblemTest {

    @TempDir
    Path base;

    @Test
    void formatsFileRelativeToBaseWithLine() {
        Problem problem = new Problem(base.resolve("content/articles/2024/x.md"), 7, "date", "is empty");
        assertEquals("content/articles/2024/x.md:7: date: is empty", problem.format(base));
    }

    @Test
    void formatsWithoutLineWhenLineIsZero() {
        Problem problem = new Problem(base.resolve("data/regions.yml"), Problem.NO_LINE, "file", "missing");
        assertEquals("data/regions.yml: file: missing", problem.format(base));
    }

    @Test
    void relativeFileIsResolvedAgainstTheWorkingDirectoryLikeTheBase() {
        Path cwd = Path.of("").toAbsolutePath();
        Problem problem = new Problem(Path.of("content/x.md"), 3, "title", "missing");
        assertEquals("content/x.md:3: title: missing", problem.format(cwd));
        assertEquals("x.md:3: title: missing", problem.format(Path.of("content")));
    }

    @Test
    void baseWithDotsIsNormalised() {
        Problem problem = new Problem(base.resolve("content/x.md"), 1, "f", "m");
        assertEquals("content/x.md:1: f: m", problem.format(base.resolve("content/..")));
    }

    @Test
    void nullBaseShowsThePathAsGiven() {
        Problem problem = new Problem(Path.of("content/x.md"), 2, "author", "is empty");
        assertEquals("content/x.md:2: author: is empty", problem.format(null));
        assertEquals(problem.format(null), problem.toString());
    }

    @Test
    void sortsByFileThenLineThenFieldThenMessage() {
        Problem a1 = new Problem(Path.of("a.md"), 1, "title", "x");
        Problem a2b = new Problem(Path.of("a.md"), 2, "b", "x");
        Problem a2c = new Problem(Path.of("a.md"), 2, "c", "a");
        Problem a2c2 = new Problem(Path.of("a.md"), 2, "c", "b");
        Problem a10 = new Problem(Path.of("a.md"), 10, "a", "x");
        Problem b0 = new Problem(Path.of("b.md"), 0, "z", "x");
        List<Problem> problems = new ArrayList<>(List.of(b0, a10, a2c2, a2c, a2b, a1));
        Collections.sort(problems);
        assertEquals(List.of(a1, a2b, a2c, a2c2, a10, b0), problems);
    }

    @Test
    void problemsCollectsInOrderForOneFile() {
        Problems problems = new Problems(Path.of("x.md"));
        assertEquals(true, problems.isEmpty());
        problems.add(5, "date", "second");
        problems.add(1, "title", "first");
        assertEquals(false, problems.isEmpty());
        assertEquals(Path.of("x.md"), problems.file());
        assertEquals(List.of(new Problem(Path.of("x.md"), 5, "date", "second"),
                new Problem(Path.of("x.md"), 1, "title", "first")), problems.list());
        assertThrows(UnsupportedOperationException.class, () -> problems.list().clear());
    }
}
