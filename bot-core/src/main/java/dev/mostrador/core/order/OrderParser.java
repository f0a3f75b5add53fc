package dev.mostrador.core.order;

import dev.mostrador.core.model.MenuItem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads an order written the way customers write it ("dame 3 de pastor, 2 de asada y una coca porfa")
 * against the business's menu. Items are found first (longest name wins, typos and plurals tolerated),
 * then quantities are attached to them (before the item, or after it: "pastor x 3"), then whatever looks
 * like an item that is not on the menu is reported. Everything the parser is unsure of is reported, never
 * guessed: ambiguous names, unknown items, sold-out items and impossible quantities.
 *
 * <p>Spanish and English words are understood together whatever {@code lang} is: customers mix them.
 */
public final class OrderParser {
    private static final int SUGGESTIONS = 3;

    private final MenuLexicon lexicon;
    private final OrderRules rules;

    public OrderParser(List<MenuItem> menu, OrderRules rules) {
        this.lexicon = new MenuLexicon(Objects.requireNonNull(menu, "menu"));
        this.rules = rules == null ? OrderRules.DEFAULT : rules;
    }

    public OrderParser(List<MenuItem> menu) {
        this(menu, OrderRules.DEFAULT);
    }

    /** A quantity as customers write it, one normalized word: "2", "dos", "una", "otra". */
    public static boolean isQuantity(String word) {
        return word.matches("\\d{1,3}") || OrderWords.NUMBERS.containsKey(word);
    }

    /** A little word between the items of an order list: "y", "and", "de", "a", "the", "x", "ml". */
    public static boolean isListGlue(String word) {
        return OrderWords.SEPARATORS.contains(word) || OrderWords.CONNECTORS.contains(word)
                || OrderWords.ARTICLES.contains(word) || OrderWords.QUANTITY_GLUE.contains(word)
                || OrderWords.UNITS.contains(word);
    }

    public ParsedOrder parse(String text, String lang) {
        Reading reading = new Reading(text == null ? "" : text, lexicon);
        reading.findItems();
        reading.findQuantities();
        reading.attachQuantities();
        reading.resolveEllipses();
        reading.dropSummaries();
        reading.findUnknownItems();
        return build(reading);
    }

    /**
     * The customer's reply to a question about {@code pending} (an order that was not {@link ParsedOrder#complete()}):
     * "la normal" / "sin azúcar" / "la primera" picks among an ambiguity's options, "3" fixes a bad quantity,
     * and any items the reply names are added. Lines already understood are kept; sold-out and unknown items,
     * already told to the customer, are dropped unless the reply names something new.
     */
    public ParsedOrder continueWith(ParsedOrder pending, String reply, String lang) {
        Objects.requireNonNull(pending, "pending");
        String text = reply == null ? "" : reply;
        return new FollowUp(this, lexicon, rules).apply(pending, text, lang);
    }

    private ParsedOrder build(Reading r) {
        Map<String, Integer> quantities = new LinkedHashMap<>();
        Map<String, MenuItem> items = new LinkedHashMap<>();
        List<Ambiguity> ambiguities = new ArrayList<>();
        List<SoldOut> soldOut = new ArrayList<>();
        List<BadQuantity> bad = new ArrayList<>();
        List<Unknown> unknown = new ArrayList<>();
        for (Reading.Mention m : r.mentions()) {
            int qty = m.quantity();
            String said = r.text(m.start(), m.end());
            if (m.unknown()) {
                unknown.add(new Unknown(said, Math.max(qty, 1), lexicon.suggestions(r.keys(m.start(), m.end()), SUGGESTIONS)));
                continue;
            }
            List<MenuItem> options = m.options();
            List<MenuItem> available = options.stream().filter(MenuItem::available).toList();
            if (!available.isEmpty() && available.size() < options.size()) options = available;
            if (qty <= 0 || qty > rules.maxQuantityPerLine()) {
                BadQuantity.Reason reason = qty == 0 ? BadQuantity.Reason.ZERO
                        : qty < 0 ? BadQuantity.Reason.NEGATIVE : BadQuantity.Reason.ABOVE_MAX;
                bad.add(new BadQuantity(said, qty, reason, options));
            } else if (options.size() > 1) {
                ambiguities.add(new Ambiguity(said, qty, options));
            } else if (!options.get(0).available()) {
                soldOut.add(new SoldOut(options.get(0), qty, lexicon.alternatives(options.get(0), SUGGESTIONS)));
            } else {
                MenuItem item = options.get(0);
                items.put(item.id(), item);
                quantities.merge(item.id(), qty, Integer::sum);
            }
        }
        List<OrderLine> lines = new ArrayList<>();
        for (Map.Entry<String, Integer> e : quantities.entrySet()) {
            MenuItem item = items.get(e.getKey());
            if (e.getValue() > rules.maxQuantityPerLine()) {
                // Each mention was fine but together they exceed the limit ("15 de pastor ... y 10 de pastor").
                bad.add(new BadQuantity(item.name(), e.getValue(), BadQuantity.Reason.ABOVE_MAX, List.of(item)));
            } else {
                lines.add(new OrderLine(item, e.getValue()));
            }
        }
        return new ParsedOrder(lines, unknown, ambiguities, soldOut, bad, r.consumedSpans());
    }
}
