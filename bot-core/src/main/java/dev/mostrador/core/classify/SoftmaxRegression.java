package dev.mostrador.core.classify;

import java.util.List;
import java.util.Random;

/**
 * Multinomial logistic regression over [sparse surface features ⊕ sentence embedding], trained by plain SGD
 * with L2 decay (Bottou's schedule and the scaled-weights trick, so a step costs only the non-zero features),
 * averaging the weights of the later epochs. Single-threaded with a seeded shuffle: the same examples always give
 * the same weights, bit for bit.
 *
 * <p>Sparse weights are stored feature-major (the weights of one feature for every class side by side), so a
 * message's few non-zero features read a few short runs of memory instead of one scattered weight per class and
 * feature: with 150 FAQs and 60,000 n-grams that is the difference between seconds and many minutes of training.
 */
final class SoftmaxRegression {
    final int classes;
    final int sparseDim;
    final int denseDim;
    /** sparse weights, feature-major: {@code sparse[f * classes + c]} */
    private final float[] sparse;
    /** dense (embedding) weights, class-major: {@code dense[c * denseDim + n]} */
    private final float[] dense;
    final float[] bias;

    private SoftmaxRegression(int classes, int sparseDim, int denseDim, float[] sparse, float[] dense, float[] bias) {
        this.classes = classes;
        this.sparseDim = sparseDim;
        this.denseDim = denseDim;
        this.sparse = sparse;
        this.dense = dense;
        this.bias = bias;
    }

    /** From weights stored class-major: {@code classes} rows of (sparseDim + denseDim), as {@link #classMajor} writes. */
    static SoftmaxRegression ofClassMajor(int classes, int sparseDim, int denseDim, float[] weights, float[] bias) {
        int dim = sparseDim + denseDim;
        if (weights.length != classes * dim) throw new IllegalArgumentException("weights do not fit the dimensions");
        float[] s = new float[classes * sparseDim];
        float[] d = new float[classes * denseDim];
        for (int c = 0; c < classes; c++) {
            for (int f = 0; f < sparseDim; f++) s[f * classes + c] = weights[c * dim + f];
            System.arraycopy(weights, c * dim + sparseDim, d, c * denseDim, denseDim);
        }
        return new SoftmaxRegression(classes, sparseDim, denseDim, s, d, bias);
    }

    /** The weights class-major, the stored order (unchanged since the first bundle format). */
    float[] classMajor() {
        int dim = sparseDim + denseDim;
        float[] w = new float[classes * dim];
        for (int c = 0; c < classes; c++) {
            for (int f = 0; f < sparseDim; f++) w[c * dim + f] = sparse[f * classes + c];
            System.arraycopy(dense, c * denseDim, w, c * dim + sparseDim, denseDim);
        }
        return w;
    }

    record Example(SparseVector sparse, float[] dense, int label) {}

