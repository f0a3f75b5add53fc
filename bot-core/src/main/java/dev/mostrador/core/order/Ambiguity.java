package dev.mostrador.core.order;

import dev.mostrador.core.model.MenuItem;
import java.util.List;
import java.util.Objects;

/** A mention that fits several items ("coca" → normal or sin azúcar; "2 tacos" → which ones?). */
public record Ambiguity(String mention, int quantity, List<MenuItem> options) {
    public Ambiguity {
        Objects.requireNonNull(mention, "mention");
        options = List.copyOf(options);
    }
}
