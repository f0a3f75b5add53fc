package dev.mostrador.core.classify;

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
 * @param embeddingWeight  weight of the sentence embedding
 * @param noisyCopies      noisy copies made of each phrasing (dropped word, typo) to learn customers' spelling
 * @param calibrationFolds folds used to see how sure the model is about phrasings it did not train on
 * @param refuseRate       share of such held-out phrasings the out-of-scope rule may refuse; sets the threshold
 */
public record TrainingOptions(long seed, int epochs, double learningRate, double l2, float charWeight,
                              float wordWeight, float embeddingWeight, int noisyCopies, int calibrationFolds,
                              double refuseRate) {
    public TrainingOptions {
        if (epochs < 1) throw new IllegalArgumentException("epochs must be at least 1, got " + epochs);
        if (learningRate <= 0) throw new IllegalArgumentException("learningRate must be positive, got " + learningRate);
        if (l2 < 0) throw new IllegalArgumentException("l2 must not be negative, got " + l2);
        if (noisyCopies < 0) throw new IllegalArgumentException("noisyCopies must not be negative, got " + noisyCopies);
        if (calibrationFolds == 1 || calibrationFolds < 0)
            throw new IllegalArgumentException("calibrationFolds must be 0 (off) or at least 2, got " + calibrationFolds);
        if (refuseRate < 0 || refuseRate >= 1)
            throw new IllegalArgumentException("refuseRate must be in [0,1), got " + refuseRate);
    }

    public static TrainingOptions defaults() {
        return new TrainingOptions(42L, 15, 0.5, 1e-4, 1.0f, 1.0f, 1.0f, 0, 5, 0.05);
    }

    public TrainingOptions withSeed(long newSeed) {
        return new TrainingOptions(newSeed, epochs, learningRate, l2, charWeight, wordWeight, embeddingWeight,
                noisyCopies, calibrationFolds, refuseRate);
    }
}
