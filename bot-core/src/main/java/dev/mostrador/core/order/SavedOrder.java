package dev.mostrador.core.order;

import dev.mostrador.core.model.MenuItem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A half-taken order as plain JSON-able values (maps, lists, strings, ints), so a session store can keep
 * it between turns; items are stored by id and looked up again in the (possibly updated) menu. An item
 * that disappeared from the menu is dropped rather than invented.
 */
public final class SavedOrder {
    private SavedOrder() {}

    public static Map<String, Object> save(ParsedOrder order) {
        Objects.requireNonNull(order, "order");
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("lines", order.lines().stream().map(l -> entry("item_id", l.item().id(), "quantity", l.quantity())).toList());
        out.put("ambiguities", order.ambiguities().stream()
                .map(a -> entry("mention", a.mention(), "quantity", a.quantity(), "options", ids(a.options()))).toList());
        out.put("unknown", order.unknown().stream()
                .map(u -> entry("mention", u.mention(), "quantity", u.quantity(), "suggestions", ids(u.suggestions()))).toList());
        out.put("sold_out", order.soldOut().stream()
                .map(s -> entry("item_id", s.item().id(), "quantity", s.quantity(), "alternatives", ids(s.alternatives()))).toList());
        out.put("bad_quantities", order.badQuantities().stream()
                .map(b -> entry("mention", b.mention(), "quantity", b.quantity(), "reason", b.reason().name(),
                        "options", ids(b.options()))).toList());
        return out;
    }

    public static ParsedOrder restore(Map<String, ?> saved, List<MenuItem> menu) {
        if (saved == null) return new ParsedOrder(List.of(), List.of(), List.of(), List.of(), List.of());
        Map<String, MenuItem> byId = new LinkedHashMap<>();
        for (MenuItem item : menu) byId.put(item.id(), item);
        List<OrderLine> lines = new ArrayList<>();
        for (Map<?, ?> m : maps(saved.get("lines"))) {
            item(byId, m.get("item_id")).ifPresent(i -> {
                int qty = number(m.get("quantity"));
                if (qty >= 1) lines.add(new OrderLine(i, qty));
            });
        }
        List<Ambiguity> ambiguities = new ArrayList<>();
        for (Map<?, ?> m : maps(saved.get("ambiguities"))) {
            List<MenuItem> options = items(byId, m.get("options"));
            if (!options.isEmpty()) ambiguities.add(new Ambiguity(text(m.get("mention")), number(m.get("quantity")), options));
        }
        List<Unknown> unknown = new ArrayList<>();
        for (Map<?, ?> m : maps(saved.get("unknown"))) {
            unknown.add(new Unknown(text(m.get("mention")), number(m.get("quantity")), items(byId, m.get("suggestions"))));
        }
        List<SoldOut> soldOut = new ArrayList<>();
        for (Map<?, ?> m : maps(saved.get("sold_out"))) {
            item(byId, m.get("item_id")).ifPresent(i ->
                    soldOut.add(new SoldOut(i, number(m.get("quantity")), items(byId, m.get("alternatives")))));
        }
        List<BadQuantity> bad = new ArrayList<>();
        for (Map<?, ?> m : maps(saved.get("bad_quantities"))) {
            BadQuantity.Reason reason;
            try {
                reason = BadQuantity.Reason.valueOf(text(m.get("reason")));
            } catch (IllegalArgumentException e) {
                continue;
            }
            bad.add(new BadQuantity(text(m.get("mention")), number(m.get("quantity")), reason, items(byId, m.get("options"))));
        }
        return new ParsedOrder(lines, unknown, ambiguities, soldOut, bad);
    }

    private static Map<String, Object> entry(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        return m;
    }

    private static List<String> ids(List<MenuItem> items) {
        return items.stream().map(MenuItem::id).toList();
    }

    private static List<Map<?, ?>> maps(Object value) {
        if (!(value instanceof List<?> list)) return List.of();
        List<Map<?, ?>> out = new ArrayList<>();
        for (Object o : list) {
            if (o instanceof Map<?, ?> m) out.add(m);
        }
        return out;
    }

    private static Optional<MenuItem> item(Map<String, MenuItem> byId, Object id) {
        return Optional.ofNullable(id == null ? null : byId.get(String.valueOf(id)));
    }

    private static List<MenuItem> items(Map<String, MenuItem> byId, Object ids) {
        if (!(ids instanceof List<?> list)) return List.of();
        return list.stream().map(id -> byId.get(String.valueOf(id))).filter(Objects::nonNull).toList();
    }

    /** JSON brings numbers back as Integer, Long or Double, or as text. */
    private static int number(Object value) {
        if (value instanceof Number n) return n.intValue();
        try {
            return value == null ? 0 : Integer.parseInt(String.valueOf(value).trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String text(Object value) {
        return value == null ? "" : String.valueOf(value);
    }
}
