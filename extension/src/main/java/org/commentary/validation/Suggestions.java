package org.commentary.validation;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Finds the known value closest to a mistyped one, for "did you mean" hints. */
public final class Suggestions {

    private Suggestions() {
    }

    /** The candidate nearest to {@code input}, if it is near enough to be a plausible typo. */
    public static Optional<String> closest(String input, Collection<String> candidates) {
        String wanted = input.toLowerCase(Locale.ROOT).trim();
        String best = null;
        int bestScore = Integer.MAX_VALUE;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            String lower = candidate.toLowerCase(Locale.ROOT);
            int distance = distance(wanted, lower);
            // A part of the name ("Russia" for "Asia, Russia and FSU") is close too; real edits break ties.
            boolean part = lower.contains(wanted) || wanted.contains(lower);
            int score = part ? Math.min(distance, Math.abs(lower.length() - wanted.length()) / 2) : distance;
            if (score < bestScore || score == bestScore && distance < bestDistance) {
                bestScore = score;
                bestDistance = distance;
                best = candidate;
            }
        }
        int tolerance = Math.max(2, wanted.length() / 3);
        return best != null && bestScore <= tolerance ? Optional.of(best) : Optional.empty();
    }

    /** A sentence ending an error message: the suggestion if there is one, else the known values. */
    public static String hint(String input, Collection<String> candidates, String where) {
        if (candidates.isEmpty()) {
            return "there are no known values: " + where + " has no entries";
        }
        return closest(input, candidates)
                .map(s -> "did you mean \"" + s + "\"? (known values are in " + where + ")")
                .orElse("use one of: " + String.join("; ", candidates) + " (from " + where + ")");
    }

    /** Levenshtein distance: edits needed to turn {@code a} into {@code b}. */
    public static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
