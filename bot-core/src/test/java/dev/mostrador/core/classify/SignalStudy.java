package dev.mostrador.core.classify;

import dev.mostrador.bench.BenchData;
import dev.mostrador.bench.CachedEmbedder;

import java.nio.file.Path;
import java.util.*;
import dev.mostrador.core.text.ChatNormalizer;
import java.util.function.ToDoubleFunction;

/** Development study (not a test): which confidence signal separates in-scope from out-of-scope best. */
public class SignalStudy {
    public static void main(String[] args) throws Exception {
        String dataset = args[0];
        int per = Integer.parseInt(args[1]);
        boolean dev = args.length < 3 || args[2].equals("dev");
        CachedEmbedder emb = CachedEmbedder.ofShared(Path.of("/tmp/mostrador-emb-cache.bin"));
        List<LabeledText> train, evalIn, evalOut;
        if (dataset.equals("clinc")) {
            var parts = BenchData.clinc(Path.of("/work/shared/bench-data/clinc150-small-dev.json"));
            if (dev) {
                List<LabeledText> first40 = BenchData.firstPerLabel(parts.get("train"), 40);
                Set<LabeledText> in40 = new HashSet<>(first40);
                train = BenchData.firstPerLabel(first40, per);
                evalIn = parts.get("train").stream().filter(t -> !in40.contains(t)).toList();
                evalOut = parts.get("oos_train");
            } else {
                train = BenchData.firstPerLabel(parts.get("train"), per);
                evalIn = parts.get("val");
                evalOut = parts.get("oos_val");
            }
        } else {
            List<LabeledText> all = BenchData.tsv(Path.of("/work/shared/bench-data/es-tod-train-5per.tsv"));
            if (dev) {
                // the training split halved (every other phrasing of each intent): the eval part stays unseen
                train = new ArrayList<>();
                evalIn = new ArrayList<>();
                Map<String, Integer> seen = new HashMap<>();
                for (LabeledText t : all) (seen.merge(t.label(), 1, Integer::sum) % 2 == 1 ? train : evalIn).add(t);
            } else {
                train = all;
                evalIn = BenchData.tsv(Path.of("/work/shared/bench-data/es-tod-eval.tsv"));
            }
            evalOut = List.of();
        }
        if (Boolean.getBoolean("norm")) {
            java.util.function.Function<List<LabeledText>, List<LabeledText>> nz = l -> l.stream()
                    .map(t -> new LabeledText(t.label(), ChatNormalizer.normalize(t.text()))).toList();
            train = nz.apply(train);
            evalIn = nz.apply(evalIn);
            evalOut = nz.apply(evalOut);
        }
        TrainingOptions d = TrainingOptions.defaults();
        TrainingOptions o = new TrainingOptions(Long.getLong("seed", d.seed()), Integer.getInteger("epochs", d.epochs()),
                dbl("lr", d.learningRate()), dbl("l2", d.l2()), (float) dbl("cw", d.charWeight()),
                (float) dbl("ww", d.wordWeight()), System.getProperty("ews") != null ? Arrays.stream(System.getProperty("ews").split(",")).map(Float::valueOf).toList() : System.getProperty("ew") == null ? d.embeddingWeights() : List.of((float) dbl("ew", 2)),
                Integer.getInteger("augment", d.augmentTo()), Integer.getInteger("folds", d.calibrationFolds()),
                dbl("refuse", d.refuseRate()), Integer.getInteger("swaps", d.synonymSwaps()));
        long t0 = System.nanoTime();
        List<FaqClassifier.Signals> held = new ArrayList<>();
        
        WordGroups groups = Boolean.getBoolean("nogroups") ? WordGroups.NONE : WordGroups.builtIn();
        FaqClassifier c = FaqClassifier.train(train, emb, o, groups, held);
        System.out.printf("%s per=%d %s train=%d in=%d out=%d trained in %.1fs %s%n", dataset, per, dev ? "dev" : "VAL",
                train.size(), evalIn.size(), evalOut.size(), (System.nanoTime() - t0) / 1e9, o);
        List<String> labels = c.labels();
        int ens = Integer.getInteger("ensemble", 1);
        if (ens > 1) {
            List<FaqClassifier> models = new ArrayList<>();
            for (int k = 0; k < ens; k++) models.add(FaqClassifier.train(train, emb, o.withSeed(o.seed() + 1000L * k)));
            int okE = 0;
            for (LabeledText t : evalIn) {
                double[] avg = new double[labels.size()];
                for (FaqClassifier m : models) {
                    double[] p = m.signals(t.text(), unit(emb.embed(t.text()))).p();
                    for (int i = 0; i < p.length; i++) avg[i] += p[i];
                }
                int best = 0;
                for (int i = 1; i < avg.length; i++) if (avg[i] > avg[best]) best = i;
                if (labels.get(best).equals(t.label())) okE++;
            }
            System.out.printf("ensemble of %d: argmax acc %.4f%n", ens, okE / (double) evalIn.size());
        }
        List<FaqClassifier.Signals> sIn = new ArrayList<>(), sOut = new ArrayList<>();
        int correct = 0;
        List<Boolean> inCorrect = new ArrayList<>();
        for (LabeledText t : evalIn) {
            var s = c.signals(t.text(), unit(emb.embed(t.text())));
            sIn.add(s);
            boolean ok = labels.get(s.order()[0]).equals(t.label());
            if (!ok && Boolean.getBoolean("errors")) System.out.printf("ERR %s -> %s (%.2f) | %s%n", t.label(), labels.get(s.order()[0]), s.p()[s.order()[0]], t.text());
            inCorrect.add(ok);
            if (ok) correct++;
        }
        for (LabeledText t : evalOut) sOut.add(c.signals(t.text(), unit(emb.embed(t.text()))));
        emb.save();
        if (System.getProperty("knn") != null) {
            for (double a : new double[]{0, 0.1, 0.2, 0.3, 0.5, 0.75, 1, 1.5, 2, 3}) {
                int okA = 0, okL = 0;
                for (int i = 0; i < sIn.size(); i++) {
                    var s = sIn.get(i);
                    int bestA = 0, bestL = 0;
                    for (int k = 1; k < s.p().length; k++) {
                        if (s.p()[k] + a * s.nearestByLabel()[k] > s.p()[bestA] + a * s.nearestByLabel()[bestA]) bestA = k;
                        if (Math.log(s.p()[k]) + 10 * a * s.nearestByLabel()[k] > Math.log(s.p()[bestL]) + 10 * a * s.nearestByLabel()[bestL]) bestL = k;
                    }
                    if (labels.get(bestA).equals(evalIn.get(i).label())) okA++;
                    if (labels.get(bestL).equals(evalIn.get(i).label())) okL++;
                }
                System.out.printf("knn a=%.2f  p+a*nb %.4f   logp+10a*nb %.4f%n", a, okA / (double) sIn.size(), okL / (double) sIn.size());
            }
        }
        int heldCorrect = 0;
        for (var s : held) if (s.order()[0] == s.truth()) heldCorrect++;
        System.out.printf("chosen ew %.1f  argmax acc %.4f   held-out acc %.4f (n=%d)%n", c.embeddingWeight(), correct / (double) evalIn.size(),
                heldCorrect / (double) Math.max(1, held.size()), held.size());
        Map<String, ToDoubleFunction<FaqClassifier.Signals>> scores = new LinkedHashMap<>();
        scores.put("p1", s -> s.p()[s.order()[0]]);
        scores.put("margin", s -> s.p()[s.order()[0]] - s.p()[s.order()[1]]);
        scores.put("nearest", FaqClassifier.Signals::nearest);
        scores.put("nearestBest", FaqClassifier.Signals::nearestOfBest);
        scores.put("p1*nb", s -> s.p()[s.order()[0]] * s.nearestOfBest());
        scores.put("sqrtp1*nb", s -> Math.sqrt(s.p()[s.order()[0]]) * s.nearestOfBest());
        scores.put("(p1+nb)/2", s -> (s.p()[s.order()[0]] + s.nearestOfBest()) / 2);
        scores.put("(m+nb)/2", s -> (s.p()[s.order()[0]] - s.p()[s.order()[1]] + s.nearestOfBest()) / 2);
        for (var e : scores.entrySet()) {
            var f = e.getValue();
            double auc = evalOut.isEmpty() ? Double.NaN : auroc(sIn.stream().mapToDouble(f).toArray(), sOut.stream().mapToDouble(f).toArray());
            StringBuilder sb = new StringBuilder();
            double[] h = held.stream().mapToDouble(f).sorted().toArray();
            for (double r : new double[]{0.02, 0.05, 0.10, 0.15, 0.20}) {
                double thr = h.length == 0 ? 0 : h[(int) Math.floor(r * h.length)];
                int okIn = 0, refused = 0;
                for (int i = 0; i < sIn.size(); i++) if (f.applyAsDouble(sIn.get(i)) >= thr && inCorrect.get(i)) okIn++;
                for (var s : sOut) if (f.applyAsDouble(s) < thr) refused++;
                double inAcc = okIn / (double) sIn.size();
                double oosRec = evalOut.isEmpty() ? Double.NaN : refused / (double) sOut.size();
                double overall = (okIn + refused) / (double) (sIn.size() + sOut.size());
                sb.append(String.format("  r=%.2f thr=%.3f in=%.3f oos=%.2f all=%.3f |", r, thr, inAcc, oosRec, overall));
            }
            System.out.printf("%-12s auroc=%.3f %s%n", e.getKey(), auc, sb);
        }
    }

    static double dbl(String k, double def) {
        String v = System.getProperty(k);
        return v == null ? def : Double.parseDouble(v);
    }

    static float[] unit(float[] v) {
        double n = 0;
        for (float x : v) n += x * x;
        float[] o = new float[v.length];
        for (int i = 0; i < v.length; i++) o[i] = (float) (v[i] / Math.sqrt(n));
        return o;
    }

    static double auroc(double[] pos, double[] neg) {
        double s = 0;
        for (double p : pos) for (double n : neg) s += p > n ? 1 : p == n ? 0.5 : 0;
        return s / ((double) pos.length * neg.length);
    }
}
