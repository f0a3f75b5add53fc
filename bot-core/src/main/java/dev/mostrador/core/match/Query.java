package dev.mostrador.core.match;

import dev.mostrador.core.text.Term;
import dev.mostrador.core.text.TextAnalyzer;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A customer message prepared once per search: its language, analyzed terms and (unit) embedding, plus the terms
 * prepared against each lexical index, worked out once and shared by the signals that need them.
 */
public record Query(String text, String lang, List<Term> terms, float[] vector,
                    Map<LexicalIndex, List<LexicalIndex.QueryTerm>> prepared) {

    public Query(String text, String lang, List<Term> terms, float[] vector) {
        this(text, lang, terms, vector, new IdentityHashMap<>());
    }

    /** The message's terms prepared against {@code index} (typos corrected, weighted), worked out once per search. */
    public List<LexicalIndex.QueryTerm> preparedFor(LexicalIndex index, TextAnalyzer analyzer) {
        return prepared.computeIfAbsent(index, i -> i.prepare(terms, analyzer));
    }
}
