package dev.mostrador.core.classify;

import dev.mostrador.bench.BenchData;
import dev.mostrador.bench.CachedEmbedder;
import dev.mostrador.core.load.BusinessLoader;
import dev.mostrador.core.model.Faq;
import dev.mostrador.core.text.ChatNormalizer;
import java.nio.file.Path;
import java.util.*;

/** Development study (not a test): how sure is a model about phrasings of FAQs it was not trained on? */
public class LabelOutStudy {
    public static void main(String[] args) throws Exception {
        CachedEmbedder emb = CachedEmbedder.ofShared(Path.of("/tmp/mostrador-emb-cache.bin"));
        List<LabeledText> ex = new ArrayList<>();
        if (args[0].equals("business")) {
            for (Faq f : BusinessLoader.load(Path.of("business")).faqs()) {
                ex.add(new LabeledText(f.id(), ChatNormalizer.normalize(f.question())));
                for (String a : f.also()) ex.add(new LabeledText(f.id(), ChatNormalizer.normalize(a)));
            }
        } else if (args[0].equals("clinc")) {
            var parts = BenchData.clinc(Path.of("/work/shared/bench-data/clinc150-small-dev.json"));
            ex = BenchData.firstPerLabel(parts.get("train"), Integer.parseInt(args[1]));
        } else {
            ex = BenchData.tsv(Path.of("/work/shared/bench-data/es-tod-train-5per.tsv"));
        }
        TrainingOptions o = TrainingOptions.defaults();
        FaqClassifier full = FaqClassifier.train(ex, emb, o);
        System.out.printf("%s: %d phrasings, threshold %.3f%n", args[0], ex.size(), full.threshold());
        List<String> labels = new ArrayList<>(new TreeSet<>(ex.stream().map(LabeledText::label).toList()));
        int groups = 5;
        List<Double> out = new ArrayList<>();
        TrainingOptions noCal = new TrainingOptions(o.seed(), o.epochs(), o.learningRate(), o.l2(), o.charWeight(),
                o.wordWeight(), o.embeddingWeights(), o.augmentTo(), 0, o.refuseRate(), o.synonymSwaps());
        for (int g = 0; g < groups; g++) {
            Set<String> held = new HashSet<>();
            for (int i = g; i < labels.size(); i += groups) held.add(labels.get(i));
            List<LabeledText> tr = ex.stream().filter(t -> !held.contains(t.label())).toList();
            FaqClassifier part = FaqClassifier.train(tr, emb, noCal);
            for (LabeledText t : ex) if (held.contains(t.label())) out.add(part.signals(t.text()).score());
        }
        double[] v = out.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int above = 0;
        for (double x : v) if (x >= full.threshold()) above++;
        System.out.printf("label-out phrasings %d: median %.3f, p25 %.3f, p75 %.3f, share above threshold %.3f%n", v.length,
                v[v.length / 2], v[v.length / 4], v[3 * v.length / 4], above / (double) v.length);
        emb.save();
    }
}
