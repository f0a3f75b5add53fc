package dev.mostrador.runtime.orders;

import dev.mostrador.core.port.OrderSink.Line;
import dev.mostrador.runtime.notify.Outbox;
import dev.mostrador.runtime.notify.OwnerMessage;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The orders kept in SQLite. {@link #store} writes an order, its lines and the owner's email in one
 * transaction: all of it is committed, or none of it.
 */
@Singleton
@Transactional
public class OrderBook {
    private final OrderRepository orders;
    private final OrderLineRepository lines;
    private final Outbox outbox;

    public OrderBook(OrderRepository orders, OrderLineRepository lines, Outbox outbox) {
        this.orders = orders;
        this.lines = lines;
        this.outbox = outbox;
    }

    /** The stored order and whether this call created it (false: the same draft was already stored). */
    public record Stored(OrderRow order, boolean created) {}

    /**
     * Stores {@code draft} (its id and number are assigned here) unless an order with the same idempotency key
     * was stored at or after {@code duplicateSince}; then that order is returned and nothing is written.
     *
     * @param email the owner's email for the order, given its reference ("#0042")
     */
    public Stored store(OrderRow draft, List<Line> orderLines, Instant duplicateSince, Function<String, OwnerMessage> email) {
        // First statement: a write, so this transaction holds SQLite's write lock from here to the commit.
        orders.retireKey(draft.idempotencyKey(), StoredTime.of(duplicateSince));
        Optional<OrderRow> existing = orders.findByIdempotencyKey(draft.idempotencyKey());
        if (existing.isPresent()) return new Stored(existing.get(), false);

        long number = orders.nextNumber();
        OrderRow row = orders.save(new OrderRow(null, number, draft.customerName(), draft.phone(), draft.total(),
                draft.currency(), draft.fulfilment(), draft.paymentMethod(), draft.status(), draft.channel(),
                draft.sessionId(), draft.flowId(), draft.answersJson(), draft.idempotencyKey(), draft.createdAt(),
                draft.updatedAt()));
        int position = 0;
        for (Line l : orderLines) {
            lines.save(new OrderLineRow(null, row.id(), ++position, l.itemId(), l.name(), l.quantity(),
                    l.unitPrice().toPlainString()));
        }
        outbox.enqueue(email.apply(row.reference()));
        return new Stored(row, true);
    }

    public Optional<OrderRow> byNumber(long number) {
        return orders.findByNumber(number);
    }

    public List<OrderRow> all() {
        return orders.findAllOrderByNumber();
    }

    public List<OrderLineRow> lines(long orderId) {
        return lines.findByOrderIdOrderByPosition(orderId);
    }
}
