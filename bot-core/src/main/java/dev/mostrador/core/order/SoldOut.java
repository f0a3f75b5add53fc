package dev.mostrador.core.order;

import dev.mostrador.core.model.MenuItem;
import java.util.List;
import java.util.Objects;

/** An item on the menu that is not available today, with available alternatives from its category/tags. */
public record SoldOut(MenuItem item, int quantity, List<MenuItem> alternatives) {
    public SoldOut {
        Objects.requireNonNull(item, "item");
        alternatives = List.copyOf(alternatives);
    }
}
