package dev.mostrador.core.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/** One row of menu.csv. */
public record MenuItem(
        String id,
        String name,
        String category,
        BigDecimal price,
        String description,
        boolean available,
        List<String> tags,
        boolean bestSeller,
        boolean seasonal,
        List<String> aliases) {
    public MenuItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(price, "price");
        category = category == null ? "" : category;
        description = description == null ? "" : description;
        tags = tags == null ? List.of() : List.copyOf(tags);
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
}
