package org.commentary.validation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Puts problems in the data folder before all others and, while the data files the articles are
 * checked against are broken, leaves the others out: with {@code data/regions.yml} unreadable, every
 * article would otherwise report its regions as unknown, against an empty list.
 */
public final class DataProblemsFirst {

    /** Said after the data problems when the articles' own problems were left out. */
    public static final String ARTICLES_NOT_CHECKED = "The articles were not checked: they are checked against"
            + " the data files listed above. Fix those first, then check again.";

    private DataProblemsFirst() {
    }

    /**
     * {@code problems} with those under {@code dataFolder} first (each group in its natural order);
     * when {@code dataBroken}, only those.
     */
    public static List<Problem> order(Collection<Problem> problems, Path dataFolder, boolean dataBroken) {
        List<Problem> data = new ArrayList<>();
        List<Problem> rest = new ArrayList<>();
        for (Problem problem : problems) {
            (problem.file().toAbsolutePath().normalize().startsWith(dataFolder) ? data : rest).add(problem);
        }
        data.sort(null);
        rest.sort(null);
        if (!dataBroken) {
            data.addAll(rest);
        }
        return List.copyOf(data);
    }
}
