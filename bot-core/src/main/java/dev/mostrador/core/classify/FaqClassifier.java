package dev.mostrador.core.classify;

import dev.mostrador.core.match.Embedder;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A per-business classifier of customer messages into the owner's FAQs, trained at build time from the few
 * phrasings the owner wrote. Logistic regression over [character n-grams ⊕ words ⊕ MiniLM embedding] picks the
 * FAQ; its confidence combines the model's probability with how close the message is to a real phrasing, and
 * the message is refused as out of scope when that confidence is below what the model gave phrasings it had
 * not seen during training (cross-validation at build time), so no threshold is set per business.
 */
public final class FaqClassifier {
    private static final int MAGIC = 0x4d4f4643; // "MOFC"
    /** 2: synonym-group and opening-word features, with the groups' members stored after the vocabulary */
    private static final int FORMAT = 2;

    private final String[] labels;
    private final Vocabulary vocabulary;
    private final SoftmaxRegression model;
    private final float[][] exampleEmbeddings;
    private final int[] exampleLabels;
    private final float charWeight;
    private final float wordWeight;
    private final float embeddingWeight;
    private final float threshold;
    private final TextEmbedder embedder;
    /** per label, the indexes of its phrasings in {@link #exampleEmbeddings} */
    private final int[][] examplesOf;

    private FaqClassifier(String[] labels, Vocabulary vocabulary, SoftmaxRegression model, float[][] exampleEmbeddings,
                          int[] exampleLabels, float charWeight, float wordWeight, float embeddingWeight,
                          float threshold, TextEmbedder embedder) {
        this.labels = labels;
        this.vocabulary = vocabulary;
        this.model = model;
        this.exampleEmbeddings = exampleEmbeddings;
        this.exampleLabels = exampleLabels;
        this.charWeight = charWeight;
        this.wordWeight = wordWeight;
        this.embeddingWeight = embeddingWeight;
        this.threshold = threshold;
        this.embedder = embedder;
        int[] count = new int[labels.length];
        for (int l : exampleLabels) count[l]++;
        this.examplesOf = new int[labels.length][];
        for (int c = 0; c < labels.length; c++) examplesOf[c] = new int[count[c]];
        int[] at = new int[labels.length];
        for (int i = 0; i < exampleLabels.length; i++) examplesOf[exampleLabels[i]][at[exampleLabels[i]]++] = i;
    }

    /** Trained with the built-in synonym groups (a business without synonyms.yaml). */
    public static FaqClassifier train(List<LabeledText> examples, TextEmbedder embedder, TrainingOptions options) {
        return train(examples, embedder, options, WordGroups.builtIn(), null);
    }

    /** {@code groups}: the business's synonym groups (built-in and the owner's), one feature each. */
    public static FaqClassifier train(List<LabeledText> examples, TextEmbedder embedder, TrainingOptions options,
                                      WordGroups groups) {
        return train(examples, embedder, options, groups, null);
    }

    /** As {@link #train}, also handing the held-out calibration signals to {@code heldOut} (for studies). */
    static FaqClassifier train(List<LabeledText> examples, TextEmbedder embedder, TrainingOptions options,
                               List<Signals> heldOut) {
        return train(examples, embedder, options, WordGroups.builtIn(), heldOut);
    }

