package dev.mostrador.core.engine;

import dev.mostrador.core.model.MenuItem;
import dev.mostrador.core.port.OrderSink;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads "2 tacos al pastor y una coca" against the menu: one line per item named, with the quantity written
 * before it (digits or words), 1 when none. Sold-out items are reported apart so the customer can be told.
 */
final class OrderItemsReader {
    private final MenuCatalog catalog;

    OrderItemsReader(MenuCatalog catalog) {
        this.catalog = catalog;
    }

    record Reading(List<OrderSink.Line> lines, List<MenuItem> soldOut) {
        boolean isEmpty() {
            return lines.isEmpty() && soldOut.isEmpty();
        }
    }

    Reading read(String raw) {
        List<OrderSink.Line> lines = new ArrayList<>();
        List<MenuItem> soldOut = new ArrayList<>();
        for (String part : raw.split("[,;+\\n]")) {
            for (String segment : (" " + Message.normalize(part) + " ").split(" (?:y|e|and|mas|plus|con otra|con otro) ")) {
                read(segment.trim(), lines, soldOut);
            }
        }
        return new Reading(lines, soldOut);
    }

    private void read(String segment, List<OrderSink.Line> lines, List<MenuItem> soldOut) {
        if (segment.isEmpty()) return;
        for (MenuItem item : catalog.findItems(segment)) {
            if (!item.available()) {
                soldOut.add(item);
                continue;
            }
            int qty = quantityIn(segment);
            lines.add(new OrderSink.Line(item.id(), item.name(), qty, item.price()));
        }
    }

    private static int quantityIn(String segment) {
        Integer loose = null;
        for (String w : segment.split(" ")) {
            Integer q = Answers.quantity(w);
            if (q == null || q <= 0) continue;
            if (w.equals("a") || w.equals("an") || w.equals("un") || w.equals("una") || w.equals("uno")) {
                if (loose == null) loose = q;
                continue;
            }
            return Math.min(q, 99);
        }
        return loose == null ? 1 : loose;
    }

    static BigDecimal total(List<OrderSink.Line> lines) {
        BigDecimal total = BigDecimal.ZERO;
        for (OrderSink.Line l : lines) total = total.add(l.unitPrice().multiply(BigDecimal.valueOf(l.quantity())));
        return total;
    }
}
