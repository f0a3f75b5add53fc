package dev.mostrador.runtime.orders;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** One line of an order; unit_price is decimal text. */
@MappedEntity("order_lines")
public record OrderLineRow(
        @Id @GeneratedValue @Nullable Long id,
        long orderId,
        int position,
        String itemId,
        String name,
        int quantity,
        String unitPrice) {}
