package dev.mostrador.core.match;

import java.util.List;

/**
 * Meaning overlap: cosine of sentence embeddings, mapped linearly from the model's unrelated cosine to its
 * paraphrase cosine onto [0,1] ({@link Embedder#unrelatedCosine}; MiniLM's 0.25 and 0.85: unrelated short
 * sentences sit around 0.1-0.3 with it and paraphrases above 0.6). A text's cosine is
 * computed only when the retriever asks for it (see {@link HybridRetriever#search}: texts that cannot reach the
 * top are never asked).
 */
public final class EmbeddingSignal implements ScoreSignal {
    private final double floor;
    private final double ceiling;

    /** the texts' unit vectors back to back (text i at i * dimension) */
    private final float[] flat;
    private final int dimension;

    EmbeddingSignal(float[] flat, int dimension, double floor, double ceiling) {
        this.flat = flat;
        this.dimension = dimension;
        this.floor = floor;
        this.ceiling = ceiling;
    }

    @Override
    public String name() {
        return "embedding";
    }

    @Override
    public Scorer prepare(Query query, List<IndexedText> texts) {
        float[] q = query.vector();
        if (q.length != dimension) return i -> 0;
        return i -> Math.max(0, Math.min(1, (cosine(q, flat, i * dimension) - floor) / (ceiling - floor)));
    }

    /** Dot product of {@code q} with the vector at {@code base}; four running sums the CPU can overlap. */
    static double cosine(float[] q, float[] flat, int base) {
        float s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        int d = 0, n = q.length;
        for (; d + 3 < n; d += 4) {
            s0 += q[d] * flat[base + d];
            s1 += q[d + 1] * flat[base + d + 1];
            s2 += q[d + 2] * flat[base + d + 2];
            s3 += q[d + 3] * flat[base + d + 3];
        }
        for (; d < n; d++) s0 += q[d] * flat[base + d];
        return (s0 + s1) + (s2 + s3);
    }
}
