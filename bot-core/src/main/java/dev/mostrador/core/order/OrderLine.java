package dev.mostrador.core.order;

import dev.mostrador.core.model.MenuItem;
import java.math.BigDecimal;
import java.util.Objects;

/** One understood line of an order: a menu item and how many. */
public record OrderLine(MenuItem item, int quantity) {
    public OrderLine {
        Objects.requireNonNull(item, "item");
        if (quantity < 1) throw new IllegalArgumentException("quantity must be at least 1, was " + quantity);
    }

    public BigDecimal subtotal() {
        return item.price().multiply(BigDecimal.valueOf(quantity));
    }
}
