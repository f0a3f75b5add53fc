package dev.mostrador.core.match;

import java.util.ArrayList;
import java.util.List;

/**
 * Sentence embeddings, L2-normalized so a dot product is the cosine. The runtime and the compiler use
 * {@link #shared()} (in-process all-MiniLM-L6-v2, quantized) for every message and {@link #english()}
 * (bge-small-en-v1.5, quantized) for the English second look; benchmarks may wrap them (e.g. to remember vectors
 * between runs). Implementations are thread-safe.
 */
public interface Embedder {

    /** Written into every bundle: a bundle whose vectors another model made is refused when it is read. */
    String MODEL_NAME = "all-MiniLM-L6-v2-q";
    int DIMENSION = 384;

    /** The process-wide MiniLM embedder. Cheap to get: the model itself loads on the first embedding. */
    static Embedder shared() {
        return OnnxEmbedder.MINILM;
    }

    /** The process-wide English encoder of the second look ({@link HybridRetriever#withSecondLook}); loads on first use. */
    static Embedder english() {
        return OnnxEmbedder.BGE_SMALL_EN;
    }

    /** The model's name, written into bundles beside its vectors. */
    default String model() {
        return MODEL_NAME;
    }

    /**
     * The cosine at which two texts start to mean something alike (the embedding signal's 0) and the one of
     * paraphrases (its 1): MiniLM's unless the model says otherwise, since every model spreads cosines its own way.
     */
    default double unrelatedCosine() {
        return 0.25;
    }

    default double paraphraseCosine() {
        return 0.85;
    }

    /** The text's unit vector; a blank text means nothing, so it gets the zero vector (cosine 0 with everything). */
    float[] embed(String text);

    /** One vector per text, in the same order. */
    default List<float[]> embedAll(List<String> texts) {
        List<float[]> out = new ArrayList<>(texts.size());
        for (String t : texts) out.add(embed(t));
        return out;
    }

    static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }
}
