package dev.mostrador.core.match;

import java.util.ArrayList;
import java.util.List;

/**
 * Fuses signals into one calibrated score with a logistic model:
 * {@code score = 1 / (1 + exp(-(bias + sum_i weight_i * signal_i)))}.
 * The bias and weights are set so that 0.5 is the boundary between "this answers the message" and "out of scope"
 * (the default {@code min_score}), and the score reads roughly as a probability. Immutable.
 */
public record ScoreFusion(double bias, List<Weighted> signals) {

    public record Weighted(ScoreSignal signal, double weight) {}

    public ScoreFusion {
        signals = List.copyOf(signals);
    }

    public ScoreFusion with(ScoreSignal signal, double weight, double biasShift) {
        List<Weighted> all = new ArrayList<>(signals);
        all.add(new Weighted(signal, weight));
        return new ScoreFusion(bias + biasShift, all);
    }

    public double fuse(double[] values) {
        double z = bias;
        for (int i = 0; i < values.length; i++) z += signals.get(i).weight() * values[i];
        return 1 / (1 + Math.exp(-z));
    }
}
