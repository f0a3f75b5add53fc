package dev.mostrador.core.match;

import dev.mostrador.core.text.TextAnalyzer;
import java.util.Map;

/**
 * Whether the message is in the business's words at all: 1 when at least {@link #ENOUGH} of its terms (typos
 * corrected) occur somewhere in the business's texts, falling to 0 when none do. The same value for every text,
 * so it never changes the ranking; {@link Familiarity} uses it to hold messages about things the business never
 * mentions ("quien gano el mundial") to a higher bar, since a classifier trained on few phrasings per FAQ may
 * still assign them to some FAQ.
 */
final class VocabularySignal {
    /** One known word in ten is enough: customers add many words the owner never wrote ("urgente", "porfa"). */
    static final double ENOUGH = 0.1;

    private final Map<String, LexicalIndex> byLang;
    private final TextAnalyzer analyzer;

    VocabularySignal(Map<String, LexicalIndex> byLang, TextAnalyzer analyzer) {
        this.byLang = Map.copyOf(byLang);
        this.analyzer = analyzer;
    }

    String name() {
        return "vocabulary";
    }

    /** The message's share of known words, scaled so that {@link #ENOUGH} or more is 1. */
    double known(Query query) {
        LexicalIndex index = byLang.get(TextAnalyzer.supported(query.lang()));
        if (index == null) return 1;
        return Math.min(1, index.coverage(query.preparedFor(index, analyzer)) / ENOUGH);
    }
}
