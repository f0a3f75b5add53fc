package dev.mostrador.runtime.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mostrador.core.port.OrderSink;
import jakarta.inject.Singleton;

/** Keeps confirmed orders in SQLite; the reference the customer may quote is the row's number, e.g. P-0042. */
@Singleton
public class SqliteOrderSink implements OrderSink {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final OrderRepository orders;

    public SqliteOrderSink(OrderRepository orders) {
        this.orders = orders;
    }

    @Override
    public String place(PlacedOrder o) {
        try {
            OrderRow row = orders.save(new OrderRow(null, o.channel(), o.sessionId(), o.flowId(),
                    JSON.writeValueAsString(o.answers()), JSON.writeValueAsString(o.lines()),
                    o.total() == null ? null : o.total().toPlainString(), o.currency(), o.at().toString()));
            return String.format("P-%04d", row.id());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("order is not serializable: " + e.getOriginalMessage(), e);
        }
    }
}