    static SoftmaxRegression train(List<Example> examples, int classes, int sparseDim, int denseDim,
                                   TrainingOptions o) {
        double[] ws = new double[sparseDim * classes];
        double[] wd = new double[classes * denseDim];
        double[] b = new double[classes];
        double scale = 1.0;
        double lambda = o.l2();
        double eta0 = o.learningRate();
        int[] order = new int[examples.size()];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Random random = new Random(o.seed());
        double[] p = new double[classes];
        double[] step = new double[classes];
        int[] active = new int[classes];
        long t = 0;
        // Averaging the weights of the later epochs (Polyak-Ruppert) lands near the optimum that plain SGD only
        // circles: the result depends far less on the shuffle's seed.
        int averageFrom = o.epochs() / 2;
        double[] sSum = new double[ws.length];
        double[] dSum = new double[wd.length];
        double[] bSum = new double[classes];
        int averaged = 0;
        for (int epoch = 0; epoch < o.epochs(); epoch++) {
            for (int i = order.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int tmp = order[i];
                order[i] = order[j];
                order[j] = tmp;
            }
            for (int k : order) {
                Example ex = examples.get(k);
                double eta = eta0 / (1.0 + eta0 * lambda * t++);
                logits(ws, wd, b, scale, classes, denseDim, ex.sparse(), ex.dense(), p);
                softmaxInPlace(p);
                scale *= (1.0 - eta * lambda);
                if (scale < 1e-6) {
                    for (int i = 0; i < ws.length; i++) ws[i] *= scale;
                    for (int i = 0; i < wd.length; i++) wd[i] *= scale;
                    scale = 1.0;
                }
                int[] idx = ex.sparse().idx();
                float[] val = ex.sparse().val();
                float[] x = ex.dense();
                int n = 0;
                for (int c = 0; c < classes; c++) {
                    double g = p[c] - (c == ex.label() ? 1.0 : 0.0);
                    // Classes the model already rules out get a negligible gradient: skipping them makes a step
                    // cost a few classes instead of all of them.
                    if (Math.abs(g) < 1e-4) continue;
                    active[n++] = c;
                    step[c] = eta * g / scale;
                    int drow = c * denseDim;
                    double sc = step[c];
                    for (int d = 0; d < denseDim; d++) wd[drow + d] -= sc * x[d];
                    b[c] -= eta * g;
                }
                for (int f = 0; f < idx.length; f++) {
                    int base = idx[f] * classes;
                    double v = val[f];
                    for (int a = 0; a < n; a++) {
                        int c = active[a];
                        ws[base + c] -= step[c] * v;
                    }
                }
            }
            if (epoch >= averageFrom) {
                for (int i = 0; i < ws.length; i++) sSum[i] += ws[i] * scale;
                for (int i = 0; i < wd.length; i++) dSum[i] += wd[i] * scale;
                for (int c = 0; c < classes; c++) bSum[c] += b[c];
                averaged++;
            }
        }
        float[] fs = new float[ws.length];
        for (int i = 0; i < ws.length; i++) fs[i] = (float) (sSum[i] / averaged);
        float[] fd = new float[wd.length];
        for (int i = 0; i < wd.length; i++) fd[i] = (float) (dSum[i] / averaged);
        float[] fb = new float[classes];
        for (int c = 0; c < classes; c++) fb[c] = (float) (bSum[c] / averaged);
        return new SoftmaxRegression(classes, sparseDim, denseDim, fs, fd, fb);
    }

    /** Class probabilities for one message. */
    double[] probabilities(SparseVector sparseVector, float[] x) {
        double[] p = new double[classes];
        for (int c = 0; c < classes; c++) p[c] = bias[c];
        int[] idx = sparseVector.idx();
        float[] val = sparseVector.val();
        for (int f = 0; f < idx.length; f++) {
            int base = idx[f] * classes;
            double v = val[f];
            for (int c = 0; c < classes; c++) p[c] += sparse[base + c] * v;
        }
        for (int c = 0; c < classes; c++) {
            int row = c * denseDim;
            double s = 0;
            for (int d = 0; d < denseDim; d++) s += dense[row + d] * x[d];
            p[c] += s;
        }
        softmaxInPlace(p);
        return p;
    }

    private static void logits(double[] ws, double[] wd, double[] b, double scale, int classes, int denseDim,
                               SparseVector sparse, float[] x, double[] out) {
        java.util.Arrays.fill(out, 0);
        int[] idx = sparse.idx();
        float[] val = sparse.val();
        for (int f = 0; f < idx.length; f++) {
            int base = idx[f] * classes;
            double v = val[f];
            for (int c = 0; c < classes; c++) out[c] += ws[base + c] * v;
        }
        for (int c = 0; c < classes; c++) {
            int row = c * denseDim;
            double s = 0;
            for (int d = 0; d < denseDim; d++) s += wd[row + d] * x[d];
            out[c] = (out[c] + s) * scale + b[c];
        }
    }

    static void softmaxInPlace(double[] z) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : z) max = Math.max(max, v);
        double sum = 0;
        for (int i = 0; i < z.length; i++) {
            z[i] = Math.exp(z[i] - max);
            sum += z[i];
        }
        for (int i = 0; i < z.length; i++) z[i] /= sum;
    }
}
