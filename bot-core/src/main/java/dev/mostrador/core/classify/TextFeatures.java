package dev.mostrador.core.classify;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Surface features of a message, robust to the way customers type: lowercased, accents folded ("cuánto" and
 * "cuanto" are the same), letter runs squeezed ("holaaa"), common chat shorthands expanded ("q", "xq"), then
 * character n-grams 3-5 inside word boundaries (typos only break a few of them) and word uni/bigrams.
 */
final class TextFeatures {
    static final String CHAR = "c:";
    static final String WORD = "w:";
    static final String BIGRAM = "b:";

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern RUNS = Pattern.compile("(\\p{L})\\1{2,}");

    // Spanish chat shorthands: generic to the language, not to any business.
    private static final Map<String, String> SHORTHANDS = Map.ofEntries(
            Map.entry("q", "que"), Map.entry("k", "que"), Map.entry("ke", "que"),
            Map.entry("xq", "porque"), Map.entry("pq", "porque"), Map.entry("porq", "porque"),
            Map.entry("x", "por"), Map.entry("tb", "tambien"), Map.entry("tmb", "tambien"),
            Map.entry("xfa", "por favor"), Map.entry("porfa", "por favor"), Map.entry("pls", "please"),
            Map.entry("dnd", "donde"), Map.entry("cdo", "cuando"), Map.entry("d", "de"),
            Map.entry("u", "you"), Map.entry("ur", "your"), Map.entry("r", "are"));

    private TextFeatures() {}

    /** Lowercase, fold accents, squeeze letter runs and expand shorthands; words separated by one space. */
    static String normalize(String text) {
        String s = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        s = MARKS.matcher(s).replaceAll("");
        s = NON_WORD.matcher(s).replaceAll(" ");
        s = RUNS.matcher(s).replaceAll("$1");
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (String w : s.trim().split(" ")) {
            if (w.isEmpty()) continue;
            if (out.length() > 0) out.append(' ');
            out.append(SHORTHANDS.getOrDefault(w, w));
        }
        return out.toString();
    }

    static List<String> words(String normalized) {
        List<String> out = new ArrayList<>();
        for (String w : normalized.split(" ")) if (!w.isEmpty()) out.add(w);
        return out;
    }

    /** Raw counts of every feature of a normalized message, in a stable (sorted) order. */
    static TreeMap<String, Integer> counts(String normalized) {
        TreeMap<String, Integer> counts = new TreeMap<>();
        List<String> words = words(normalized);
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            counts.merge(WORD + w, 1, Integer::sum);
            if (i + 1 < words.size()) counts.merge(BIGRAM + w + " " + words.get(i + 1), 1, Integer::sum);
            String padded = " " + w + " ";
            for (int n = 3; n <= 5; n++) {
                for (int start = 0; start + n <= padded.length(); start++) {
                    counts.merge(CHAR + padded.substring(start, start + n), 1, Integer::sum);
                }
            }
            if (padded.length() < 3) counts.merge(CHAR + padded, 1, Integer::sum);
        }
        return counts;
    }
}
