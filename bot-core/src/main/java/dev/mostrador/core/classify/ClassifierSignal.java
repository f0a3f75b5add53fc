package dev.mostrador.core.classify;

import dev.mostrador.core.match.IndexedText;
import dev.mostrador.core.match.Query;
import dev.mostrador.core.match.ScoreSignal;
import dev.mostrador.core.text.ChatNormalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The per-business {@link FaqClassifier} as a retrieval signal: every indexed text of a thing the classifier was
 * trained on (an FAQ, a menu item) gets that thing's {@link FaqClassifier#support support}; texts it knows nothing
 * about (doc chunks) get {@link #NEUTRAL}, the value that leaves their fused score as it was without the signal.
 * Reuses the query's embedding: the message is embedded once per search.
 */
public final class ClassifierSignal implements ScoreSignal {

    /**
     * Fusion weight: the classifier is the best single judge of which FAQ a message means and whether it means
     * any, so a confident answer (support near 1) or refusal (near 0) outweighs word and embedding overlap; near
     * the threshold the other signals decide. Bias shift: with support 0.5 and no overlap at all the score is 0.5.
     */
    public static final double WEIGHT = 12.0;
    public static final double BIAS_SHIFT = -1.5;
    /** {@code WEIGHT * NEUTRAL + BIAS_SHIFT = 0}: no change for texts the classifier does not know. */
    public static final double NEUTRAL = -BIAS_SHIFT / WEIGHT;

    private final FaqClassifier classifier;
    private final int[] labelOfText;

    /** {@code texts}: the retriever's indexed texts, in order; a text's label is {@link #label}(kind, id). */
    public ClassifierSignal(FaqClassifier classifier, List<IndexedText> texts) {
        this.classifier = classifier;
        Map<String, Integer> index = new HashMap<>();
        List<String> labels = classifier.labels();
        for (int i = 0; i < labels.size(); i++) index.put(labels.get(i), i);
        labelOfText = new int[texts.size()];
        for (int i = 0; i < texts.size(); i++) {
            labelOfText[i] = index.getOrDefault(label(texts.get(i).kind(), texts.get(i).id()), -1);
        }
    }

    /** The classifier label of an indexed thing. */
    public static String label(String kind, String id) {
        return kind + ":" + id;
    }

    @Override
    public String name() {
        return "classifier";
    }

    @Override
    public Scorer prepare(Query query, List<IndexedText> texts) {
        // the classifier learned from normalized phrasings (see ClassifierTraining)
        double[] support = classifier.support(ChatNormalizer.normalize(query.text()), query.vector());
        return i -> labelOfText[i] < 0 ? NEUTRAL : support[labelOfText[i]];
    }
}
