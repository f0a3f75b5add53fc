package dev.mostrador.core.match;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import java.util.ArrayList;
import java.util.List;

/**
 * Sentence embeddings from the in-process all-MiniLM-L6-v2 model (ONNX, 384 dimensions), L2-normalized so a dot
 * product is the cosine. The model takes seconds to load, so there is one {@link #shared()} instance whose model
 * loads on first use; the ONNX session is thread-safe.
 */
public final class Embedder {

    public static final String MODEL_NAME = "all-MiniLM-L6-v2";
    public static final int DIMENSION = 384;

    private static final Embedder SHARED = new Embedder();

    private volatile EmbeddingModel model;

    private Embedder() {}

    /** The process-wide embedder. Cheap to get: the model itself loads on the first embedding. */
    public static Embedder shared() {
        return SHARED;
    }

    private EmbeddingModel model() {
        EmbeddingModel m = model;
        if (m == null) {
            synchronized (this) {
                m = model;
                if (m == null) {
                    m = new AllMiniLmL6V2EmbeddingModel();
                    model = m;
                }
            }
        }
        return m;
    }

    /** The text's vector; a blank text means nothing, so it gets the zero vector (cosine 0 with everything). */
    public float[] embed(String text) {
        if (text == null || text.isBlank()) return new float[DIMENSION];
        return normalized(model().embed(text).content());
    }

    /** One vector per text, in the same order. */
    public List<float[]> embedAll(List<String> texts) {
        if (texts.isEmpty()) return List.of();
        // blank texts cannot be embedded; the corpus never has them, a "-" keeps positions if one slips through
        List<TextSegment> segments = texts.stream().map(t -> TextSegment.from(t.isBlank() ? "-" : t)).toList();
        List<Embedding> embeddings = model().embedAll(segments).content();
        List<float[]> out = new ArrayList<>(embeddings.size());
        for (Embedding e : embeddings) out.add(normalized(e));
        return out;
    }

    private static float[] normalized(Embedding e) {
        float[] v = e.vector().clone();
        double norm = 0;
        for (float x : v) norm += (double) x * x;
        norm = Math.sqrt(norm);
        if (norm > 0) for (int i = 0; i < v.length; i++) v[i] = (float) (v[i] / norm);
        return v;
    }

    static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }
}
