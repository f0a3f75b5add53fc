package dev.mostrador.core.order;

import dev.mostrador.core.model.MenuItem;
import java.util.List;
import java.util.Objects;

/** Something the customer asked for that is not on the menu ("2 pizzas"), with the closest items. */
public record Unknown(String mention, int quantity, List<MenuItem> suggestions) {
    public Unknown {
        Objects.requireNonNull(mention, "mention");
        suggestions = List.copyOf(suggestions);
    }
}
