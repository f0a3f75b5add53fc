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
 *   idf(x)  = ln(1 + (N - df(x) + 0.5) / (df(x) + 0.5))            (BM25's idf; a query word no text holds
 *                                                                   weighs 1.5 times the highest idf)
 *   m(q, d) = 1 same stem | 0.85 same synonym group | x 0.8 when q was typo-corrected
 *   qcov    = sum_q idf(q) * max_d m(q, d) / sum_q idf(q)         how much of the message the text explains
 *             (query words of one synonym group count once, as their heaviest word and best match)
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
    static final double UNKNOWN_BOOST = 1.5;

    private final String lang;
    private final List<List<Term>> terms;
    private final Map<String, Integer> df;
    private final int n;
    /** per text: its distinct terms (by stem), their idf, and the sum of those idfs; precomputed for speed */
    private final Term[][] distinct;
    private final double[][] distinctIdf;
    private final double[] idfTotal;
    /** the texts holding each stem, and each synonym group as "#group", ascending: who can match a query term */
    private final Map<String, int[]> postings;
    /** stems some text holds: typos are corrected only towards these ("iphone" must not become "phone") */
    private final Set<String> vocabulary;
    /** the vocabulary plus every synonym stem: words that are not typos */
    private final Set<String> known;
    /**
     * Typo corrections already worked out; customers repeat the same slips. Bounded: the keys come from customer
     * text, so a long-running server must not keep every unknown word anyone ever typed.
     */
    private final Map<String, String> corrections = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_REMEMBERED_CORRECTIONS = 10_000;

    public LexicalIndex(String lang, List<List<Term>> terms, Map<String, Integer> df, Set<String> extraVocabulary) {
        this.lang = lang;
        this.terms = terms.stream().map(List::copyOf).toList();
        this.df = Collections.unmodifiableMap(new TreeMap<>(df));
        this.n = this.terms.size();
        this.distinct = new Term[n][];
        this.distinctIdf = new double[n][];
        this.idfTotal = new double[n];
        Set<String> vocab = new HashSet<>();
        for (int i = 0; i < n; i++) {
            Map<String, Term> byStem = new java.util.LinkedHashMap<>();
            for (Term term : this.terms.get(i)) byStem.putIfAbsent(term.stem(), term);
            distinct[i] = byStem.values().toArray(new Term[0]);
            distinctIdf[i] = new double[distinct[i].length];
            for (int k = 0; k < distinct[i].length; k++) {
                distinctIdf[i][k] = idf(this.df.getOrDefault(distinct[i][k].stem(), 0));
                idfTotal[i] += distinctIdf[i][k];
            }
            vocab.addAll(byStem.keySet());
        }
        Map<String, List<Integer>> post = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Set<String> keys = new HashSet<>();
            for (Term term : this.terms.get(i)) {
                keys.add(term.stem());
                if (term.hasGroup()) keys.add("#" + term.group());
            }
            for (String k : keys) post.computeIfAbsent(k, x -> new ArrayList<>()).add(i);
        }
        Map<String, int[]> postingArrays = new HashMap<>(post.size() * 2);
        post.forEach((k, v) -> postingArrays.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        this.postings = postingArrays;
        this.vocabulary = Set.copyOf(vocab);
        this.known = new HashSet<>(vocab);
        this.known.addAll(extraVocabulary);
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
            if (!known.contains(q.stem()) && !q.hasGroup()) {
                String fixed = correction(q.stem());
                if (!fixed.isEmpty()) {
                    t = new Term(fixed, analyzer.groupOf(fixed, lang));
                    factor = TYPO_MATCH;
                }
            }
            out.add(new QueryTerm(t, factor, weight(t)));
        }
        return out;
    }

    private String correction(String stem) {
        String cached = corrections.get(stem);
        if (cached != null) return cached;
        String c = Typos.closest(stem, vocabulary, df);
        String fixed = c == null ? "" : c;
        if (corrections.size() < MAX_REMEMBERED_CORRECTIONS) corrections.put(stem, fixed);
        return fixed;
    }

    /** Share of the message's terms (after typo correction) that this business uses anywhere; 1 for no terms. */
    public double coverage(List<QueryTerm> query) {
        if (query.isEmpty()) return 1;
        return 1 - unknown(query).size() / (double) query.size();
    }

    /** The prepared terms no text of this business holds (neither the stem nor its synonym group). */
    public List<String> unknown(List<QueryTerm> query) {
        List<String> out = new ArrayList<>();
        for (QueryTerm q : query) {
            Term t = q.term();
            if (!df.containsKey(t.stem()) && !(t.hasGroup() && df.containsKey("#" + t.group()))) out.add(t.stem());
        }
        return out;
    }

    private double weight(Term t) {
        Integer d = df.get(t.stem());
        if (d == null && t.hasGroup()) d = df.get("#" + t.group());
        // a word the business never uses ("iphone", "zapatos") is the strongest sign the message is about
        // something else, stronger than any shared question word ("cuanto", "venden")
        return d == null ? UNKNOWN_BOOST * idf(0) : idf(d);
    }

    private double idf(int docFreq) {
        return Math.log(1 + (n - docFreq + 0.5) / (docFreq + 0.5));
    }

    /**
     * {@link #score(List, int, Set)} for every text, in index order; texts that share no stem or synonym group with
     * the message are 0 without being looked at (an inverted index over the terms).
     */
    public double[] scoreAll(List<QueryTerm> query, java.util.function.IntFunction<Set<String>> impliedOf) {
        double[] out = new double[n];
        if (query.isEmpty()) return out;
        boolean[] seen = new boolean[n];
        for (QueryTerm q : query) {
            Term t = q.term();
            for (String key : t.hasGroup() ? new String[]{t.stem(), "#" + t.group()} : new String[]{t.stem()}) {
                int[] docs = postings.get(key);
                if (docs == null) continue;
                for (int i : docs) {
                    if (seen[i]) continue;
                    seen[i] = true;
                    out[i] = score(query, i, impliedOf.apply(i));
                }
            }
        }
        return out;
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
        Term[] doc = distinct[i];
        double[] docIdf = distinctIdf[i];
        double[] docMatch = new double[doc.length];
        // words of one synonym group are one question ("cuanto cuesta", "a que hora abren"): they share a slot
        // weighing as the heaviest of them and matched as the best of them
        int slots = 0;
        String[] slotGroup = new String[query.size()];
        double[] slotWeight = new double[query.size()];
        double[] slotMatch = new double[query.size()];
        for (QueryTerm q : query) {
            Term qt = q.term();
            if (qt.hasGroup() && implied.contains(qt.group())) continue;
            double best = 0;
            for (int k = 0; k < doc.length; k++) {
                double m = qt.stem().equals(doc[k].stem()) ? 1
                        : qt.hasGroup() && qt.group().equals(doc[k].group()) ? SYNONYM_MATCH : 0;
                m *= q.factor();
                if (m > best) best = m;
                if (m > docMatch[k]) docMatch[k] = m;
            }
            int slot = -1;
            if (qt.hasGroup()) {
                for (int j = 0; j < slots; j++) if (qt.group().equals(slotGroup[j])) slot = j;
            }
            if (slot < 0) {
                slot = slots++;
                slotGroup[slot] = qt.group();
            }
            slotWeight[slot] = Math.max(slotWeight[slot], q.weight());
            slotMatch[slot] = Math.max(slotMatch[slot], best);
        }
        double matched = 0, total = 0;
        for (int j = 0; j < slots; j++) {
            total += slotWeight[j];
            matched += slotWeight[j] * slotMatch[j];
        }
        if (total == 0 || matched == 0) return 0;
        double dMatched = 0;
        for (int k = 0; k < doc.length; k++) dMatched += docIdf[k] * docMatch[k];
        double dcov = idfTotal[i] == 0 ? 0 : dMatched / idfTotal[i];
        return 0.7 * (matched / total) + 0.3 * dcov;
    }
}
