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
 * {@link #withSignal}. Immutable and thread-safe.
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
    private final float[][] vectors;
    private final Embedder embedder;
    private final ScoreFusion fusion;
    /** the vectors back to back (text i at i * dimension), for one cache-friendly pass per search */
    private final float[] flat;
    private final int dimension;
    /** per text, the index of its thing (an FAQ, a menu item, a doc chunk) in {@link #things} */
    private final int[] thingOf;
    private final List<IndexedText> things;

    private HybridRetriever(List<IndexedText> texts, TextAnalyzer analyzer, Map<String, LexicalIndex> lexical,
            float[][] vectors, Embedder embedder, ScoreFusion fusion) {
        this.texts = List.copyOf(texts);
        this.analyzer = analyzer;
        this.lexical = Map.copyOf(lexical);
        this.vectors = vectors;
        this.embedder = embedder;
        this.fusion = fusion;
        this.dimension = vectors.length == 0 ? 0 : vectors[0].length;
        this.flat = new float[vectors.length * dimension];
        for (int i = 0; i < vectors.length; i++) {
            if (vectors[i].length != dimension) throw new IllegalArgumentException("vectors of different lengths");
            System.arraycopy(vectors[i], 0, flat, i * dimension, dimension);
        }
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
        ScoreFusion fusion = DEFAULT_FUSION
                .with(new LexicalSignal(lexical, analyzer), LEXICAL_WEIGHT, 0)
                .with(new EmbeddingSignal(), EMBEDDING_WEIGHT, 0)
                .with(new VocabularySignal(lexical, analyzer), VocabularySignal.WEIGHT, -VocabularySignal.WEIGHT);
        return new HybridRetriever(texts, analyzer, lexical, vectors, embedder, fusion);
    }

    /**
     * The same retriever with one more signal, e.g. the per-business classifier. {@code biasShift} keeps 0.5 as
     * the boundary: a signal that is 0.5 on a borderline message needs {@code biasShift = -weight / 2}.
     */
    public HybridRetriever withSignal(ScoreSignal signal, double weight, double biasShift) {
        return new HybridRetriever(texts, analyzer, lexical, vectors, embedder, fusion.with(signal, weight, biasShift));
    }

    @Override
    public List<Candidate> search(String text, String lang, int topK) {
        List<ScoreSignal.Scorer> scorers = prepare(text, lang);
        ScoreSignal.Scorer[] scorer = scorers.toArray(new ScoreSignal.Scorer[0]);
        double[] values = new double[scorer.length];
        double[] best = new double[things.size()];
        java.util.Arrays.fill(best, -1);
        for (int i = 0; i < texts.size(); i++) {
            for (int s = 0; s < scorer.length; s++) values[s] = scorer[s].score(i);
            double score = fusion.fuse(values);
            if (score > best[thingOf[i]]) best[thingOf[i]] = score;
        }
        List<Candidate> all = new ArrayList<>(things.size());
        for (int k = 0; k < things.size(); k++) {
            if (best[k] >= 0) all.add(new Candidate(things.get(k).kind(), things.get(k).id(), best[k]));
        }
        return all.stream()
                .sorted(Comparator.comparingDouble(Candidate::score).reversed()
                        .thenComparing(Candidate::kind).thenComparing(Candidate::id))
                .limit(Math.max(0, topK))
                .toList();
    }

    @Override
    public List<String> unknownWords(String text, String lang) {
        String l = TextAnalyzer.supported(lang);
        LexicalIndex index = lexical.get(l);
        if (index == null || text == null) return List.of();
        return index.unknown(index.prepare(analyzer.analyze(text, l), analyzer));
    }

    /** Every indexed text with each signal's value and the fused score, in index order (for tests and tuning). */
    public List<Scored> explain(String text, String lang) {
        List<ScoreSignal.Scorer> scorers = prepare(text, lang);
        List<Scored> out = new ArrayList<>(texts.size());
        double[] values = new double[scorers.size()];
        for (int i = 0; i < texts.size(); i++) {
            Map<String, Double> bySignal = new HashMap<>();
            for (int s = 0; s < scorers.size(); s++) {
                values[s] = scorers.get(s).score(i);
                bySignal.put(fusion.signals().get(s).signal().name(), values[s]);
            }
            out.add(new Scored(texts.get(i), Map.copyOf(bySignal), fusion.fuse(values)));
        }
        return out;
    }

    private List<ScoreSignal.Scorer> prepare(String text, String lang) {
        String l = TextAnalyzer.supported(lang);
        String message = text == null ? "" : text;
        float[] vector = embedder.embed(ChatNormalizer.normalize(message));
        Query query = new Query(message, l, analyzer.analyze(message, l), vector, cosines(vector));
        List<ScoreSignal.Scorer> scorers = new ArrayList<>(fusion.signals().size());
        for (ScoreFusion.Weighted w : fusion.signals()) scorers.add(w.signal().prepare(query, texts));
        return scorers;
    }

    /** The cosine of the (unit) message vector with every text's vector, in text order. */
    private double[] cosines(float[] q) {
        int n = texts.size();
        double[] out = new double[n];
        if (q.length != dimension) return out;
        for (int i = 0; i < n; i++) {
            int base = i * dimension;
            // four running sums: independent additions the CPU can overlap
            float s0 = 0, s1 = 0, s2 = 0, s3 = 0;
            int d = 0;
            for (; d + 3 < dimension; d += 4) {
                s0 += q[d] * flat[base + d];
                s1 += q[d + 1] * flat[base + d + 1];
                s2 += q[d + 2] * flat[base + d + 2];
                s3 += q[d + 3] * flat[base + d + 3];
            }
            for (; d < dimension; d++) s0 += q[d] * flat[base + d];
            out[i] = (s0 + s1) + (s2 + s3);
        }
        return out;
    }

    public record Scored(IndexedText text, Map<String, Double> signals, double score) {}

    public List<IndexedText> texts() {
        return texts;
    }

    public Map<String, LexicalIndex> lexicalIndexes() {
        return lexical;
    }

    /** The text vectors, in {@link #texts()} order. */
    public float[][] vectors() {
        return vectors;
    }

    public TextAnalyzer analyzer() {
        return analyzer;
    }
}
