package org.commentary.validation;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Articles live in a folder named after the year of their {@code date} ({@code articles/2024/x.md});
 * one whose date is in another year is probably misfiled or misdated. A warning, not an error: the
 * page is still correct, only harder to find among the sources.
 */
public final class YearFolderCheck {

    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private YearFolderCheck() {
    }

    /**
     * The warning for an article at {@code relativePath} (below the content folder, '/'-separated)
     * dated {@code date}, when its folder is a year and not the date's; {@code contentFolder} is how
     * messages name the content folder (e.g. {@code content}).
     */
    public static Optional<String> warning(String relativePath, LocalDate date, String contentFolder) {
        int slash = relativePath.lastIndexOf('/');
        if (date == null || slash < 0) {
            return Optional.empty();
        }
        String folder = relativePath.substring(0, slash);
        String year = folder.substring(folder.lastIndexOf('/') + 1);
        if (!YEAR.matcher(year).matches() || Integer.parseInt(year) == date.getYear()) {
            return Optional.empty();
        }
        String parent = folder.substring(0, folder.length() - year.length());
        return Optional.of("date " + date + " is in " + date.getYear() + ", but the file is in the " + year
                + " folder; move it to " + contentFolder + "/" + parent + date.getYear() + "/ or fix the date");
    }
}
