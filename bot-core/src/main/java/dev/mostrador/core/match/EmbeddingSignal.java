package dev.mostrador.core.match;

import java.util.List;

/**
 * Meaning overlap: cosine of MiniLM sentence embeddings, mapped linearly from [FLOOR, CEILING] to [0,1].
 * Unrelated short sentences sit around 0.1-0.3 with this model and paraphrases above 0.6. The cosines come with
 * the {@link Query} (computed once per search by the retriever).
 */
public final class EmbeddingSignal implements ScoreSignal {
    static final double FLOOR = 0.25;
    static final double CEILING = 0.85;

    @Override
    public String name() {
        return "embedding";
    }

    @Override
    public Scorer prepare(Query query, List<IndexedText> texts) {
        double[] cos = query.cosines();
        return i -> Math.max(0, Math.min(1, (cos[i] - FLOOR) / (CEILING - FLOOR)));
    }
}
