package dev.mostrador.core.engine;

import dev.mostrador.core.model.MenuItem;
import dev.mostrador.core.order.Ambiguity;
import dev.mostrador.core.order.BadQuantity;
import dev.mostrador.core.order.ParsedOrder;
import dev.mostrador.core.order.SoldOut;
import dev.mostrador.core.order.Unknown;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The one short question to ask about an order the parser could not take whole: sold out (with alternatives),
 * which one ("¿Coca-Cola normal o sin azúcar?"), not on the menu (with the closest items), or a quantity that
 * is zero, negative or above the per-line maximum. One question at a time: the first problem wins.
 */
final class OrderQuestions {
    private OrderQuestions() {}

    static String problem(ParsedOrder p, String lang, int maxPerLine) {
        boolean en = "en".equals(lang);
        if (!p.soldOut().isEmpty()) {
            SoldOut s = p.soldOut().get(0);
            String t = Texts.fill(Texts.get("item_sold_out", lang), Map.of("item", s.item().name()));
            if (!s.alternatives().isEmpty()) t += (en ? " How about " : " ¿Te sirve ") + orList(names(s.alternatives()), en) + "?";
            return t;
        }
        if (!p.ambiguities().isEmpty()) return whichOne(p.ambiguities().get(0).options(), en);
        if (!p.unknown().isEmpty()) {
            Unknown u = p.unknown().get(0);
            String t = Texts.fill(Texts.get("item_not_found", lang), Map.of("thing", u.mention()));
            if (!u.suggestions().isEmpty()) t += (en ? " Maybe " : " ¿Quizás ") + orList(names(u.suggestions()), en) + "?";
            return t;
        }
        if (!p.badQuantities().isEmpty()) {
            BadQuantity b = p.badQuantities().get(0);
            String item = b.options().size() == 1 ? b.options().get(0).name() : b.mention();
            String key = b.reason() == BadQuantity.Reason.ABOVE_MAX ? "qty_max" : "qty_zero";
            return Texts.fill(Texts.get(key, lang), Map.of("item", item, "max", String.valueOf(maxPerLine)));
        }
        return Texts.get("hint_order_items", lang);
    }

    /**
     * "¿Coca-Cola normal o sin azúcar?", "¿Taco al pastor, de pollo o de nopal?": the words the options share
     * are said once, then what tells them apart; an option with nothing of its own is the "normal" one.
     */
    static String whichOne(List<MenuItem> options, boolean en) {
        List<List<String>> words = options.stream().map(o -> Arrays.asList(o.name().split("\\s+"))).toList();
        int shortest = words.stream().mapToInt(List::size).min().orElse(0);
        int prefix = 0;
        while (prefix < shortest && same(words, prefix, true)) prefix++;
        int suffix = 0;
        while (suffix < shortest - prefix && same(words, suffix, false)) suffix++;
        List<String> parts = new ArrayList<>();
        int plain = 0;
        for (List<String> w : words) {
            String middle = String.join(" ", w.subList(prefix, w.size() - suffix));
            if (middle.isEmpty()) plain++;
            parts.add(middle.isEmpty() ? (en ? "regular" : "normal") : middle);
        }
        if (prefix == 0 || plain > 1) {
            return (en ? "Which one: " : "¿Cuál querés: ") + orList(names(options), en) + "?";
        }
        String head = String.join(" ", words.get(0).subList(0, prefix));
        return en ? "Which " + head + ": " + orList(parts, true) + "?" : "¿" + head + " " + orList(parts, false) + "?";
    }

    private static boolean same(List<List<String>> words, int index, boolean fromStart) {
        String first = null;
        for (List<String> w : words) {
            String word = fromStart ? w.get(index) : w.get(w.size() - 1 - index);
            if (first == null) first = word;
            else if (!first.equalsIgnoreCase(word)) return false;
        }
        return true;
    }

    private static List<String> names(List<MenuItem> items) {
        return items.stream().map(MenuItem::name).toList();
    }

    /** "a, b o c" / "a, b or c". */
    static String orList(List<String> n, boolean en) {
        if (n.size() < 2) return String.join("", n);
        return String.join(", ", n.subList(0, n.size() - 1)) + (en ? " or " : " o ") + n.get(n.size() - 1);
    }
}
