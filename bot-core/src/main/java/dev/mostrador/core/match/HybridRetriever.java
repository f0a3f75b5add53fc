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

    private HybridRetriever(List<IndexedText> texts, TextAnalyzer analyzer, Map<String, LexicalIndex> lexical,
            float[][] vectors, Embedder embedder, ScoreFusion fusion) {
        this.texts = List.copyOf(texts);
        this.analyzer = analyzer;
        this.lexical = Map.copyOf(lexical);
        this.vectors = vectors;
        this.embedder = embedder;
        this.fusion = fusion;
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
                .with(new EmbeddingSignal(vectors), EMBEDDING_WEIGHT, 0)
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
        double[] values = new double[scorers.size()];
        Map<String, Candidate> best = new LinkedHashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            for (int s = 0; s < values.length; s++) values[s] = scorers.get(s).score(i);
            double score = fusion.fuse(values);
            IndexedText t = texts.get(i);
            String key = t.kind() + "\u0000" + t.id();
            Candidate c = best.get(key);
            if (c == null || score > c.score()) best.put(key, new Candidate(t.kind(), t.id(), score));
        }
        return best.values().stream()
                .sorted(Comparator.comparingDouble(Candidate::score).reversed()
                        .thenComparing(Candidate::kind).thenComparing(Candidate::id))
                .limit(Math.max(0, topK))
                .toList();
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
        Query query = new Query(message, l, analyzer.analyze(message, l), embedder.embed(ChatNormalizer.normalize(message)));
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

    /** The text vectors, in {@link #texts()} order. */
    public float[][] vectors() {
        return vectors;
    }

    public TextAnalyzer analyzer() {
        return analyzer;
    }
}