    static FaqClassifier train(List<LabeledText> examples, TextEmbedder embedder, TrainingOptions options,
                               WordGroups groups, List<Signals> heldOut) {
        Objects.requireNonNull(groups, "groups");
        Objects.requireNonNull(embedder, "embedder");
        Objects.requireNonNull(options, "options");
        if (examples == null || examples.isEmpty()) throw new IllegalArgumentException("no phrasings to train on");
        String[] labels = new TreeSet<>(examples.stream().map(LabeledText::label).toList()).toArray(String[]::new);
        Map<String, Integer> labelIndex = new TreeMap<>();
        for (int i = 0; i < labels.length; i++) labelIndex.put(labels[i], i);
        int n = examples.size();
        String[] texts = new String[n];
        String[] normalized = new String[n];
        float[][] embeddings = new float[n][];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            texts[i] = examples.get(i).text();
            normalized[i] = TextFeatures.normalize(texts[i]);
            embeddings[i] = unit(embedder.embed(texts[i]));
            y[i] = labelIndex.get(examples.get(i).label());
        }
        int[] all = new int[n];
        for (int i = 0; i < n; i++) all[i] = i;
        float threshold = 0f;
        float embeddingWeight = options.embeddingWeights().get(0);
        if (options.calibrationFolds() >= 2) {
            // every candidate weight is judged on the same folds; the best classified held-out phrasings win
            List<Signals> chosen = null;
            double bestAccuracy = -1, bestLikelihood = Double.NEGATIVE_INFINITY;
            for (float w : options.embeddingWeights()) {
                List<Signals> signals = heldOutSignals(texts, normalized, embeddings, y, labels, options, w, groups,
                        embedder);
                double accuracy = accuracy(signals), likelihood = likelihood(signals);
                if (chosen == null || accuracy > bestAccuracy || accuracy == bestAccuracy && likelihood > bestLikelihood) {
                    chosen = signals;
                    bestAccuracy = accuracy;
                    bestLikelihood = likelihood;
                    embeddingWeight = w;
                }
            }
            if (heldOut != null) heldOut.addAll(chosen);
            threshold = quantile(chosen, refuseRate(options.refuseRate(), y, labels.length));
        }
        return fit(all, texts, normalized, embeddings, y, labels, options, embeddingWeight, threshold, groups, embedder);
    }

    /** Share of held-out phrasings whose best label is their own. */
    static double accuracy(List<Signals> heldOut) {
        if (heldOut.isEmpty()) return 0;
        int ok = 0;
        for (Signals s : heldOut) if (s.order()[0] == s.truth()) ok++;
        return ok / (double) heldOut.size();
    }

    /** Mean log-probability of the true label of the held-out phrasings (breaks accuracy ties). */
    static double likelihood(List<Signals> heldOut) {
        double sum = 0;
        for (Signals s : heldOut) sum += Math.log(Math.max(1e-12, s.p()[s.truth()]));
        return heldOut.isEmpty() ? 0 : sum / heldOut.size();
    }

    private static FaqClassifier fit(int[] rows, String[] texts, String[] normalized, float[][] embeddings, int[] y,
                                     String[] labels, TrainingOptions o, float embeddingWeight, float threshold,
                                     WordGroups groups, TextEmbedder embedder) {
        int[] perLabel = new int[labels.length];
        for (int r : rows) perLabel[y[r]]++;
        // Labels with few phrasings also learn the synonyms of their words: a few copies with one group member
        // swapped for another (chosen at random, seeded), whose words then enter the vocabulary too.
        java.util.Random pick = new java.util.Random(o.seed() * 31 + rows.length);
        List<String> trainTexts = new ArrayList<>();
        List<List<String>> swapsOf = new ArrayList<>();
        for (int r : rows) {
            trainTexts.add(normalized[r]);
            List<String> chosen = new ArrayList<>();
            if (copies(o, perLabel[y[r]]) > 0) {
                List<String> all = groups.swaps(normalized[r]);
                for (int k = 0; k < o.synonymSwaps() && !all.isEmpty(); k++) chosen.add(all.remove(pick.nextInt(all.size())));
            }
            swapsOf.add(chosen);
            trainTexts.addAll(chosen);
        }
        Vocabulary vocabulary = Vocabulary.of(trainTexts, groups);
        int dim = embeddings[0].length;
        List<SoftmaxRegression.Example> train = new ArrayList<>();
        TypoNoise noise = new TypoNoise(o.seed());
        for (int i = 0; i < rows.length; i++) {
            int r = rows[i];
            float[] dense = scaled(embeddings[r], embeddingWeight);
            train.add(new SoftmaxRegression.Example(
                    vocabulary.vectorize(normalized[r], o.charWeight(), o.wordWeight()), dense, y[r]));
            // Copies keep their source's embedding: MiniLM reads through small typos and one synonym, and
            // re-embedding every copy would multiply the build time.
            for (int c = 0; c < copies(o, perLabel[y[r]]); c++) {
                String noisy = TextFeatures.normalize(noise.apply(texts[r]));
                train.add(new SoftmaxRegression.Example(
                        vocabulary.vectorize(noisy, o.charWeight(), o.wordWeight()), dense, y[r]));
            }
            for (String swapped : swapsOf.get(i)) {
                train.add(new SoftmaxRegression.Example(
                        vocabulary.vectorize(swapped, o.charWeight(), o.wordWeight()), dense, y[r]));
            }
        }
        SoftmaxRegression model = SoftmaxRegression.train(train, labels.length, vocabulary.size(), dim, o);
        float[][] exEmb = new float[rows.length][];
        int[] exLab = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            exEmb[i] = embeddings[rows[i]];
            exLab[i] = y[rows[i]];
        }
        return new FaqClassifier(labels, vocabulary, model, exEmb, exLab, o.charWeight(), o.wordWeight(),
                embeddingWeight, threshold, embedder);
    }

    /** Noisy copies per phrasing of a label with {@code phrasings} phrasings: about {@code augmentTo} in all. */
    private static int copies(TrainingOptions o, int phrasings) {
        return (o.augmentTo() - phrasings + phrasings - 1) / phrasings;
    }

    /**
     * Trains on all folds but one and scores the held-out phrasings, as if a customer had written them; the
     * threshold is the score below which only {@code refuseRate} of them fall.
     */
    private static List<Signals> heldOutSignals(String[] texts, String[] normalized, float[][] embeddings, int[] y,
                                                String[] labels, TrainingOptions o, float embeddingWeight,
                                                WordGroups groups, TextEmbedder embedder) {
        int k = o.calibrationFolds();
        int n = y.length;
        int[] fold = new int[n];
        int[] seen = new int[labels.length];
        int[] perLabel = new int[labels.length];
        for (int label : y) perLabel[label]++;
        for (int i = 0; i < n; i++) fold[i] = perLabel[y[i]] < 2 ? -1 : seen[y[i]]++ % k;
        List<Signals> scores = new ArrayList<>();
        for (int f = 0; f < k; f++) {
            List<Integer> trainRows = new ArrayList<>();
            List<Integer> heldOut = new ArrayList<>();
            for (int i = 0; i < n; i++) (fold[i] == f ? heldOut : trainRows).add(i);
            if (heldOut.isEmpty()) continue;
            FaqClassifier partial = fit(trainRows.stream().mapToInt(Integer::intValue).toArray(), texts, normalized,
                    embeddings, y, labels, o, embeddingWeight, 0f, groups, embedder);
            for (int i : heldOut) scores.add(partial.signals(texts[i], embeddings[i]).withTruth(y[i]));
        }
        return scores;
    }

    /**
     * The share of held-out phrasings the threshold may refuse, shrinking with the phrasings per label: the
     * held-out models miss one fold of the data, and with few phrasings that makes them much less sure than the
     * final model (so a larger share must be given up to keep customer paraphrases in); with many phrasings
     * they are nearly the final model, and the same share would refuse real questions. {@code base} applies at
     * {@value #BASE_PHRASINGS} phrasings per label (the median label counts) and scales with 1/sqrt(phrasings).
     */
    static double refuseRate(double base, int[] y, int labelCount) {
        int[] perLabel = new int[labelCount];
        for (int label : y) perLabel[label]++;
        int[] sorted = perLabel.clone();
        Arrays.sort(sorted);
        double median = Math.max(1, sorted[sorted.length / 2]);
        return Math.min(base, base * Math.sqrt(BASE_PHRASINGS / median));
    }

    static final int BASE_PHRASINGS = 5;

    static float quantile(List<Signals> signals, double rate) {
        return (float) quantile(signals.stream().mapToDouble(Signals::score).toArray(), rate);
    }

    static double quantile(double[] values, double rate) {
        if (values.length == 0) return 0;
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int at = (int) Math.floor(rate * sorted.length);
        return sorted[Math.min(at, sorted.length - 1)];
    }

    /** Best label for {@code text}; {@link Prediction#answerable()} is false when it is out of scope. */
    public Prediction predict(String text) {
        return topK(text, 1).get(0);
    }

    /** The {@code k} best labels, best first; only the first carries the out-of-scope decision. */
    public List<Prediction> topK(String text, int k) {
        if (k < 1) throw new IllegalArgumentException("k must be at least 1, got " + k);
        Signals s = signals(text, unit(embedder.embed(text)));
        Integer[] order = s.order();
        List<Prediction> out = new ArrayList<>();
        for (int i = 0; i < Math.min(k, labels.length); i++) {
            int c = order[i];
            String runnerUp = i + 1 < labels.length ? labels[order[i + 1]] : null;
            double margin = i + 1 < labels.length ? s.p()[c] - s.p()[order[i + 1]] : s.p()[c];
            double confidence = i == 0 ? s.score() : s.p()[c];
            out.add(new Prediction(labels[c], confidence, runnerUp, margin, i == 0 && s.score() >= threshold));
        }
        return out;
    }

    /** How soft the step from refused to answered is, in confidence units around the threshold. */
    static final double SOFTNESS = 0.04;
    static final double RUNNER_UP_POWER = 4;

    /**
     * Support for every label (in {@link #labels()} order), in [0,1], for a message whose sentence embedding is
     * already known (the retriever embeds each message once and shares the vector). The best label gets 0.5
     * exactly at the refusal threshold, rising towards 1 above it and falling towards 0 below; the others get
     * the best label's support times (their probability relative to the best)^4, so they rank below it.
     */
    public double[] support(String text, float[] embedding) {
        float[] u = unit(embedding);
        double[] p = model.probabilities(
                vocabulary.vectorize(TextFeatures.normalize(text), charWeight, wordWeight), scaled(u, embeddingWeight));
        int bestLabel = 0;
        for (int c = 1; c < p.length; c++) if (p[c] > p[bestLabel]) bestLabel = c;
        // only the chosen label's phrasings decide how close the message is to a real one: no pass over them all
        double nearest = -1;
        for (int i : examplesOf[bestLabel]) nearest = Math.max(nearest, Embedder.dot(u, exampleEmbeddings[i]));
        double best = p[bestLabel];
        double top = 1 / (1 + Math.exp(-(confidence(best, nearest) - threshold) / SOFTNESS));
        double[] out = new double[p.length];
        // others fall steeply with their probability: word overlap with a runner-up must not outrank the model's
        // choice unless the model itself hesitates between the two
        for (int c = 0; c < p.length; c++) out[c] = best <= 0 ? 0 : top * Math.pow(p[c] / best, RUNNER_UP_POWER);
        return out;
    }

    /** Labels the classifier knows, sorted. */
    public List<String> labels() {
        return List.of(labels);
    }

    /** The weight of the sentence embedding chosen at training time (see {@link TrainingOptions#embeddingWeights}). */
    public double embeddingWeight() {
        return embeddingWeight;
    }

    /** The confidence below which a message is refused, found at training time. */
    public double threshold() {
        return threshold;
    }

    /** What the model saw in one message; {@code truth} is the true label index when known, else -1. */
    record Signals(double[] p, Integer[] order, double nearest, double nearestOfBest, int truth, double[] nearestByLabel) {
        /**
         * Confidence: the model's probability averaged with the cosine to the closest phrasing of that label.
         * The probability says which FAQ; the cosine says whether the message resembles any phrasing at all,
         * which the probability alone cannot tell (it always sums to one over the known FAQs).
         */
        double score() {
            return confidence(p[order[0]], nearestOfBest);
        }

        Signals withTruth(int label) {
            return new Signals(p, order, nearest, nearestOfBest, label, nearestByLabel);
        }
    }

    /** The model's probability for its choice averaged with the cosine to that choice's closest phrasing. */
    static double confidence(double pBest, double nearestOfBest) {
        return Math.max(0, Math.min(1, (pBest + nearestOfBest) / 2));
    }

    Signals signals(String text, float[] unitEmbedding) {
        double[] byLabel = new double[labels.length];
        Arrays.fill(byLabel, -1);
        for (int i = 0; i < exampleEmbeddings.length; i++) {
            double cos = Embedder.dot(unitEmbedding, exampleEmbeddings[i]);
            if (cos > byLabel[exampleLabels[i]]) byLabel[exampleLabels[i]] = cos;
        }
        SparseVector sparse = vocabulary.vectorize(TextFeatures.normalize(text), charWeight, wordWeight);
        double[] p = model.probabilities(sparse, scaled(unitEmbedding, embeddingWeight));
        Integer[] order = new Integer[p.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -p[i]).thenComparingInt(i -> i));
        double nearest = -1;
        for (double c : byLabel) nearest = Math.max(nearest, c);
        return new Signals(p, order, nearest, byLabel[order[0]], -1, byLabel);
    }

    Signals signals(String text) {
        return signals(text, unit(embedder.embed(text)));
    }

    // ---- bundle bytes ----

    public void writeTo(DataOutputStream out) throws IOException {
        out.writeInt(MAGIC);
        out.writeInt(FORMAT);
        out.writeFloat(charWeight);
        out.writeFloat(wordWeight);
        out.writeFloat(embeddingWeight);
        out.writeFloat(threshold);
        out.writeInt(labels.length);
        for (String l : labels) out.writeUTF(l);
        out.writeInt(vocabulary.size());
        for (int i = 0; i < vocabulary.size(); i++) {
            out.writeUTF(vocabulary.terms[i]);
            out.writeFloat(vocabulary.idf[i]);
        }
        Map<String, String> members = vocabulary.groups.members();
        out.writeInt(members.size());
        for (Map.Entry<String, String> m : members.entrySet()) {
            out.writeUTF(m.getKey());
            out.writeUTF(m.getValue());
        }
        out.writeInt(model.denseDim);
        for (float w : model.classMajor()) out.writeFloat(w);
        for (float b : model.bias) out.writeFloat(b);
        out.writeInt(exampleEmbeddings.length);
        for (int i = 0; i < exampleEmbeddings.length; i++) {
            out.writeInt(exampleLabels[i]);
            for (float v : exampleEmbeddings[i]) out.writeFloat(v);
        }
    }

    public static FaqClassifier readFrom(DataInputStream in, TextEmbedder embedder) throws IOException {
        Objects.requireNonNull(embedder, "embedder");
        if (in.readInt() != MAGIC) throw new IOException("not a Mostrador FAQ classifier");
        int format = in.readInt();
        if (format != FORMAT) throw new IOException("FAQ classifier format " + format + " is not supported; rebuild the bundle");
        float charWeight = in.readFloat();
        float wordWeight = in.readFloat();
        float embeddingWeight = in.readFloat();
        float threshold = in.readFloat();
        String[] labels = new String[in.readInt()];
        for (int i = 0; i < labels.length; i++) labels[i] = in.readUTF();
        int v = in.readInt();
        String[] terms = new String[v];
        float[] idf = new float[v];
        for (int i = 0; i < v; i++) {
            terms[i] = in.readUTF();
            idf[i] = in.readFloat();
        }
        int memberCount = in.readInt();
        if (memberCount < 0) throw new IOException("corrupt FAQ classifier: negative synonym count");
        Map<String, String> members = new TreeMap<>();
        for (int i = 0; i < memberCount; i++) members.put(in.readUTF(), in.readUTF());
        int denseDim = in.readInt();
        float[] weights = new float[labels.length * (v + denseDim)];
        for (int i = 0; i < weights.length; i++) weights[i] = in.readFloat();
        float[] bias = new float[labels.length];
        for (int i = 0; i < bias.length; i++) bias[i] = in.readFloat();
        int examples = in.readInt();
        float[][] exEmb = new float[examples][denseDim];
        int[] exLab = new int[examples];
        for (int i = 0; i < examples; i++) {
            exLab[i] = in.readInt();
            for (int j = 0; j < denseDim; j++) exEmb[i][j] = in.readFloat();
        }
        return new FaqClassifier(labels, new Vocabulary(terms, idf, new WordGroups(members)),
                SoftmaxRegression.ofClassMajor(labels.length, v, denseDim, weights, bias), exEmb, exLab, charWeight,
                wordWeight, embeddingWeight, threshold, embedder);
    }

    // ---- vectors ----

    private static float[] unit(float[] v) {
        double norm = 0;
        for (float x : v) norm += x * x;
        float[] out = new float[v.length];
        if (norm == 0) return out;
        double inv = 1.0 / Math.sqrt(norm);
        for (int i = 0; i < v.length; i++) out[i] = (float) (v[i] * inv);
        return out;
    }

    private static float[] scaled(float[] v, float w) {
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) out[i] = v[i] * w;
        return out;
    }

}
