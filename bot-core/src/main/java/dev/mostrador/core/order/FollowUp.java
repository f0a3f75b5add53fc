package dev.mostrador.core.order;

import dev.mostrador.core.model.MenuItem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The customer's answer to what the bot asked about a half-understood order: "¿cuál coca?" → "la normal",
 * "¿cuántos?" → "3", "no hay lengua, ¿te sirve asada?" → "dale, de asada". What was already understood
 * is kept; the answer resolves the first open question it can, and anything else it names is added.
 */
final class FollowUp {
    private static final Map<String, Integer> ORDINALS = Map.ofEntries(
            Map.entry("primera", 1), Map.entry("primero", 1), Map.entry("primer", 1), Map.entry("first", 1),
            Map.entry("segunda", 2), Map.entry("segundo", 2), Map.entry("second", 2),
            Map.entry("tercera", 3), Map.entry("tercero", 3), Map.entry("tercer", 3), Map.entry("third", 3),
            Map.entry("cuarta", 4), Map.entry("cuarto", 4), Map.entry("fourth", 4),
            Map.entry("ultima", -1), Map.entry("ultimo", -1), Map.entry("last", -1));
    private static final Set<String> NOISE = Set.of(
            "la", "el", "los", "las", "de", "del", "una", "un", "uno", "the", "one", "a", "an", "mejor", "pues",
            "porfa", "please", "por", "favor", "si", "dale", "ok", "esa", "ese", "esta", "este", "that", "this",
            "opcion", "option", "numero", "number", "quiero", "want", "i", "me", "das", "dame", "give");

    private final OrderParser parser;
    private final MenuLexicon lexicon;
    private final OrderRules rules;

    FollowUp(OrderParser parser, MenuLexicon lexicon, OrderRules rules) {
        this.parser = parser;
        this.lexicon = lexicon;
        this.rules = rules;
    }

    ParsedOrder apply(ParsedOrder pending, String reply, String lang) {
        List<OrderLine> lines = new ArrayList<>(pending.lines());
        List<Ambiguity> ambiguities = new ArrayList<>();
        List<BadQuantity> bad = new ArrayList<>();
        String rest = reply;
        boolean answered = false;

        for (Ambiguity a : pending.ambiguities()) {
            if (answered) {
                ambiguities.add(a);
                continue;
            }
            // Read the answer against the options only: "la de pastor" is the pastor quesadilla here,
            // not a taco al pastor. What that reading used is blanked; the rest may name more items.
            ParsedOrder among = new OrderParser(a.options(), rules).parse(rest, lang);
            if (among.lines().size() == 1) {
                OrderLine l = among.lines().get(0);
                // "2 de la normal": an explicit new quantity wins over the one first asked.
                lines.add(new OrderLine(l.item(), l.quantity() != 1 ? l.quantity() : a.quantity()));
                rest = blank(rest, among.consumed().stream()
                        .filter(span -> among.unknown().stream().noneMatch(u -> span.of(reply).contains(u.mention())))
                        .toList());
                answered = true;
                continue;
            }
            // "light y agrega una horchata": the answer is the part before the first separator.
            int cut = firstSeparator(rest);
            Choice chosen = chooseByWords(a.options(), rest.substring(0, cut));
            if (chosen == null) {
                ambiguities.add(a);
                continue;
            }
            lines.add(new OrderLine(chosen.item(), chosen.quantity() != null ? chosen.quantity() : a.quantity()));
            rest = rest.substring(cut);
            answered = true;
        }
        for (BadQuantity b : pending.badQuantities()) {
            Integer qty = answered ? null : bareQuantity(rest);
            if (qty == null) {
                bad.add(b);
                continue;
            }
            if (qty < 1 || qty > rules.maxQuantityPerLine()) {
                // "0" then "50": the new, still impossible quantity is the one to ask about now.
                BadQuantity.Reason reason = qty == 0 ? BadQuantity.Reason.ZERO
                        : qty < 0 ? BadQuantity.Reason.NEGATIVE : BadQuantity.Reason.ABOVE_MAX;
                bad.add(new BadQuantity(b.mention(), qty, reason, b.options()));
                answered = true;
                rest = "";
                continue;
            }
            answered = true;
            rest = "";
            if (b.options().size() == 1) lines.add(new OrderLine(b.options().get(0), qty));
            else ambiguities.add(new Ambiguity(b.mention(), qty, b.options()));
        }
        // Sold-out and unknown items were told to the customer; whatever they name instead is in the rest.
        ParsedOrder fresh = parser.parse(rest, lang);
        lines.addAll(fresh.lines());
        ambiguities.addAll(fresh.ambiguities());
        bad.addAll(fresh.badQuantities());
        return merge(lines, fresh.unknown(), ambiguities, fresh.soldOut(), bad, List.of());
    }

