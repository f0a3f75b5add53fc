package dev.mostrador.core.match;

import dev.mostrador.core.text.TextAnalyzer;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Word overlap from the per-language {@link LexicalIndex}. */
public final class LexicalSignal implements ScoreSignal {
    /** Questions any menu item answers by itself: its price, whether it is sold, ordering it. */
    static final Set<String> MENU_IMPLIED = Set.of("precio", "venta", "pedido");

    private final Map<String, LexicalIndex> byLang;
    private final TextAnalyzer analyzer;

    public LexicalSignal(Map<String, LexicalIndex> byLang, TextAnalyzer analyzer) {
        this.byLang = Map.copyOf(byLang);
        this.analyzer = analyzer;
    }

    @Override
    public String name() {
        return "lexical";
    }

    @Override
    public Scorer prepare(Query query, List<IndexedText> texts) {
        LexicalIndex index = byLang.get(TextAnalyzer.supported(query.lang()));
        List<LexicalIndex.QueryTerm> terms = query.preparedFor(index, analyzer);
        // only texts sharing a stem or synonym group with the message can score above 0
        double[] scores = index.scoreAll(terms, i -> "menu".equals(texts.get(i).kind()) ? MENU_IMPLIED : Set.of());
        return i -> scores[i];
    }
}
