package dev.mostrador.core.match;

import java.util.List;

/**
 * One kind of evidence that an indexed text answers a message, in [0,1]. {@link ScoreFusion} turns all signals
 * into one calibrated score. A new signal (e.g. the per-business classifier) is added with
 * {@link HybridRetriever#withSignal}; nothing else changes.
 */
public interface ScoreSignal {
    String name();

    /** Called once per search; the returned scorer is asked about texts by their index in {@code texts}. */
    Scorer prepare(Query query, List<IndexedText> texts);

    @FunctionalInterface
    interface Scorer {
        double score(int textIndex);
    }
}
