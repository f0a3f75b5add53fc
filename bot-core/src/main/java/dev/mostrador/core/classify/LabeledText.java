package dev.mostrador.core.classify;

import java.util.Objects;

/** One phrasing an owner wrote for an answer: {@code label} is the FAQ id, {@code text} the phrasing. */
public record LabeledText(String label, String text) {
    public LabeledText {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(text, "text");
        if (label.isBlank()) throw new IllegalArgumentException("label must not be blank");
    }
}
