package dev.mostrador.core.match;

import dev.mostrador.core.text.Term;
import dev.mostrador.core.text.TextAnalyzer;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A customer message prepared once per search: its language, analyzed terms, embedding, and the cosine of that
 * embedding with every indexed text (in the retriever's text order), so signals that need the similarities share
 * one pass over the vectors.
 */
public record Query(String text, String lang, List<Term> terms, float[] vector, double[] cosines,
                    Map<LexicalIndex, List<LexicalIndex.QueryTerm>> prepared) {

    public Query(String text, String lang, List<Term> terms, float[] vector, double[] cosines) {
        this(text, lang, terms, vector, cosines, new IdentityHashMap<>());
    }

    /** The message's terms prepared against {@code index} (typos corrected, weighted), worked out once per search. */
    public List<LexicalIndex.QueryTerm> preparedFor(LexicalIndex index, TextAnalyzer analyzer) {
        return prepared.computeIfAbsent(index, i -> i.prepare(terms, analyzer));
    }
}
