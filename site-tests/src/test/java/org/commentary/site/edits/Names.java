package org.commentary.site.edits;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;

/** Slugs and fresh names for what the edits add, so nothing they add collides with what the copy holds. */
public final class Names {

    private Names() {
    }

    /**
     * A name's slug the way the content guide describes file names and term pages: accents dropped,
     * {@code &} read as "and", lower-case words joined by '-'. Enough to tell whether two names would share a
     * page; the build's own slugs are never needed.
     */
    public static String slug(String name) {
        String text = Normalizer.normalize(name.replace("&", " and "), Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }

    /**
     * {@code candidate}, or {@code candidate 2}, {@code candidate 3}... : the first whose slug is not in
     * {@code takenSlugs}. Editors may add any name to the collection, so an invented one is checked, never
     * assumed to be new.
     */
    public static String unused(String candidate, Collection<String> takenSlugs) {
        String name = candidate;
        for (int n = 2; takenSlugs.contains(slug(name)); n++) {
            name = candidate + " " + n;
        }
        return name;
    }
}
