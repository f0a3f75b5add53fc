package dev.mostrador.core.classify;

import dev.mostrador.core.text.ChatNormalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Surface features of a message, robust to the way customers type: the message as {@link ChatNormalizer} reads it
 * (lowercased, accents folded, letter runs squeezed, chat shorthands expanded), then character n-grams 3-5 inside
 * word boundaries (typos only break a few of them), word uni/bigrams, one feature per synonym group mentioned
 * ({@link WordGroups}: "eliminar" and "borrar" share one), and the opening word's first letters and group. The
 * opening word is how a customer says what they want done ("cancela…", "muéstrame…", "cambia…", "what…",
 * "how…"); the rest of the message is mostly what it is about, which several FAQs share ("…la alarma de las 7").
 */
final class TextFeatures {
    static final String CHAR = "c:";
    static final String WORD = "w:";
    static final String BIGRAM = "b:";
    static final String GROUP = "g:";
    static final String FIRST = "f:";
    /** Letters of the opening word kept as its feature: enough for a verb's stem whatever its ending. */
    static final int FIRST_LETTERS = 4;

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
    static TreeMap<String, Integer> counts(String normalized, WordGroups groups) {
        TreeMap<String, Integer> counts = new TreeMap<>();
        List<String> words = words(normalized);
        int groupedUntil = 0;
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
            WordGroups.Match g = i >= groupedUntil ? groups.at(words, i) : null;
            if (g != null) {
                counts.merge(GROUP + g.group(), 1, Integer::sum);
                groupedUntil = i + g.length();
            }
            if (i == 0) {
                counts.merge(FIRST + w.substring(0, Math.min(FIRST_LETTERS, w.length())), 1, Integer::sum);
                if (g != null) counts.merge(FIRST + GROUP + g.group(), 1, Integer::sum);
            }
        }
        return counts;
    }
}
