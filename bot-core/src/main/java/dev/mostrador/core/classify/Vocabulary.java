package dev.mostrador.core.classify;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The surface features seen in the owner's phrasings, with their inverse document frequency. Features never
 * seen in training carry no weight, so a vocabulary (not a hash space) keeps the bundle small and exact.
 */
final class Vocabulary {
    final String[] terms;
    final float[] idf;
    /** the synonym groups whose features are in {@link #terms} (only those: the rest can never match) */
    final WordGroups groups;
    private final Map<String, Integer> index;

    Vocabulary(String[] terms, float[] idf, WordGroups groups) {
        this.terms = terms;
        this.idf = idf;
        this.groups = groups;
        this.index = new HashMap<>(terms.length * 2);
        for (int i = 0; i < terms.length; i++) index.put(terms[i], i);
    }

    static Vocabulary of(List<String> normalizedTexts, WordGroups groups) {
        TreeMap<String, Integer> df = new TreeMap<>();
        for (String t : normalizedTexts) {
            for (String term : new TreeSet<>(TextFeatures.counts(t, groups).keySet())) df.merge(term, 1, Integer::sum);
        }
        Set<String> used = new TreeSet<>();
        for (String term : df.keySet()) {
            if (term.startsWith(TextFeatures.GROUP)) used.add(term.substring(TextFeatures.GROUP.length()));
        }
        String[] terms = df.keySet().toArray(String[]::new);
        float[] idf = new float[terms.length];
        int n = normalizedTexts.size();
        for (int i = 0; i < terms.length; i++) idf[i] = (float) (Math.log((1.0 + n) / (1.0 + df.get(terms[i]))) + 1.0);
        return new Vocabulary(terms, idf, groups.restrictedTo(used));
    }

    int size() {
        return terms.length;
    }

    /**
     * Sublinear TF-IDF of a normalized message; character n-grams and words are L2-normalized separately so
     * each group weighs the same whatever the message length.
     */
    SparseVector vectorize(String normalized, float charWeight, float wordWeight) {
        TreeMap<String, Integer> counts = TextFeatures.counts(normalized, groups);
        int[] idx = new int[counts.size()];
        float[] val = new float[counts.size()];
        boolean[] isChar = new boolean[counts.size()];
        int n = 0;
        double charNorm = 0, wordNorm = 0;
        for (var e : counts.entrySet()) {
            Integer i = index.get(e.getKey());
            if (i == null) continue;
            float v = (float) ((1.0 + Math.log(e.getValue())) * idf[i]);
            idx[n] = i;
            val[n] = v;
            isChar[n] = e.getKey().startsWith(TextFeatures.CHAR);
            if (isChar[n]) charNorm += v * v; else wordNorm += v * v;
            n++;
        }
        double cs = charNorm > 0 ? charWeight / Math.sqrt(charNorm) : 0;
        double ws = wordNorm > 0 ? wordWeight / Math.sqrt(wordNorm) : 0;
        for (int k = 0; k < n; k++) val[k] = (float) (val[k] * (isChar[k] ? cs : ws));
        return SparseVector.sorted(java.util.Arrays.copyOf(idx, n), java.util.Arrays.copyOf(val, n));
    }
}