    private static String blank(String text, List<Span> spans) {
        char[] chars = text.toCharArray();
        for (Span s : spans) {
            for (int i = s.start(); i < s.end() && i < chars.length; i++) chars[i] = ' ';
        }
        return new String(chars);
    }

    private record Choice(MenuItem item, Integer quantity) {}

    /** Where the answer to the question ends: at the first "y", "and", comma or other separator. */
    private static int firstSeparator(String reply) {
        for (Token t : Token.of(reply)) {
            if (t.kind() == Token.Kind.SYMBOL && !t.word().equals(".") || OrderWords.SEPARATORS.contains(t.word())) {
                return t.start();
            }
        }
        return reply.length();
    }

    /**
     * Which option a short answer picks by a distinguishing word ("la normal", "sin azúcar", "2 de la normal")
     * or by position ("la primera"; a lone "2" answers "which one?").
     */
    private Choice chooseByWords(List<MenuItem> options, String reply) {
        List<String> words = new ArrayList<>();
        Integer quantity = null;
        List<Token> tokens = Token.of(reply);
        for (Token t : tokens) {
            if (t.kind() == Token.Kind.SYMBOL || NOISE.contains(t.word())) continue;
            words.add(t.word());
        }
        if (words.isEmpty() || words.size() > 3) return null;
        if (words.size() > 1) {
            // "2 de la normal": a number next to a distinguishing word is how many.
            for (String w : List.copyOf(words)) {
                Integer n = w.matches("\\d{1,6}") ? Integer.valueOf(w) : OrderWords.NUMBERS.get(w);
                if (n != null && n > 0 && quantity == null) {
                    quantity = n;
                    words.remove(w);
                }
            }
        }
        Integer position = position(words);
        if (position != null) {
            int index = position == -1 ? options.size() - 1 : position - 1;
            return index >= 0 && index < options.size() ? new Choice(options.get(index), quantity) : null;
        }
        String text = String.join(" ", words);
        String singular = WordKey.singular(text);
        boolean sugarFree = OrderWords.SUGAR_FREE.contains(text) || OrderWords.SUGAR_FREE.contains(singular);
        if (sugarFree || OrderWords.REGULAR.contains(text) || OrderWords.REGULAR.contains(singular)) {
            List<MenuItem> picked = options.stream().filter(o -> lexicon.sugarFree(o) == sugarFree).toList();
            return picked.size() == 1 ? new Choice(picked.get(0), quantity) : null;
        }
        return null;
    }

    /** "la primera", "the second", "2" (alone: a bare number answers "which one?" by position). */
    private static Integer position(List<String> words) {
        if (words.size() > 2) return null;
        for (String w : words) {
            if (ORDINALS.containsKey(w)) return ORDINALS.get(w);
        }
        if (words.size() == 1 && words.get(0).matches("[1-9]")) return Integer.parseInt(words.get(0));
        return null;
    }

    /** "3", "tres", "mejor 5": a short answer that is just a quantity. */
    private Integer bareQuantity(String reply) {
        Reading r = new Reading(reply, lexicon);
        r.findQuantities();
        List<Reading.Quantity> found = r.quantities();
        if (found.size() != 1 || r.tokenCount() > 4) return null;
        return found.get(0).value();
    }

    private ParsedOrder merge(List<OrderLine> lines, List<Unknown> unknown, List<Ambiguity> ambiguities,
                              List<SoldOut> soldOut, List<BadQuantity> bad, List<Span> consumed) {
        Map<String, OrderLine> byId = new LinkedHashMap<>();
        for (OrderLine l : lines) {
            OrderLine old = byId.get(l.item().id());
            byId.put(l.item().id(), old == null ? l : new OrderLine(l.item(), old.quantity() + l.quantity()));
        }
        List<OrderLine> merged = new ArrayList<>();
        List<BadQuantity> allBad = new ArrayList<>(bad);
        for (OrderLine l : byId.values()) {
            if (l.quantity() > rules.maxQuantityPerLine()) {
                allBad.add(new BadQuantity(l.item().name(), l.quantity(), BadQuantity.Reason.ABOVE_MAX, List.of(l.item())));
            } else {
                merged.add(l);
            }
        }
        return new ParsedOrder(merged, unknown, ambiguities, soldOut, allBad, consumed);
    }
}
