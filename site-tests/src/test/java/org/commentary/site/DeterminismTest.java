package org.commentary.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Issue #8: the same sources make the same site, byte for byte. The repository's content is baked twice
 * in this JVM into two fixture folders (different source and output paths, so a leaked path shows too),
 * and the first of them is compared with the site Maven baked in its own JVM.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeterminismTest {

    /** How many differing files a failure message shows in detail. */
    private static final int SHOWN = 5;

    private FixtureBake.Result first;
    private FixtureBake.Result second;

    @BeforeAll
    void bakeTheRealContentTwice() {
        Path content = SiteUnderTest.sourceRoot().resolve("content");
        first = FixtureBake.setup("determinism-1").contentFrom(content).bake();
        second = FixtureBake.setup("determinism-2").contentFrom(content).bake();
        assertThat(first.succeeded()).as(first.describe()).isTrue();
        assertThat(second.succeeded()).as(second.describe()).isTrue();
    }

    @Test
    void twoBakesOfTheSameContentAreIdentical() throws IOException {
        assertThat(first.site().files()).as("files of the first bake").isNotEmpty();
        List<String> differences = compare(first.site(), second.site());
        if (!differences.isEmpty()) {
            fail("Two bakes of the same content differ (" + first.output() + " and " + second.output() + "):\n"
                    + String.join("\n", differences));
        }
    }

    @Test
    void anInProcessBakeEqualsTheSiteMavenBaked() throws IOException {
        List<String> differences = compare(SiteUnderTest.baked(), first.site());
        if (!differences.isEmpty()) {
            fail("The site Maven baked differs from an in-process bake of the same content (" + first.output()
                    + "):\n" + String.join("\n", differences));
        }
    }

    /** Files only in one site, then the first {@value #SHOWN} differing files with the lines around the first difference. */
    static List<String> compare(SiteUnderTest a, SiteUnderTest b) throws IOException {
        Set<String> onlyA = new TreeSet<>(a.files());
        onlyA.removeAll(b.files());
        Set<String> onlyB = new TreeSet<>(b.files());
        onlyB.removeAll(a.files());
        List<String> differences = new ArrayList<>();
        onlyA.forEach(path -> differences.add("only in " + a.root() + ": " + path));
        onlyB.forEach(path -> differences.add("only in " + b.root() + ": " + path));
        int differing = 0;
        for (String path : a.files()) {
            if (!onlyA.contains(path)) {
                byte[] left = Files.readAllBytes(a.file(path));
                byte[] right = Files.readAllBytes(b.file(path));
                if (!Arrays.equals(left, right)) {
                    differing++;
                    if (differing <= SHOWN) {
                        differences.add(path + " differs:\n" + context(left, right));
                    }
                }
            }
        }
        if (differing > SHOWN) {
            differences.add("... and " + (differing - SHOWN) + " more differing files");
        }
        return differences;
    }

    /** The first differing line of two files, with two lines of context before it. */
    static String context(byte[] left, byte[] right) {
        int mismatch = Arrays.mismatch(left, right);
        String[] a = new String(left, StandardCharsets.UTF_8).split("\n", -1);
        String[] b = new String(right, StandardCharsets.UTF_8).split("\n", -1);
        int line = 0;
        while (line < Math.min(a.length, b.length) && a[line].equals(b[line])) {
            line++;
        }
        StringBuilder text = new StringBuilder("  first difference at byte " + mismatch + ", line " + (line + 1) + "\n");
        for (int i = Math.max(0, line - 2); i < line; i++) {
            text.append("    ").append(i + 1).append("  ").append(a[i]).append('\n');
        }
        text.append("  - ").append(line + 1).append("  ").append(line < a.length ? a[line] : "(end of file)").append('\n');
        text.append("  + ").append(line + 1).append("  ").append(line < b.length ? b[line] : "(end of file)");
        return text.toString();
    }
}
