package io.flowmason.executor.internal.mapping;

import java.util.Collection;
import java.util.Locale;

/**
 * Finds the name someone probably meant: the closest candidate by edit distance (adjacent swaps
 * count as one edit), or one that contains the name or is contained in it, ignoring case.
 */
public final class Similarity {

    private static final int MIN_CONTAINED_LENGTH = 3;

    private Similarity() {
    }

    /** The closest candidate that is reasonably close, or null. */
    public static String closest(String name, Collection<String> candidates) {
        if (name == null || name.isEmpty()) {
            return null;
        }
        String wanted = name.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            String other = candidate.toLowerCase(Locale.ROOT);
            int distance = distance(wanted, other);
            if (isClose(wanted, other, distance) && distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** "did you mean `x`?" when a candidate is close, else "available: a, b" (or {@code none} when there are none). */
    public static String suggest(String name, Collection<String> candidates, String availableLabel, String none) {
        String closest = closest(name, candidates);
        if (closest != null) {
            return "did you mean `" + closest + "`?";
        }
        return candidates.isEmpty() ? none : availableLabel + ": " + String.join(", ", candidates);
    }

    private static boolean isClose(String name, String candidate, int distance) {
        int longest = Math.max(name.length(), candidate.length());
        if (distance <= Math.max(1, (longest + 1) / 3)) {
            return true;
        }
        int shortest = Math.min(name.length(), candidate.length());
        return shortest >= MIN_CONTAINED_LENGTH && (candidate.contains(name) || name.contains(candidate));
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
