package dev.mostrador.bench;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Development probe (not a test): MiniLM's time per message under ONNX session settings, to choose
 * {@code OnnxEmbedder}'s. Arguments: the Spanish TOD eval tsv, the intra-op thread count, and "spin" to let
 * ONNX's threads spin while they wait (its default) instead of sleeping. 1,000 messages after 200 of warm-up.
 */
public final class EmbedderThreadsProbe {
    public static void main(String[] args) throws Exception {
        List<String> messages = BenchData.tsv(Path.of(args[0])).stream().map(t -> t.text()).toList();
        int threads = Integer.parseInt(args[1]);
        boolean spin = args.length > 2 && args[2].equals("spin");
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        String name = "all-minilm-l6-v2-q";
        OnnxBertBiEncoder encoder;
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions();
                InputStream onnx = AllMiniLmL6V2QuantizedEmbeddingModel.class.getResourceAsStream("/" + name + ".onnx");
                InputStream tokenizer = AllMiniLmL6V2QuantizedEmbeddingModel.class
                        .getResourceAsStream("/" + name + "-tokenizer.json")) {
            options.setIntraOpNumThreads(threads);
            options.setInterOpNumThreads(1);
            if (!spin) options.addConfigEntry("session.intra_op.allow_spinning", "0");
            encoder = new OnnxBertBiEncoder(env, env.createSession(onnx.readAllBytes(), options), tokenizer,
                    PoolingMode.MEAN);
        }
        OnnxBertBiEncoder e = encoder;
        AbstractInProcessEmbeddingModel model = new AbstractInProcessEmbeddingModel(null) {
            @Override
            protected OnnxBertBiEncoder model() {
                return e;
            }

            @Override
            protected Integer knownDimension() {
                return 384;
            }
        };
        for (int i = 0; i < 200; i++) model.embed(messages.get(i % messages.size()));
        double[] ms = new double[1000];
        for (int i = 0; i < ms.length; i++) {
            long t0 = System.nanoTime();
            model.embed(messages.get(i % messages.size()));
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf("threads=%d %s: median %.2f ms, p95 %.2f ms%n", threads, spin ? "spinning" : "sleeping",
                ms[ms.length / 2], ms[(int) (ms.length * 0.95)]);
    }
}
