package org.commentary.tooling.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.commentary.files.TextFiles;
import org.commentary.tooling.YamlScalars;
import org.commentary.validation.Problem;
import org.commentary.vocabulary.SiteDataLoader;
import org.commentary.vocabulary.Slugs;

/**
 * Writes the regions and themes {@code --add-terms} accepted to data/regions.yml and
 * data/themes.yml: one entry each ({@code name}, {@code slug}), appended so the maintainer's own
 * entries, comments and order stay as they are. The data folder is loaded again afterwards; if it
 * no longer loads cleanly, both files are put back as they were.
 */
final class TermAdditions {

    private TermAdditions() {
    }

    /**
     * Appends the additions of {@code choices}; returns the data folder's problems after it (empty when
     * all is well, and then the files keep the additions).
     */
    static List<Problem> write(Path dataFolder, TermChoices choices) throws IOException {
        Map<Path, String> before = new LinkedHashMap<>();
        append(dataFolder.resolve(SiteDataLoader.REGIONS), choices.additions(TermLine.Kind.REGION), before);
        append(dataFolder.resolve(SiteDataLoader.THEMES), choices.additions(TermLine.Kind.THEME), before);
        if (before.isEmpty()) {
            return List.of();
        }
        SiteDataLoader loader = new SiteDataLoader(dataFolder);
        loader.load();
        if (!loader.problems().isEmpty()) {
            for (Map.Entry<Path, String> file : before.entrySet()) {
                Files.writeString(file.getKey(), file.getValue(), StandardCharsets.UTF_8);
            }
        }
        return loader.problems();
    }

    private static void append(Path file, List<String> names, Map<Path, String> before) throws IOException {
        if (names.isEmpty()) {
            return;
        }
        String text = Files.exists(file) ? TextFiles.read(file) : "";
        before.put(file, text);
        StringBuilder added = new StringBuilder(text);
        if (!text.isEmpty() && !text.endsWith("\n")) {
            added.append('\n');
        }
        for (String name : names) {
            added.append("- name: ").append(YamlScalars.format(name)).append('\n')
                    .append("  slug: ").append(Slugs.of(name)).append('\n');
        }
        Files.writeString(file, added.toString(), StandardCharsets.UTF_8);
    }
}
