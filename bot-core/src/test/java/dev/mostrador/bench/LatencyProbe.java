package dev.mostrador.bench;

import dev.mostrador.core.bundle.Bundle;
import dev.mostrador.core.classify.LabeledText;
import dev.mostrador.core.match.Embedder;
import dev.mostrador.core.match.HybridRetriever;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Development probe (not a test): search latency of a saved bundle (AnswerQualityBench -Dmostrador.saveBundle)
 * over the CLINC dev messages, once with MiniLM and once with the messages' vectors already known, so the cost of
 * matching itself shows apart from the embedding. Arguments: the bundle, the CLINC json, or a Spanish TOD tsv file and
 * "es" to ask its messages in Spanish.
 */
public final class LatencyProbe {
    public static void main(String[] args) throws Exception {
        CachedEmbedder cached = CachedEmbedder.ofShared(Path.of("bot-core/target/bench-embeddings.bin"));
        String lang = args.length > 2 ? args[2] : "en";
        List<LabeledText> msgs = args[1].endsWith(".tsv") ? BenchData.tsv(Path.of(args[1]))
                : BenchData.clinc(Path.of(args[1])).get("val");
        for (Embedder e : List.of(Embedder.shared(), (Embedder) cached)) {
            Bundle b;
            try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
                b = Bundle.read(in, e);
            }
            HybridRetriever r = b.hybridRetriever();
            for (int i = 0; i < 200; i++) r.search(msgs.get(i).text(), lang, 4);
            double[] ms = new double[1000];
            for (int i = 0; i < ms.length; i++) {
                long t0 = System.nanoTime();
                r.search(msgs.get(i % msgs.size()).text(), lang, 4);
                ms[i] = (System.nanoTime() - t0) / 1e6;
            }
            Arrays.sort(ms);
            System.out.printf("%s: median %.2f ms, p95 %.2f ms%n", e == cached ? "vectors known" : "with MiniLM",
                    ms[ms.length / 2], ms[(int) (ms.length * 0.95)]);
        }
        cached.save();
    }
}
