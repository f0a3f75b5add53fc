package dev.mostrador.bench;

import dev.mostrador.core.bundle.Bundle;
import dev.mostrador.core.bundle.BundleCompiler;
import dev.mostrador.core.classify.LabeledText;
import dev.mostrador.core.load.BusinessLoader;
import dev.mostrador.core.match.HybridRetriever;
import dev.mostrador.core.model.BusinessFolder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Development study (not a test, not the benchmark): the signals of the best things for held-out TRAINING
 * messages (never the dev parts), for fitting the score fusion. Writes one TSV per set:
 * set, message, truth, thing, isTruth, then each signal's best value over the thing's texts.
 */
public final class FusionStudy {
    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        Path outDir = Path.of(args[1]);
        List<String> only = List.of(args[2].split(","));
        CachedEmbedder embedder = CachedEmbedder.ofShared(Path.of("bot-core/target/bench-embeddings.bin"));
        BusinessFolder example = BusinessLoader.load(Path.of("business"));
        var clinc = BenchData.clinc(data.resolve("clinc150-small-dev.json"));
        for (int per : new int[]{5, 10, 20}) {
            if (!only.contains("clinc" + per)) continue;
            List<LabeledText> train = BenchData.firstPerLabel(clinc.get("train"), per);
            List<LabeledText> held = new ArrayList<>(slice(clinc.get("train"), per, per + 10));
            for (LabeledText t : clinc.get("oos_train")) held.add(new LabeledText("oos", t.text()));
            run("clinc" + per, example, train, held, "en", embedder, outDir);
            embedder.save();
        }
        if (only.contains("es")) {
            List<LabeledText> all = BenchData.tsv(data.resolve("es-tod-train-5per.tsv"));
            List<LabeledText> train = new ArrayList<>(), held = new ArrayList<>();
            Map<String, Integer> seen = new LinkedHashMap<>();
            for (LabeledText t : all) (seen.merge(t.label(), 1, Integer::sum) % 2 == 1 ? train : held).add(t);
            run("es", example, train, held, "es", embedder, outDir);
            embedder.save();
        }
    }

    /** Items {@code from} (inclusive) to {@code to} (exclusive) of each label, in file order. */
    static List<LabeledText> slice(List<LabeledText> items, int from, int to) {
        Map<String, Integer> seen = new LinkedHashMap<>();
        List<LabeledText> out = new ArrayList<>();
        for (LabeledText t : items) {
            int k = seen.merge(t.label(), 1, Integer::sum) - 1;
            if (k >= from && k < to) out.add(t);
        }
        return out;
    }

    static void run(String name, BusinessFolder example, List<LabeledText> train, List<LabeledText> held, String lang,
                    CachedEmbedder embedder, Path outDir) throws Exception {
        long t0 = System.nanoTime();
        Bundle bundle = new BundleCompiler(embedder, List.of()).compile(AnswerQualityBench.asBusiness(example, train, lang));
        System.out.printf("%s: compiled %d phrasings in %.1f s%n", name, train.size(), (System.nanoTime() - t0) / 1e9);
        HybridRetriever r = bundle.hybridRetriever();
        StringBuilder out = new StringBuilder("set\tmsg\ttruth\tthing\tis_truth\tlex\temb\tcls\tvoc\tscore\n");
        for (int m = 0; m < held.size(); m++) {
            LabeledText t = held.get(m);
            Map<String, double[]> byThing = new LinkedHashMap<>();
            for (var s : r.explain(t.text(), lang)) {
                double[] v = byThing.computeIfAbsent(s.text().id(), k -> new double[5]);
                v[0] = Math.max(v[0], s.signals().getOrDefault("lexical", 0.0));
                v[1] = Math.max(v[1], s.signals().getOrDefault("embedding", 0.0));
                v[2] = s.signals().getOrDefault("classifier", 0.0);
                v[3] = s.signals().getOrDefault("vocabulary", 1.0);
                v[4] = Math.max(v[4], s.score());
            }
            var top = byThing.entrySet().stream()
                    .sorted(Comparator.comparingDouble((Map.Entry<String, double[]> e) -> -e.getValue()[4])).limit(10)
                    .toList();
            boolean hasTruth = false;
            for (var e : top) hasTruth |= e.getKey().equals(t.label());
            List<Map.Entry<String, double[]>> rows = new ArrayList<>(top);
            if (!hasTruth && byThing.containsKey(t.label())) rows.add(Map.entry(t.label(), byThing.get(t.label())));
            for (var e : rows) {
                double[] v = e.getValue();
                out.append(name).append('\t').append(m).append('\t').append(t.label()).append('\t').append(e.getKey())
                        .append('\t').append(e.getKey().equals(t.label()) ? 1 : 0);
                for (double x : v) out.append('\t').append(String.format("%.5f", x));
                out.append('\n');
            }
        }
        Files.writeString(outDir.resolve(name + ".tsv"), out, StandardCharsets.UTF_8);
    }
}
