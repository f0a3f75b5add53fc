package dev.mostrador.core.match;

import dev.mostrador.core.text.TextAnalyzer;
import java.util.List;
import java.util.Map;

/**
 * Whether the message is in the business's words at all: 1 when at least {@link #ENOUGH} of its terms (typos
 * corrected) occur somewhere in the business's texts, falling to 0 when none do. The same value for every text,
 * so it never changes the ranking; it only refuses messages about things the business never mentions ("quien
 * gano el mundial"), which a classifier trained on few phrasings per FAQ may still assign to some FAQ.
 */
public final class VocabularySignal implements ScoreSignal {
    /** One known word in ten is enough: customers add many words the owner never wrote ("urgente", "porfa"). */
    static final double ENOUGH = 0.1;
    /** Fusion weight; its bias shift is {@code -WEIGHT}, so a message with enough known words is unaffected. */
    public static final double WEIGHT = 8.0;

    private final Map<String, LexicalIndex> byLang;
    private final TextAnalyzer analyzer;

    public VocabularySignal(Map<String, LexicalIndex> byLang, TextAnalyzer analyzer) {
        this.byLang = Map.copyOf(byLang);
        this.analyzer = analyzer;
    }

    @Override
    public String name() {
        return "vocabulary";
    }

    @Override
    public Scorer prepare(Query query, List<IndexedText> texts) {
        LexicalIndex index = byLang.get(TextAnalyzer.supported(query.lang()));
        double value = Math.min(1, index.coverage(query.preparedFor(index, analyzer)) / ENOUGH);
        return i -> value;
    }
}
