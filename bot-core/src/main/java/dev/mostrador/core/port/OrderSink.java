package dev.mostrador.core.port;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Where a confirmed order goes (a flow's {@code on_confirm: create_order}). The runtime stores it and
 * tells the owner; the default sink keeps nothing.
 */
public interface OrderSink {
    /** Stores the order; returns a short reference the customer can quote, or null. */
    String place(PlacedOrder order);

    OrderSink NONE = order -> null;

    /** One line of the order: a menu item, how many, at what unit price. */
    record Line(String itemId, String name, int quantity, BigDecimal unitPrice) {}

    /** A confirmed order: the flow's answers (var to text) and the parsed lines with their total. */
    record PlacedOrder(
            String channel,
            String sessionId,
            String flowId,
            Map<String, String> answers,
            List<Line> lines,
            BigDecimal total,
            String currency,
            Instant at) {
        public PlacedOrder {
            answers = Map.copyOf(answers);
            lines = List.copyOf(lines);
        }
    }
}
