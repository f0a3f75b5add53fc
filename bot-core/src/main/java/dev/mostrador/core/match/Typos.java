package dev.mostrador.core.match;

import java.util.Map;
import java.util.Set;

/**
 * Typo correction against a known vocabulary: the closest stem by Damerau-Levenshtein distance, at most 1 edit
 * for stems of 5 to 7 letters and 2 from 8 letters ("orari" → "horari", "tarjt" → "tarjet", "pastorr" →
 * "pastor"). Shorter stems are left alone: too many short words are one
 * edit apart ("joke" is not "coke").
 */
final class Typos {
    private Typos() {}

    static String closest(String word, Set<String> vocabulary, Map<String, Integer> df) {
        if (word.length() < 5 || Character.isDigit(word.charAt(0))) return null;
        int max = word.length() >= 8 ? 2 : 1;
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        int bestDf = -1;
        for (String v : vocabulary) {
            if (Math.abs(v.length() - word.length()) > max || v.length() < 3 || v.contains("_")) continue;
            int d = distance(word, v, max);
            if (d > max) continue;
            int f = df.getOrDefault(v, 0);
            // closest first, then the more common stem, then alphabetical so the choice is stable
            if (d < bestDistance || (d == bestDistance && (f > bestDf || (f == bestDf && v.compareTo(best) < 0)))) {
                best = v;
                bestDistance = d;
                bestDf = f;
            }
        }
        return best;
    }

    /** Optimal string alignment distance; returns max + 1 as soon as it must exceed max. */
    static int distance(String a, String b, int max) {
        int n = a.length(), m = b.length();
        int[][] d = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) d[i][0] = i;
        for (int j = 0; j <= m; j++) d[0][j] = j;
        for (int i = 1; i <= n; i++) {
            int rowMin = Integer.MAX_VALUE;
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > max) return max + 1;
        }
        return d[n][m];
    }
}
