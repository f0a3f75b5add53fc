package dev.mostrador.core.classify;

import dev.mostrador.core.text.ChatNormalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Surface features of a message, robust to the way customers type: the message as {@link ChatNormalizer} reads it
 * (lowercased, accents folded, letter runs squeezed, chat shorthands expanded), then character n-grams 3-5 inside
 * word boundaries (typos only break a few of them) and word uni/bigrams.
 */
final class TextFeatures {
    static final String CHAR = "c:";
    static final String WORD = "w:";
    static final String BIGRAM = "b:";

    private TextFeatures() {}

    /** The one chat normalization of the project ({@link ChatNormalizer}): what the retriever and MiniLM see too. */
    static String normalize(String text) {
        return ChatNormalizer.normalize(text);
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
