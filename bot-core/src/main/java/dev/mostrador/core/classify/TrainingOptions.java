package dev.mostrador.core.classify;

import java.util.List;

/**
 * How a {@link FaqClassifier} is trained. {@link #defaults()} is meant for every business and language as is:
 * nothing here is tuned per data set.
 *
 * @param seed             seeds the shuffle and the noise, so training is reproducible bit for bit
 * @param epochs           SGD passes over the (augmented) phrasings
 * @param learningRate     initial SGD step
 * @param l2               L2 penalty on the weights
 * @param charWeight       weight of the character n-gram group (each group is L2-normalized)
 * @param wordWeight       weight of the word uni/bigram group
 * @param embeddingWeights candidate weights of the sentence embedding: the build keeps the one under which the
 *                         held-out phrasings (cross-validation) are classified best, first listed on a tie; how much
 *                         MiniLM can be trusted differs by language and business (it reads English far better
 *                         than Spanish), and the owner's own phrasings are the judge
 * @param augmentTo        labels with fewer phrasings get noisy copies (dropped word, typo) up to about this many,
 *                         so few-shot FAQs learn customers' spelling; labels with many phrasings get none
 * @param calibrationFolds folds used to see how sure the model is about phrasings it did not train on
 * @param refuseRate       share of such held-out phrasings the out-of-scope rule may refuse; sets the threshold
 * @param synonymSwaps     per phrasing of a label that gets noisy copies, copies with one synonym-group member
 *                         swapped for another ("delivery" → "envio"), so the FAQ learns the group's words too
 */
public record TrainingOptions(long seed, int epochs, double learningRate, double l2, float charWeight,
                              float wordWeight, List<Float> embeddingWeights, int augmentTo, int calibrationFolds,
                              double refuseRate, int synonymSwaps) {
    public TrainingOptions {
        embeddingWeights = List.copyOf(embeddingWeights);
        if (embeddingWeights.isEmpty()) throw new IllegalArgumentException("at least one embedding weight");
        if (epochs < 1) throw new IllegalArgumentException("epochs must be at least 1, got " + epochs);
        if (learningRate <= 0) throw new IllegalArgumentException("learningRate must be positive, got " + learningRate);
        if (l2 < 0) throw new IllegalArgumentException("l2 must not be negative, got " + l2);
        if (augmentTo < 0) throw new IllegalArgumentException("augmentTo must not be negative, got " + augmentTo);
        if (synonymSwaps < 0)
            throw new IllegalArgumentException("synonymSwaps must not be negative, got " + synonymSwaps);
        if (calibrationFolds == 1 || calibrationFolds < 0)
            throw new IllegalArgumentException("calibrationFolds must be 0 (off) or at least 2, got " + calibrationFolds);
        if (refuseRate < 0 || refuseRate >= 1)
            throw new IllegalArgumentException("refuseRate must be in [0,1), got " + refuseRate);
    }

    public static TrainingOptions defaults() {
        return new TrainingOptions(42L, 15, 0.5, 1e-4, 1.0f, 1.0f, List.of(2.0f, 1.0f), 15, 5, 0.05, 6);
    }

    public TrainingOptions withSeed(long newSeed) {
        return new TrainingOptions(newSeed, epochs, learningRate, l2, charWeight, wordWeight, embeddingWeights,
                augmentTo, calibrationFolds, refuseRate, synonymSwaps);
    }

    /** The same options with one fixed embedding weight (nothing to choose). */
    public TrainingOptions withEmbeddingWeight(float weight) {
        return new TrainingOptions(seed, epochs, learningRate, l2, charWeight, wordWeight, List.of(weight),
                augmentTo, calibrationFolds, refuseRate, synonymSwaps);
    }

    /** The same options with {@code swaps} synonym-swapped copies per phrasing (0: none). */
    public TrainingOptions withSynonymSwaps(int swaps) {
        return new TrainingOptions(seed, epochs, learningRate, l2, charWeight, wordWeight, embeddingWeights,
                augmentTo, calibrationFolds, refuseRate, swaps);
    }
}
