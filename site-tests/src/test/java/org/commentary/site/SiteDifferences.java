package org.commentary.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** How two baked sites differ, file by file and byte by byte, described for a failure message. */
final class SiteDifferences {

    /** How many differing files a failure message shows in detail. */
    private static final int SHOWN = 5;

    private SiteDifferences() {
    }

    /** Files only in one site, then the first {@value #SHOWN} differing files with the lines around the first difference. */
    static List<String> between(SiteUnderTest a, SiteUnderTest b) throws IOException {
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
