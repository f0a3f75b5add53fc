package dev.mostrador.core.match;

import dev.mostrador.core.text.Term;
import dev.mostrador.core.text.TextAnalyzer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The analyzed terms of every indexed text for one language, and how many texts hold each term (a synonym group
 * counts as the pseudo-term "#group"). Scores a query against a text as an idf-weighted, normalized overlap:
 *
 * <pre>
 *   idf(x)  = ln(1 + (N - df(x) + 0.5) / (df(x) + 0.5))            (BM25's idf; unseen terms get the highest)
 *   m(q, d) = 1 same stem | 0.85 same synonym group | x 0.8 when q was typo-corrected
 *   qcov    = sum_q idf(q) * max_d m(q, d) / sum_q idf(q)         how much of the message the text explains
 *   dcov    = sum_d idf(d) * max_q m(q, d) / sum_d idf(d)         how much of the text the message asks about
 *   lexical = 0.7 qcov + 0.3 dcov                                  in [0,1]
 * </pre>
 * Query terms of {@code implied} groups (see {@link #score(List, int, Set)}) are left out of both sums.
 * Texts are short (a question, a menu name), so term frequency is left out: this is BM25 with k1 = 0, normalized
 * by the query's own best score so that 1 means "every meaningful word matched". Immutable.
 */
public final class LexicalIndex {

    static final double SYNONYM_MATCH = 0.85;
    static final double TYPO_MATCH = 0.8;

    private final String lang;
    private final List<List<Term>> terms;
    private final Map<String, Integer> df;
    private final List<Set<String>> stemSets = new ArrayList<>();
    private final List<Set<String>> groupSets = new ArrayList<>();
    private final Set<String> vocabulary;

    public LexicalIndex(String lang, List<List<Term>> terms, Map<String, Integer> df, Set<String> extraVocabulary) {
        this.lang = lang;
        this.terms = terms.stream().map(List::copyOf).toList();
        this.df = Collections.unmodifiableMap(new TreeMap<>(df));
        Set<String> vocab = new HashSet<>(extraVocabulary);
        for (List<Term> t : this.terms) {
            Set<String> stems = new HashSet<>();
            Set<String> groups = new HashSet<>();
            for (Term term : t) {
                stems.add(term.stem());
                if (term.hasGroup()) groups.add(term.group());
            }
            stemSets.add(stems);
            groupSets.add(groups);
            vocab.addAll(stems);
        }
        this.vocabulary = Set.copyOf(vocab);
    }

    /** Analyzes every text and counts document frequencies. */
    public static LexicalIndex build(String lang, List<IndexedText> texts, TextAnalyzer analyzer) {
        List<List<Term>> terms = new ArrayList<>();
        for (IndexedText t : texts) terms.add(analyzer.analyze(t.text(), lang));
        return new LexicalIndex(lang, terms, documentFrequencies(terms), analyzer.synonymStems(lang));
    }

    static Map<String, Integer> documentFrequencies(List<List<Term>> terms) {
        Map<String, Integer> df = new TreeMap<>();
        for (List<Term> t : terms) {
            Set<String> seen = new HashSet<>();
            for (Term term : t) {
                seen.add(term.stem());
                if (term.hasGroup()) seen.add("#" + term.group());
            }
            for (String s : seen) df.merge(s, 1, Integer::sum);
        }
        return df;
    }

    public String lang() {
        return lang;
    }

    public List<List<Term>> terms() {
        return terms;
    }

    public Map<String, Integer> documentFrequencies() {
        return df;
    }

    public int size() {
        return terms.size();
    }

    /** A query term, possibly a typo corrected to a known stem (then {@code factor} < 1). */
    public record QueryTerm(Term term, double factor, double weight) {}

    /** The message's terms with typos corrected against this index's vocabulary, each with its idf weight. */
    public List<QueryTerm> prepare(List<Term> query, TextAnalyzer analyzer) {
        List<QueryTerm> out = new ArrayList<>(query.size());
        for (Term q : query) {
            Term t = q;
            double factor = 1;
            if (!vocabulary.contains(q.stem()) && !q.hasGroup()) {
                String fixed = Typos.closest(q.stem(), vocabulary, df);
                if (fixed != null) {
                    t = new Term(fixed, analyzer.groupOf(fixed, lang));
                    factor = TYPO_MATCH;
                }
            }
            out.add(new QueryTerm(t, factor, weight(t)));
        }
        return out;
    }

    private double weight(Term t) {
        Integer d = df.get(t.stem());
        if (d == null && t.hasGroup()) d = df.get("#" + t.group());
        return idf(d == null ? 0 : d);
    }

    private double idf(int docFreq) {
        int n = terms.size();
        return Math.log(1 + (n - docFreq + 0.5) / (docFreq + 0.5));
    }

    /** The normalized overlap of the prepared query with text {@code i}, in [0,1]. */
    public double score(List<QueryTerm> query, int i) {
        return score(query, i, Set.of());
    }

    /**
     * As {@link #score(List, int)}, ignoring query terms of the {@code implied} groups: asking the price of a menu
     * item ("cuanto sale el taco") is fully answered by the item, so "cuanto sale" must not dilute the match.
     */
    public double score(List<QueryTerm> query, int i, Set<String> implied) {
        if (query.isEmpty()) return 0;
        Set<String> stems = stemSets.get(i);
        Set<String> groups = groupSets.get(i);
        double matched = 0, total = 0;
        for (QueryTerm q : query) {
            if (q.term().hasGroup() && implied.contains(q.term().group())) continue;
            total += q.weight();
            double m = 0;
            if (stems.contains(q.term().stem())) m = 1;
            else if (q.term().hasGroup() && groups.contains(q.term().group())) m = SYNONYM_MATCH;
            matched += q.weight() * m * q.factor();
        }
        double qcov = total == 0 ? 0 : matched / total;
        if (qcov == 0) return 0;
        double dMatched = 0, dTotal = 0;
        List<Term> doc = terms.get(i);
        Set<String> counted = new HashSet<>();
        for (Term d : doc) {
            if (!counted.add(d.stem())) continue;
            double w = idf(df.getOrDefault(d.stem(), 0));
            dTotal += w;
            double m = 0;
            for (QueryTerm q : query) {
                if (q.term().hasGroup() && implied.contains(q.term().group())) continue;
                double x = 0;
                if (q.term().stem().equals(d.stem())) x = 1;
                else if (d.hasGroup() && d.group().equals(q.term().group())) x = SYNONYM_MATCH;
                m = Math.max(m, x * q.factor());
            }
            dMatched += w * m;
        }
        double dcov = dTotal == 0 ? 0 : dMatched / dTotal;
        return 0.7 * qcov + 0.3 * dcov;
    }
}
