package dev.mostrador.runtime.orders;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mostrador.core.order.Money;
import dev.mostrador.core.port.OrderSink;
import java.time.Duration;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stores confirmed orders in SQLite together with the owner's email (one transaction, committed before
 * {@link #place} returns, so the customer's confirmation only goes out for a stored order). The same draft
 * confirmed twice within {@code duplicateWindow} (a repeated "sí", a retried request) is stored once and
 * both calls get the same reference.
 */
public final class SqliteOrderSink implements OrderSink {
    private static final Logger LOG = LoggerFactory.getLogger(SqliteOrderSink.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final OrderBook book;
    private final OrderEmail email;
    private final Duration duplicateWindow;

    public SqliteOrderSink(OrderBook book, OrderEmail email, Duration duplicateWindow) {
        this.book = book;
        this.email = email;
        this.duplicateWindow = duplicateWindow;
    }

    /** Returns the readable reference, "#0042". Throws if the order could not be stored. */
    @Override
    public String place(PlacedOrder order) {
        OrderDetails details = OrderDetails.of(order);
        String at = StoredTime.of(order.at());
        OrderRow draft = new OrderRow(null, 0, details.customerName(), details.phone(), order.total().toPlainString(),
                order.currency(), details.fulfilment(), details.paymentMethod(), "new", order.channel(), order.sessionId(),
                order.flowId(), answersJson(order), IdempotencyKey.of(order), at, at);
        OrderBook.Stored stored = book.store(draft, order.lines(), order.at().minus(duplicateWindow),
                reference -> email.render(reference, order, details));
        String reference = stored.order().reference();
        if (stored.created()) {
            LOG.info("Order {} stored: {} line(s), total {}, session {}", reference, order.lines().size(),
                    Money.format(order.total(), order.currency(), "es"), order.sessionId());
        } else {
            LOG.info("Order {} was already stored for this draft (session {}): not stored twice", reference, order.sessionId());
        }
        return reference;
    }

    private static String answersJson(PlacedOrder order) {
        try {
            return JSON.writeValueAsString(new TreeMap<>(order.answers()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("answers are plain text and always serializable", e);
        }
    }
}
