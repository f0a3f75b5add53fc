package dev.mostrador.core.classify;

import java.util.List;
import java.util.Random;

/**
 * Multinomial logistic regression over [sparse surface features ⊕ sentence embedding], trained by plain SGD
 * with L2 decay (Bottou's schedule and the scaled-weights trick, so a step costs only the non-zero features).
 * Single-threaded with a seeded shuffle: the same examples always give the same weights, bit for bit.
 */
final class SoftmaxRegression {
    final int classes;
    final int sparseDim;
    final int denseDim;
    final float[] weights; // classes rows of (sparseDim + denseDim)
    final float[] bias;

    SoftmaxRegression(int classes, int sparseDim, int denseDim, float[] weights, float[] bias) {
        this.classes = classes;
        this.sparseDim = sparseDim;
        this.denseDim = denseDim;
        this.weights = weights;
        this.bias = bias;
    }

    record Example(SparseVector sparse, float[] dense, int label) {}

    static SoftmaxRegression train(List<Example> examples, int classes, int sparseDim, int denseDim,
                                   TrainingOptions o) {
        int dim = sparseDim + denseDim;
        double[] w = new double[classes * dim];
        double[] b = new double[classes];
        double scale = 1.0;
        double lambda = o.l2();
        double eta0 = o.learningRate();
        int[] order = new int[examples.size()];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Random random = new Random(o.seed());
        double[] p = new double[classes];
        long t = 0;
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
                logits(w, b, scale, dim, sparseDim, ex.sparse(), ex.dense(), classes, p);
                softmaxInPlace(p);
                scale *= (1.0 - eta * lambda);
                if (scale < 1e-6) {
                    for (int i = 0; i < w.length; i++) w[i] *= scale;
                    scale = 1.0;
                }
                int[] idx = ex.sparse().idx();
                float[] val = ex.sparse().val();
                float[] dense = ex.dense();
                for (int c = 0; c < classes; c++) {
                    double g = p[c] - (c == ex.label() ? 1.0 : 0.0);
                    // Classes the model already rules out get a negligible gradient: skipping them makes a step
                    // cost a few classes instead of all of them.
                    if (Math.abs(g) < 1e-4) continue;
                    double step = eta * g / scale;
                    int row = c * dim;
                    for (int n = 0; n < idx.length; n++) w[row + idx[n]] -= step * val[n];
                    int drow = row + sparseDim;
                    for (int n = 0; n < dense.length; n++) w[drow + n] -= step * dense[n];
                    b[c] -= eta * g;
                }
            }
        }
        float[] fw = new float[w.length];
        for (int i = 0; i < w.length; i++) fw[i] = (float) (w[i] * scale);
        float[] fb = new float[classes];
        for (int c = 0; c < classes; c++) fb[c] = (float) b[c];
        return new SoftmaxRegression(classes, sparseDim, denseDim, fw, fb);
    }

    /** Class probabilities for one message. */
    double[] probabilities(SparseVector sparse, float[] dense) {
        double[] p = new double[classes];
        int dim = sparseDim + denseDim;
        for (int c = 0; c < classes; c++) {
            int row = c * dim;
            double s = bias[c];
            int[] idx = sparse.idx();
            float[] val = sparse.val();
            for (int n = 0; n < idx.length; n++) s += weights[row + idx[n]] * val[n];
            int drow = row + sparseDim;
            for (int n = 0; n < dense.length; n++) s += weights[drow + n] * dense[n];
            p[c] = s;
        }
        softmaxInPlace(p);
        return p;
    }

    private static void logits(double[] w, double[] b, double scale, int dim, int sparseDim, SparseVector sparse,
                               float[] dense, int classes, double[] out) {
        int[] idx = sparse.idx();
        float[] val = sparse.val();
        for (int c = 0; c < classes; c++) {
            int row = c * dim;
            double s = 0;
            for (int n = 0; n < idx.length; n++) s += w[row + idx[n]] * val[n];
            int drow = row + sparseDim;
            for (int n = 0; n < dense.length; n++) s += w[drow + n] * dense[n];
            out[c] = s * scale + b[c];
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
