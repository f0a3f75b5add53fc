package dev.mostrador.core.order;

import dev.mostrador.core.model.MenuItem;
import java.util.List;
import java.util.Objects;

/**
 * A quantity the parser will not turn into a line: zero, negative or above the per-line maximum.
 * {@code options} are the item(s) the mention named (one when clear, several when it was ambiguous).
 */
public record BadQuantity(String mention, int quantity, Reason reason, List<MenuItem> options) {
    public enum Reason { ZERO, NEGATIVE, ABOVE_MAX }

    public BadQuantity {
        Objects.requireNonNull(mention, "mention");
        Objects.requireNonNull(reason, "reason");
        options = List.copyOf(options);
    }
}
