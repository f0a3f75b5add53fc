package dev.mostrador.core.match;

import dev.mostrador.core.model.BusinessFolder;
import dev.mostrador.core.text.ChatNormalizer;
import dev.mostrador.core.text.Synonyms;
import dev.mostrador.core.text.TextAnalyzer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lexical + embedding retrieval over a business's FAQ phrasings, menu items and doc chunks.
 *
 * <p>Every indexed text gets one score per {@link ScoreSignal} (word overlap from {@link LexicalSignal}, meaning
 * from {@link EmbeddingSignal}); {@link ScoreFusion} fuses them into one calibrated score in [0,1] where 0.5
 * separates answers from out-of-scope messages. A thing with several texts (an FAQ and its {@code also} lines, a
 * menu item's name and aliases) scores as its best text. A trained classifier joins through
 * {@link #withSignal}.
 *
 * <p>The English second look ({@link #withSecondLook}): MiniLM reads English well enough for most messages, and
 * the classifier says when it is sure; when it is not (its best FAQ's support under {@link #SECOND_LOOK_BELOW}),
 * an English message is scored again by a second retriever over the same texts whose vectors and classifier come
 * from a stronger English encoder (bge-small, 8 ms a message). Only the unsure messages pay for it, so the median
 * cost of a message stays MiniLM's. Immutable and thread-safe.
 */
public final class HybridRetriever implements Retriever {

    /**
     * Calibrated by hand on labelled customer messages (in scope and out of scope) against a food-truck business:
     * lexical 0.75 alone is the boundary (three of four meaningful words matched); the embedding alone never
     * passes, because MiniLM rates unrelated Spanish sentences of the same shape as similar ("necesito un
     * plomero" vs "necesito factura": cosine 0.75); each embedding point lowers the lexical bar by 0.58.
     */
    public static final ScoreFusion DEFAULT_FUSION = new ScoreFusion(-4.5, List.of());
    static final double LEXICAL_WEIGHT = 6.0;
    static final double EMBEDDING_WEIGHT = 3.5;

    private final List<IndexedText> texts;
    private final TextAnalyzer analyzer;
    private final Map<String, LexicalIndex> lexical;
    private final Embedder embedder;
    private final ScoreFusion fusion;
    /** the vectors back to back (text i at i * dimension), shared with the embedding signal */
    private final float[] flat;
    /** where the embedding signal sits in the fusion (its value is computed last, and only when it can matter) */
    private final int embeddingSlot;
    /** per text, the index of its thing (an FAQ, a menu item, a doc chunk) in {@link #things} */
    private final int[] thingOf;
    private final List<IndexedText> things;
    /** how much of the message is in the business's words, and what that asks of its score */
    private final VocabularySignal vocabulary;
    private final Familiarity familiarity;
    /** The second look: a retriever over the same texts with another encoder, for messages in its language. */
    private final SecondLook secondLook;

    /**
     * The classifier's support for its best FAQ under which an English message gets the second look. The support
     * is 0.5 at the classifier's own refusal threshold and saturates towards 1 above it: 0.99 leaves the confident
     * answers (about six messages in ten on CLINC's 5-shot set, nine in ten of them right) to MiniLM alone.
     */
    public static final double SECOND_LOOK_BELOW = 0.99;

    /** {@code retriever} answers messages in {@code lang} when {@code judge} (a signal of the fusion) is unsure. */
    record SecondLook(HybridRetriever retriever, String lang, ScoreSignal judge) {}

    private HybridRetriever(List<IndexedText> texts, TextAnalyzer analyzer, Map<String, LexicalIndex> lexical,
            float[] flat, Embedder embedder, ScoreFusion fusion, Familiarity familiarity, SecondLook secondLook) {
        this.secondLook = secondLook;
        this.vocabulary = new VocabularySignal(lexical, analyzer);
        this.familiarity = familiarity;
        this.texts = List.copyOf(texts);
        this.analyzer = analyzer;
        this.lexical = Map.copyOf(lexical);
        this.embedder = embedder;
        this.fusion = fusion;
        this.flat = flat;
        int slot = -1;
        for (int s = 0; s < fusion.signals().size(); s++) {
            if (fusion.signals().get(s).signal() instanceof EmbeddingSignal) slot = s;
        }
        this.embeddingSlot = slot;
        Map<String, Integer> index = new HashMap<>();
        List<IndexedText> thingList = new ArrayList<>();
        this.thingOf = new int[this.texts.size()];
        for (int i = 0; i < this.texts.size(); i++) {
            IndexedText t = this.texts.get(i);
            String key = t.kind() + "\u0000" + t.id();
            Integer k = index.get(key);
            if (k == null) {
                k = thingList.size();
                index.put(key, k);
                thingList.add(t);
            }
            thingOf[i] = k;
        }
        this.things = List.copyOf(thingList);
    }

    /** Indexes and embeds a business (build time). */
    public static HybridRetriever build(BusinessFolder folder, Embedder embedder) {
        TextAnalyzer analyzer = new TextAnalyzer(Synonyms.withOwner(folder.synonyms()));
        List<IndexedText> texts = Corpus.of(folder);
        Map<String, LexicalIndex> lexical = new LinkedHashMap<>();
        for (String lang : TextAnalyzer.LANGUAGES) lexical.put(lang, LexicalIndex.build(lang, texts, analyzer));
        List<float[]> embedded = embedder.embedAll(texts.stream().map(t -> ChatNormalizer.normalize(t.text())).toList());
        return of(texts, analyzer, lexical, embedded.toArray(new float[0][]), embedder);
    }

    /** Reassembles a retriever from stored parts (bundle load time): nothing is re-analyzed or re-embedded. */
    public static HybridRetriever of(List<IndexedText> texts, TextAnalyzer analyzer, Map<String, LexicalIndex> lexical,
            float[][] vectors, Embedder embedder) {
        if (vectors.length != texts.size()) {
            throw new IllegalArgumentException(texts.size() + " texts but " + vectors.length + " vectors");
        }
        int dimension = vectors.length == 0 ? Embedder.DIMENSION : vectors[0].length;
        float[] flat = new float[vectors.length * dimension];
        for (int i = 0; i < vectors.length; i++) {
            if (vectors[i].length != dimension) throw new IllegalArgumentException("vectors of different lengths");
            System.arraycopy(vectors[i], 0, flat, i * dimension, dimension);
        }
        ScoreFusion fusion = DEFAULT_FUSION
                .with(new LexicalSignal(lexical, analyzer), LEXICAL_WEIGHT, 0)
                .with(new EmbeddingSignal(flat, dimension, embedder.unrelatedCosine(), embedder.paraphraseCosine()),
                        EMBEDDING_WEIGHT, 0);
        return new HybridRetriever(texts, analyzer, lexical, flat, embedder, fusion, Familiarity.STRICT, null);
    }

    /**
     * The same retriever gating messages in none of the business's words with {@code familiarity} (its second
     * look too: the bar is measured on whichever of the two answers).
     */
    public HybridRetriever withFamiliarity(Familiarity familiarity) {
        SecondLook second = secondLook == null ? null : new SecondLook(
                secondLook.retriever().withFamiliarity(familiarity), secondLook.lang(), secondLook.judge());
        return new HybridRetriever(texts, analyzer, lexical, flat, embedder, fusion, familiarity, second);
    }

    /**
     * The same retriever handing messages in {@code lang} to {@code second} (same texts, another encoder) when
     * {@code judge}, one of this retriever's signals (the classifier), gives no text {@link #SECOND_LOOK_BELOW} or
     * more. {@code second} takes this retriever's familiarity bar.
     */
    public HybridRetriever withSecondLook(HybridRetriever second, String lang, ScoreSignal judge) {
        if (second.texts.size() != texts.size()) {
            throw new IllegalArgumentException("the second look must index the same " + texts.size() + " texts");
        }
        boolean inFusion = fusion.signals().stream().anyMatch(w -> w.signal() == judge);
        if (!inFusion) throw new IllegalArgumentException("the second look's judge must be one of the fused signals");
        return new HybridRetriever(texts, analyzer, lexical, flat, embedder, fusion, familiarity,
                new SecondLook(second.withFamiliarity(familiarity), TextAnalyzer.supported(lang), judge));
    }

    /** Loads this retriever's encoder and the second look's. */
    @Override
    public void warmUp() {
        embedder.embed("hola");
        if (secondLook != null) secondLook.retriever().warmUp();
    }

    /** The fused signals, in order. */
    public List<ScoreSignal> signals() {
        return fusion.signals().stream().map(ScoreFusion.Weighted::signal).toList();
    }

    /** The second look's retriever, if any (for the compiler and tests). */
    public java.util.Optional<HybridRetriever> secondLook() {
        return java.util.Optional.ofNullable(secondLook).map(SecondLook::retriever);
    }

    public Familiarity familiarity() {
        return familiarity;
    }

    /**
     * The same retriever with one more signal, e.g. the per-business classifier. {@code biasShift} keeps 0.5 as
     * the boundary: a signal that is 0.5 on a borderline message needs {@code biasShift = -weight / 2}.
     */
    public HybridRetriever withSignal(ScoreSignal signal, double weight, double biasShift) {
        return new HybridRetriever(texts, analyzer, lexical, flat, embedder, fusion.with(signal, weight, biasShift),
                familiarity, secondLook);
    }

    /**
     * The {@code topK} best things. Every signal but the embedding is cheap and computed for every text; the
     * embedding (a 384-dimension dot product) is computed in order of how high a text could still score, and not at
     * all for texts that could not reach the {@code topK} even with a perfect embedding match: the same answer as
     * scoring everything, for a fraction of the work when there are thousands of phrasings.
     */
    @Override
    public List<Candidate> search(String text, String lang, int topK) {
        if (texts.isEmpty() || topK <= 0) return List.of();
        return search(query(text, lang), topK);
    }

    private List<Candidate> search(Query query, int topK) {
        List<ScoreSignal.Scorer> scorers = prepare(query);
        if (unsure(query, scorers)) return secondLook.retriever().search(secondLook.retriever().reembedded(query), topK);
        return rank(query, scorers, topK, vocabulary.known(query));
    }

    /**
     * The same message for this retriever's encoder: its analysis and the terms already prepared against the shared
     * lexical indexes are kept (the second look reads the words exactly as the first did), only the vector is new.
     */
    private Query reembedded(Query query) {
        return new Query(query.text(), query.lang(), query.terms(), embedder.embed(ChatNormalizer.normalize(query.text())),
                query.prepared());
    }

    /** Whether the message goes to the second look: its language, and the judge gives no text the bar. */
    private boolean unsure(Query query, List<ScoreSignal.Scorer> scorers) {
        if (secondLook == null || !secondLook.lang().equals(query.lang())) return false;
        for (int s = 0; s < scorers.size(); s++) {
            if (fusion.signals().get(s).signal() != secondLook.judge()) continue;
            ScoreSignal.Scorer judge = scorers.get(s);
            for (int i = 0; i < texts.size(); i++) if (judge.score(i) >= SECOND_LOOK_BELOW) return false;
            return true;
        }
        return false;
    }

    /** The best thing's fused score before the familiarity gate, and the message's share of known words. */
    public record Raw(double score, double known) {}

    /** As {@link #search} for the best thing, without the familiarity gate (the build measures the gate with it). */
    public Raw raw(String text, String lang) {
        return raw(query(text, lang));
    }

    private Raw raw(Query query) {
        List<ScoreSignal.Scorer> scorers = prepare(query);
        if (!texts.isEmpty() && unsure(query, scorers)) {
            return secondLook.retriever().raw(secondLook.retriever().reembedded(query));
        }
        // known = 1 leaves the score ungated
        double best = texts.isEmpty() ? 0 : rank(query, scorers, 1, 1).get(0).score();
        return new Raw(best, vocabulary.known(query));
    }

    /** The {@code topK} best things for a prepared message, gated as a message with {@code known} known words. */
    private List<Candidate> rank(Query query, List<ScoreSignal.Scorer> scorers, int k, double known) {
        int n = texts.size();
        List<ScoreFusion.Weighted> weighted = fusion.signals();
        double embeddingWeight = embeddingSlot < 0 ? 0 : weighted.get(embeddingSlot).weight();
        double[] partial = new double[n];
        long[] order = new long[n];
        for (int i = 0; i < n; i++) {
            double z = fusion.bias();
            for (int s = 0; s < weighted.size(); s++) {
                if (s != embeddingSlot) z += weighted.get(s).weight() * scorers.get(s).score(i);
            }
            partial[i] = z;
            order[i] = sortKey(z + Math.max(0, embeddingWeight), i);
        }
        java.util.Arrays.sort(order); // highest bound first
        double[] bestZ = new double[things.size()];
        java.util.Arrays.fill(bestZ, Double.NEGATIVE_INFINITY);
        // the k best things so far (their best z), descending; a thing's z only grows
        int[] topThing = new int[k];
        double[] topZ = new double[k];
        int filled = 0;
        ScoreSignal.Scorer embedding = embeddingSlot < 0 ? null : scorers.get(embeddingSlot);
        for (long key : order) {
            int i = (int) key;
            double bound = partial[i] + Math.max(0, embeddingWeight);
            if (filled == k && bound < topZ[k - 1] - 1e-6) break;
            double z = embedding == null ? partial[i] : partial[i] + embeddingWeight * embedding.score(i);
            int thing = thingOf[i];
            if (z <= bestZ[thing]) continue;
            bestZ[thing] = z;
            int at = -1;
            for (int t = 0; t < filled; t++) if (topThing[t] == thing) at = t;
            if (at < 0) {
                if (filled < k) at = filled++;
                else if (z > topZ[k - 1]) at = k - 1;
                else continue;
            }
            topThing[at] = thing;
            topZ[at] = z;
            for (int t = at; t > 0 && topZ[t] > topZ[t - 1]; t--) {
                double zz = topZ[t]; topZ[t] = topZ[t - 1]; topZ[t - 1] = zz;
                int tt = topThing[t]; topThing[t] = topThing[t - 1]; topThing[t - 1] = tt;
            }
        }
        // every thing with a score, ranked as before (ties by kind and id); the pruned ones cannot reach the top k
        List<Candidate> all = new ArrayList<>();
        for (int t = 0; t < things.size(); t++) {
            if (bestZ[t] == Double.NEGATIVE_INFINITY) continue;
            double score = familiarity.gate(1 / (1 + Math.exp(-bestZ[t])), known, query.lang());
            all.add(new Candidate(things.get(t).kind(), things.get(t).id(), score));
        }
        return all.stream()
                .sorted(Comparator.comparingDouble(Candidate::score).reversed()
                        .thenComparing(Candidate::kind).thenComparing(Candidate::id))
                .limit(k)
                .toList();
    }

    /** Ascending order of the key is descending order of {@code bound}; the low 32 bits carry the text index. */
    private static long sortKey(double bound, int index) {
        int bits = Float.floatToIntBits((float) -bound);
        int sortable = bits ^ ((bits >> 31) & 0x7fffffff);
        return ((long) sortable << 32) | (index & 0xffffffffL);
    }

    @Override
    public List<String> unknownWords(String text, String lang) {
        String l = TextAnalyzer.supported(lang);
        LexicalIndex index = lexical.get(l);
        if (index == null || text == null) return List.of();
        return index.unknown(index.prepare(analyzer.analyze(text, l), analyzer));
    }

    /** The best lexical signal over the thing's texts (every text is scored: for rare second looks only). */
    @Override
    public double wordMatch(String text, String lang, String kind, String id) {
        double best = -1;
        for (Scored s : explain(text, lang)) {
            if (s.text().kind().equals(kind) && s.text().id().equals(id)) {
                best = Math.max(best, s.signals().getOrDefault("lexical", 0.0));
            }
        }
        return best;
    }

    /**
     * Every indexed text with each signal's value (and the message's share of known words as "vocabulary") and the
     * final score (fused, then gated by {@link Familiarity}), in index order (for tests and tuning); from the second
     * look when the message gets it.
     */
    public List<Scored> explain(String text, String lang) {
        return explain(query(text, lang));
    }

    private List<Scored> explain(Query query) {
        List<ScoreSignal.Scorer> scorers = prepare(query);
        if (unsure(query, scorers)) return secondLook.retriever().explain(secondLook.retriever().reembedded(query));
        double known = vocabulary.known(query);
        List<Scored> out = new ArrayList<>(texts.size());
        double[] values = new double[scorers.size()];
        for (int i = 0; i < texts.size(); i++) {
            Map<String, Double> bySignal = new HashMap<>();
            for (int s = 0; s < scorers.size(); s++) {
                values[s] = scorers.get(s).score(i);
                bySignal.put(fusion.signals().get(s).signal().name(), values[s]);
            }
            bySignal.put(vocabulary.name(), known);
            out.add(new Scored(texts.get(i), Map.copyOf(bySignal),
                    familiarity.gate(fusion.fuse(values), known, query.lang())));
        }
        return out;
    }

    private Query query(String text, String lang) {
        String l = TextAnalyzer.supported(lang);
        String message = text == null ? "" : text;
        float[] vector = embedder.embed(ChatNormalizer.normalize(message));
        return new Query(message, l, analyzer.analyze(message, l), vector);
    }

    private List<ScoreSignal.Scorer> prepare(Query query) {
        List<ScoreSignal.Scorer> scorers = new ArrayList<>(fusion.signals().size());
        for (ScoreFusion.Weighted w : fusion.signals()) scorers.add(w.signal().prepare(query, texts));
        return scorers;
    }

    public record Scored(IndexedText text, Map<String, Double> signals, double score) {}

    public List<IndexedText> texts() {
        return texts;
    }

    public Map<String, LexicalIndex> lexicalIndexes() {
        return lexical;
    }

    /**
     * The text vectors, in {@link #texts()} order: a copy made from the one back-to-back array the retriever keeps
     * (for the compiler and tests; searching never needs it).
     */
    public float[][] vectors() {
        int dimension = texts.isEmpty() ? 0 : flat.length / texts.size();
        float[][] out = new float[texts.size()][];
        for (int i = 0; i < out.length; i++) out[i] = java.util.Arrays.copyOfRange(flat, i * dimension, (i + 1) * dimension);
        return out;
    }

    public TextAnalyzer analyzer() {
        return analyzer;
    }
}
