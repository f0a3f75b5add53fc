package dev.mostrador.core.classify;

/** Non-zero entries of a feature vector, indices ascending. */
record SparseVector(int[] idx, float[] val) {
    static SparseVector sorted(int[] idx, float[] val) {
        // Insertion sort: vectors are short and almost sorted (vocabulary order follows term order).
        for (int i = 1; i < idx.length; i++) {
            int ki = idx[i];
            float kv = val[i];
            int j = i - 1;
            while (j >= 0 && idx[j] > ki) {
                idx[j + 1] = idx[j];
                val[j + 1] = val[j];
                j--;
            }
            idx[j + 1] = ki;
            val[j + 1] = kv;
        }
        return new SparseVector(idx, val);
    }

    double dot(SparseVector o) {
        double s = 0;
        int i = 0, j = 0;
        while (i < idx.length && j < o.idx.length) {
            if (idx[i] == o.idx[j]) s += (double) val[i++] * o.val[j++];
            else if (idx[i] < o.idx[j]) i++;
            else j++;
        }
        return s;
    }
}
