package dev.mostrador.runtime.orders;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** One row of the orders table. Money is decimal text ("165.00"); times are {@link StoredTime} text. */
@MappedEntity("orders")
public record OrderRow(
        @Id @GeneratedValue @Nullable Long id,
        long number,
        @Nullable String customerName,
        @Nullable String phone,
        String total,
        String currency,
        String fulfilment,
        @Nullable String paymentMethod,
        String status,
        String channel,
        String sessionId,
        String flowId,
        String answersJson,
        String idempotencyKey,
        String createdAt,
        String updatedAt) {

    /** "#0042": what the customer and the owner quote. */
    public String reference() {
        return OrderNumbers.reference(number);
    }
}
