package dev.mostrador.core.classify;

/**
 * What the classifier thinks a message is about.
 *
 * @param label      best label
 * @param confidence calibrated confidence in [0,1] that the message really is {@code label}
 * @param runnerUp   second best label, or null when the model knows a single label
 * @param margin     probability of the best label minus that of the runner-up, in [0,1]
 * @param answerable false when the message looks like none of the labels (out of scope): do not answer it
 */
public record Prediction(String label, double confidence, String runnerUp, double margin, boolean answerable) {}
