package org.commentary.validation.collection;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.commentary.content.ContentFile;
import org.commentary.validation.Problem;

/**
 * The rules that hold for the collection as a whole rather than for one file: no two files
 * published at one address, and no file at an address the site writes itself.
 */
public final class CollectionRules {

    /** The files that may be published, and the problems of those that may not. */
    public record Result(List<ContentFile> kept, List<Problem> problems) {
    }

    private CollectionRules() {
    }

    /**
     * Applies the rules to every valid content file, in path order.
     *
     * @param base the folder paths in messages are relative to (the collection's root)
     */
    public static Result apply(List<ContentFile> files, Path base) {
        List<ContentFile> kept = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Map<String, ContentFile> byOutput = new HashMap<>();
        for (ContentFile file : files) {
            if (ReservedPaths.isReserved(file.outputPath())) {
                problems.add(new Problem(file.file(), 0, "file name", "would be published as " + file.outputPath()
                        + ", which the site writes itself (home, archive, listings, feeds); move or rename the file"));
                continue;
            }
            ContentFile earlier = byOutput.putIfAbsent(file.outputPath(), file);
            if (earlier == null) {
                kept.add(file);
                continue;
            }
            problems.add(clash(file, earlier, base));
            problems.add(clash(earlier, file, base));
            kept.remove(earlier);
        }
        return new Result(List.copyOf(kept), List.copyOf(problems));
    }

    private static Problem clash(ContentFile file, ContentFile other, Path base) {
        return new Problem(file.file(), 0, "file name", "would be published as " + file.outputPath() + ", like "
                + base.relativize(other.file()) + "; rename one of the two files");
    }
}
