package dev.mostrador.core.match;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Sentence embeddings from an in-process ONNX model shipped in one of langchain4j's model jars, 8-bit quantized (384
 * dimensions), L2-normalized so a dot product is the cosine. Two are used:
 * <ul>
 * <li>{@link #MINILM}, all-MiniLM-L6-v2 (mean pooling): every message in every language. Quantized rather than
 * the 32-bit model since 2026-12-01: a message embeds in 4.8 ms instead of 7.4 (two threads, same host,
 * interleaved runs), the jar is 67 MB smaller, and the benchmark rows moved by under half a point either way
 * (docs/benchmarks.md).</li>
 * <li>{@link #BGE_SMALL_EN}, bge-small-en-v1.5 (CLS pooling): the English second look
 * ({@link HybridRetriever#withSecondLook}). Twelve layers read English better than MiniLM's six (nearest FAQ
 * centroid on CLINC 5-shot: 0.891 against 0.853) but take 8 ms a message, and read Spanish worse.</li>
 * </ul>
 * A model takes seconds to load, so each has one instance whose model loads on first use; the ONNX session is
 * thread-safe.
 */
public final class OnnxEmbedder implements Embedder {

    /**
     * Cosines calibrated on the CLINC training phrasings (first five per intent, 2026-12-02): MiniLM's 0.25 and
     * 0.85 are the 94th percentile of phrasings of different intents and the 95th of phrasings of the same one;
     * bge-small's cosines at those percentiles are 0.65 and 0.93 (its whole range is narrower and higher).
     */
    static final OnnxEmbedder MINILM = new OnnxEmbedder(MODEL_NAME, "all-minilm-l6-v2-q",
            "dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel",
            PoolingMode.MEAN, 0.25, 0.85);
    static final OnnxEmbedder BGE_SMALL_EN = new OnnxEmbedder("bge-small-en-v1.5-q", "bge-small-en-v1.5-q",
            "dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel",
            PoolingMode.CLS, 0.65, 0.93);

    private final String name;
    /** langchain4j's resource names for the model and its tokenizer ({@code .onnx}, {@code -tokenizer.json}) */
    private final String resource;
    /** a class of the model's jar, named so an error can say which dependency is missing */
    private final String jarClass;
    private final PoolingMode pooling;
    private final double unrelated;
    private final double paraphrase;
    private volatile EmbeddingModel model;

    private OnnxEmbedder(String name, String resource, String jarClass, PoolingMode pooling, double unrelated,
            double paraphrase) {
        this.name = name;
        this.resource = resource;
        this.jarClass = jarClass;
        this.pooling = pooling;
        this.unrelated = unrelated;
        this.paraphrase = paraphrase;
    }

    @Override
    public String model() {
        return name;
    }

    @Override
    public double unrelatedCosine() {
        return unrelated;
    }

    @Override
    public double paraphraseCosine() {
        return paraphrase;
    }

    private EmbeddingModel loaded() {
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
     * spinning while they wait. A message is a dozen tokens: two threads embed it (32-bit MiniLM) in 5.6 ms against
     * 8.4 ms with one (2-core machine, 1,000 Spanish messages, 2026-12-01), also with both cores busy elsewhere (8.5
     * against 13.4 ms), while ONNX's default spinning threads wait for each other on a busy machine (17.3 ms; 36-52
     * ms against 20 ms under heavier load). The vectors are bit-identical whatever the thread count.
     */
    private EmbeddingModel load() {
        try (InputStream onnx = OnnxEmbedder.class.getResourceAsStream("/" + resource + ".onnx");
                InputStream tokenizer = OnnxEmbedder.class.getResourceAsStream("/" + resource + "-tokenizer.json")) {
            if (onnx == null || tokenizer == null) {
                throw new IllegalStateException("the " + name + " model is missing from the classpath: add the "
                        + "langchain4j jar of " + jarClass);
            }
            OrtEnvironment env = OrtEnvironment.getEnvironment();
            try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
                options.setIntraOpNumThreads(Math.min(2, Runtime.getRuntime().availableProcessors()));
                options.setInterOpNumThreads(1);
                options.addConfigEntry("session.intra_op.allow_spinning", "0");
                OrtSession session = env.createSession(onnx.readAllBytes(), options);
                return new InProcess(new OnnxBertBiEncoder(env, session, tokenizer, pooling));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the " + name + " model from its jar", e);
        } catch (OrtException e) {
            throw new IllegalStateException("cannot start the " + name + " model: " + e.getMessage(), e);
        }
    }

    /** langchain4j's in-process model around our own session; embedAll still spreads texts over its executor. */
    private static final class InProcess extends AbstractInProcessEmbeddingModel {
        private final OnnxBertBiEncoder encoder;

        InProcess(OnnxBertBiEncoder encoder) {
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
        return normalized(loaded().embed(text).content());
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        if (texts.isEmpty()) return List.of();
        // blank texts cannot be embedded; the corpus never has them, a "-" keeps positions if one slips through
        List<TextSegment> segments = texts.stream().map(t -> TextSegment.from(t.isBlank() ? "-" : t)).toList();
        List<Embedding> embeddings = loaded().embedAll(segments).content();
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
