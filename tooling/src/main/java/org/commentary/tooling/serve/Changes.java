package org.commentary.tooling.serve;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.commentary.source.SourceFolders.Part;

/** The source files that changed since the last build, and which parts of the sources they are in. */
final class Changes {

    private final Set<Path> files = new TreeSet<>();
    private final EnumSet<Part> parts = EnumSet.noneOf(Part.class);
    private boolean unknown;

    void add(Path file, Part part) {
        files.add(file);
        parts.add(part);
    }

    /** Events were lost (the system's queue overflowed): anything may have changed. */
    void addUnknown() {
        unknown = true;
        parts.addAll(EnumSet.allOf(Part.class));
    }

    boolean isEmpty() {
        return parts.isEmpty();
    }

    boolean touches(Part part) {
        return parts.contains(part);
    }

    Set<Path> files() {
        return Collections.unmodifiableSet(files);
    }

    /**
     * For the terminal: "content/articles/2024/x.md", "content/a.md (deleted), content/b.md",
     * "5 files in content/ and templates/". An editor's or sed's temporary files (gone again, no
     * extension) are left out when a real file changed too.
     */
    String describe(Path root) {
        if (unknown) {
            return "many files (too many changes to follow one by one)";
        }
        List<String> shown = new ArrayList<>();
        for (Path file : files) {
            boolean exists = Files.exists(file, LinkOption.NOFOLLOW_LINKS);
            if (exists || file.getFileName().toString().contains(".")) {
                shown.add(show(root, file) + (exists ? "" : " (deleted)"));
            }
        }
        if (shown.isEmpty()) {
            files.forEach(file -> shown.add(show(root, file)));
        }
        if (shown.size() <= 2) {
            return String.join(", ", shown);
        }
        Set<String> folders = new TreeSet<>();
        for (Part part : parts) {
            folders.add(part == Part.SETTINGS ? "jbake.properties" : part.name().toLowerCase(Locale.ROOT) + "/");
        }
        return shown.size() + " files in " + String.join(" and ", folders);
    }

    private static String show(Path root, Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(root) ? root.relativize(absolute).toString().replace('\\', '/') : absolute.toString();
    }
}
