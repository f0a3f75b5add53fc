package dev.mostrador.core.engine;

import dev.mostrador.core.model.MenuItem;
import dev.mostrador.core.order.Ambiguity;
import dev.mostrador.core.order.BadQuantity;
import dev.mostrador.core.order.OrderLine;
import dev.mostrador.core.order.OrderParser;
import dev.mostrador.core.order.ParsedOrder;
import dev.mostrador.core.order.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Changes to an order already taken, as customers say them: "agregale una horchata" (add), "quitá la coca"
 * (remove), "cambiá la coca por una horchata" (replace), "mejor que sean 4" / "mejor 4 de pastor" (how many),
 * and "cambiá el nombre a Ana" (the name). The result is the whole new order, with anything still to ask
 * (which coca? sold out?) kept as problems so the flow can ask before it confirms.
 */
final class OrderChanges {
    enum Kind { NONE, CHANGED, NOT_IN_ORDER, WHICH_LINE }

    /** {@code order} when CHANGED; {@code quantity} when WHICH_LINE (how many, of which line?). */
    record Result(Kind kind, ParsedOrder order, int quantity) {
        static final Result NONE = new Result(Kind.NONE, null, 0);
    }

    record Found(String value, Span span) {}

    private static final Pattern RENAME = Pattern.compile(
            "(?iu)\\b(?:cambi[aáe]r?(?:le|me)?|correg[ií]r?|corrige|pon[eé]?(?:le|lo)?|change|make|set|put)\\s+"
                    + "(?:el\\s+|mi\\s+|the\\s+|my\\s+)?(?:nombre|name)(?:\\s+del\\s+pedido)?\\s*(?:a|por|to|as|es|is|:)?\\s+"
                    + "([\\p{L}][\\p{L}'.-]*(?:\\s+[\\p{L}][\\p{L}'.-]*){0,2})");
    private static final Pattern REPLACE = Pattern.compile(
            "^(?:.*?\\b)?(?:cambia|cambiame|cambiale|cambialo|cambiar|cambie|change|swap|replace)\\s+(.+?)\\s+(?:por|for|with|to)\\s+(.+)$");
    private static final Pattern INSTEAD = Pattern.compile("^(.+?)\\s+(?:en vez de|en lugar de|instead of)\\s+(.+)$");
    private static final Pattern REMOVE = Pattern.compile(
            "\\b(?:quita|quitale|quitame|quitar|quitalo|quitala|quitalos|quitalas|saca|sacale|sacame|sacar|elimina|eliminale|"
                    + "eliminar|borra|borrale|borrar|remove|drop|take off|take out|ya no quiero|no quiero)\\b");
    private static final Pattern SET = Pattern.compile(
            "\\b(?:que sean|que sea|mejor|solo|nada mas|make it|make that|actually|only|just)\\b");
    private static final Pattern ADD = Pattern.compile(
            "\\b(?:agrega|agregale|agregame|agregar|agregue|anade|anadi|anadile|suma|sumale|sumame|tambien|ademas|otra|otro|otras|otros|"
                    + "add|also|another|more|mas)\\b");
    /** Words that ask for the change but name nothing: stripped before the rest is read as an order. */
    private static final Pattern VERBS = Pattern.compile(
            "\\b(?:cambia|cambiame|cambiale|cambialo|cambiar|change|mejor|que sean|que sea|make it|make that|actually|solo|only|just|"
                    + "agrega|agregale|agregame|agregar|agregue|anade|anadi|anadile|suma|sumale|sumame|tambien|ademas|add|also|"
                    + "pone|ponele|poneme|ponme|pon|put|quiero|dame|please|porfa|por favor|y|and|si|ok|dale)\\b");

    private final OrderParser parser;
    private final int maxPerLine;

    OrderChanges(OrderParser parser, int maxPerLine) {
        this.parser = parser;
        this.maxPerLine = maxPerLine;
    }

    /** "cambiá el nombre a Ana", "change the name to Ana": the new name, capitalized, and where it was said. */
    static Optional<Found> renamed(String raw) {
        if (raw == null) return Optional.empty();
        Matcher m = RENAME.matcher(raw);
        if (!m.find()) return Optional.empty();
        List<String> words = new ArrayList<>();
        for (String w : m.group(1).split("\\s+")) {
            String folded = Message.normalize(w);
            if (Set.of("por", "favor", "porfa", "please", "gracias", "thanks", "y", "and").contains(folded)) break;
            words.add(w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1));
        }
        if (words.isEmpty()) return Optional.empty();
        return Optional.of(new Found(String.join(" ", words), new Span(m.start(), m.end())));
    }

    /**
     * The answer to "¿De cuál producto?" after "mejor que sean 4": "el pastor" or "4 de pastor" sets that line
     * to {@code quantity} (or the number said).
     */
    Result setLine(List<OrderLine> current, String text, int quantity, String lang) {
        ParsedOrder said = parser.parse(strip(Message.normalize(text == null ? "" : text)), lang);
        Integer explicit = quantity(text);
        for (OrderLine l : said.lines()) {
            if (indexOf(current, l.item()) >= 0) return setQuantity(current, l.item(), explicit != null ? explicit : quantity);
        }
        for (Ambiguity a : said.ambiguities()) {
            List<MenuItem> ordered = a.options().stream().filter(o -> indexOf(current, o) >= 0).toList();
            if (ordered.size() == 1) return setQuantity(current, ordered.get(0), explicit != null ? explicit : quantity);
        }
        return Result.NONE;
    }

    Result apply(List<OrderLine> current, String text, String lang) {
        String n = Message.normalize(text == null ? "" : text);
        if (n.isBlank()) return Result.NONE;
        Matcher replace = REPLACE.matcher(n);
        if (replace.matches()) {
            Result r = replace(current, replace.group(1), replace.group(2), lang);
            if (r.kind() != Kind.NONE) return r;
        }
        Matcher instead = INSTEAD.matcher(n);
        if (instead.matches()) {
            Result r = replace(current, instead.group(2), instead.group(1), lang);
            if (r.kind() != Kind.NONE) return r;
        }
        Matcher remove = REMOVE.matcher(n);
        if (remove.find()) return remove(current, n.substring(remove.end()), lang);

        ParsedOrder said = parser.parse(strip(n), lang);
        boolean set = SET.matcher(n).find() && !ADD.matcher(n).find();
        if (said.empty()) {
            if (!set) return Result.NONE;
            Integer q = quantity(n);
            if (q == null) return Result.NONE;
            if (current.size() != 1) return new Result(Kind.WHICH_LINE, null, q);
            return setQuantity(current, current.get(0).item(), q);
        }
        if (set) {
            // "mejor 4 de pastor": items already in the order get the new quantity, others are added.
            List<OrderLine> lines = new ArrayList<>(current);
            List<OrderLine> added = new ArrayList<>();
            List<BadQuantity> bad = new ArrayList<>(said.badQuantities());
            for (OrderLine l : said.lines()) {
                int at = indexOf(lines, l.item());
                if (at >= 0) lines.set(at, l);
                else added.add(l);
            }
            ParsedOrder rest = new ParsedOrder(added, said.unknown(), said.ambiguities(), said.soldOut(), bad);
            return changed(add(lines, rest, maxPerLine));
        }
        return changed(add(current, said, maxPerLine));
    }

    /** The order with {@code added} merged in: quantities of the same item add up, within the per-line limit. */
    static ParsedOrder add(List<OrderLine> current, ParsedOrder added, int maxPerLine) {
        Map<String, OrderLine> byId = new LinkedHashMap<>();
        for (OrderLine l : current) byId.put(l.item().id(), l);
        List<BadQuantity> bad = new ArrayList<>(added.badQuantities());
        List<OrderLine> incoming = new ArrayList<>(added.lines());
        List<Ambiguity> open = new ArrayList<>();
        for (Ambiguity a : added.ambiguities()) {
            // "otra coca" when the order has one coca: the same one, not a question.
            List<MenuItem> ordered = a.options().stream().filter(o -> byId.containsKey(o.id())).toList();
            if (ordered.size() == 1 && a.quantity() >= 1) incoming.add(new OrderLine(ordered.get(0), a.quantity()));
            else open.add(a);
        }
        added = new ParsedOrder(incoming, added.unknown(), open, added.soldOut(), added.badQuantities());
        for (OrderLine l : added.lines()) {
            OrderLine old = byId.get(l.item().id());
            int qty = old == null ? l.quantity() : old.quantity() + l.quantity();
            if (qty > maxPerLine) {
                bad.add(new BadQuantity(l.item().name(), qty, BadQuantity.Reason.ABOVE_MAX, List.of(l.item())));
            } else {
                byId.put(l.item().id(), new OrderLine(l.item(), qty));
            }
        }
        return new ParsedOrder(new ArrayList<>(byId.values()), added.unknown(), added.ambiguities(), added.soldOut(), bad);
    }

    /** "quitá la coca", "ya no quiero la horchata", "remove the coke": the message takes something out. */
    static boolean removes(String raw) {
        return raw != null && REMOVE.matcher(Message.normalize(raw)).find();
    }

    /**
     * "quitá la coca" while the bot still asks which coca: the open question about it (and any line of it) is
     * dropped. Null when the message removes nothing.
     */
    ParsedOrder withoutMentioned(ParsedOrder pending, String text, String lang) {
        String n = Message.normalize(text == null ? "" : text);
        Matcher remove = REMOVE.matcher(n);
        if (!remove.find()) return null;
        Set<String> ids = mentioned(parser.parse(strip(n.substring(remove.end())), lang));
        if (ids.isEmpty()) return null;
        return new ParsedOrder(
                pending.lines().stream().filter(l -> !ids.contains(l.item().id())).toList(),
                pending.unknown(),
                pending.ambiguities().stream().filter(a -> a.options().stream().noneMatch(o -> ids.contains(o.id()))).toList(),
                pending.soldOut().stream().filter(x -> !ids.contains(x.item().id())).toList(),
                pending.badQuantities().stream().filter(b -> b.options().stream().noneMatch(o -> ids.contains(o.id()))).toList());
    }

    private Result remove(List<OrderLine> current, String what, String lang) {
        ParsedOrder said = parser.parse(strip(what), lang);
        Set<String> ids = mentioned(said);
        if (ids.isEmpty()) return Result.NONE;
        boolean explicit = quantity(what) != null;
        List<OrderLine> lines = new ArrayList<>();
        boolean any = false;
        for (OrderLine l : current) {
            if (!ids.contains(l.item().id())) {
                lines.add(l);
                continue;
            }
            any = true;
            int less = said.lines().stream().filter(x -> x.item().id().equals(l.item().id()))
                    .mapToInt(OrderLine::quantity).findFirst().orElse(l.quantity());
            // "quitale una coca" of two leaves one; "quitá la coca" takes them all.
            if (explicit && less < l.quantity()) lines.add(new OrderLine(l.item(), l.quantity() - less));
        }
        if (!any) return new Result(Kind.NOT_IN_ORDER, null, 0);
        return changed(new ParsedOrder(lines, List.of(), List.of(), List.of(), List.of()));
    }

    /** "cambiá la coca por una horchata": the old item goes, the new one comes with its quantity. */
    private Result replace(List<OrderLine> current, String oldText, String newText, String lang) {
        ParsedOrder old = parser.parse(strip(oldText), lang);
        ParsedOrder fresh = parser.parse(strip(newText), lang);
        Set<String> ids = mentioned(old);
        if (ids.isEmpty() || fresh.empty()) return Result.NONE;
        List<OrderLine> kept = new ArrayList<>();
        int removed = 0;
        for (OrderLine l : current) {
            if (ids.contains(l.item().id())) removed += l.quantity();
            else kept.add(l);
        }
        if (removed == 0) return new Result(Kind.NOT_IN_ORDER, null, 0);
        boolean explicit = quantity(newText) != null;
        int qty = removed;
        List<OrderLine> lines = new ArrayList<>();
        for (OrderLine l : fresh.lines()) lines.add(explicit ? l : new OrderLine(l.item(), qty));
        List<Ambiguity> which = new ArrayList<>();
        for (Ambiguity a : fresh.ambiguities()) which.add(explicit ? a : new Ambiguity(a.mention(), qty, a.options()));
        ParsedOrder incoming = new ParsedOrder(lines, fresh.unknown(), which, fresh.soldOut(), fresh.badQuantities());
        return changed(add(kept, incoming, maxPerLine));
    }

    private Result setQuantity(List<OrderLine> current, MenuItem item, int q) {
        List<OrderLine> lines = new ArrayList<>();
        List<BadQuantity> bad = new ArrayList<>();
        for (OrderLine l : current) {
            if (!l.item().id().equals(item.id())) lines.add(l);
            else if (q < 1 || q > maxPerLine) {
                BadQuantity.Reason reason = q == 0 ? BadQuantity.Reason.ZERO
                        : q < 0 ? BadQuantity.Reason.NEGATIVE : BadQuantity.Reason.ABOVE_MAX;
                bad.add(new BadQuantity(item.name(), q, reason, List.of(item)));
            } else {
                lines.add(new OrderLine(item, q));
            }
        }
        return changed(new ParsedOrder(lines, List.of(), List.of(), List.of(), bad));
    }

    private static Result changed(ParsedOrder order) {
        return new Result(Kind.CHANGED, order, 0);
    }

    private static Set<String> mentioned(ParsedOrder said) {
        Set<String> ids = new LinkedHashSet<>();
        said.lines().forEach(l -> ids.add(l.item().id()));
        said.ambiguities().forEach(a -> a.options().forEach(o -> ids.add(o.id())));
        said.soldOut().forEach(s -> ids.add(s.item().id()));
        said.badQuantities().forEach(b -> b.options().forEach(o -> ids.add(o.id())));
        return ids;
    }

    private static int indexOf(List<OrderLine> lines, MenuItem item) {
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).item().id().equals(item.id())) return i;
        return -1;
    }

    private static String strip(String normalized) {
        return VERBS.matcher(Message.normalize(normalized)).replaceAll(" ").replaceAll("\\s+", " ").strip();
    }

    static Integer quantityIn(String text) {
        return quantity(text);
    }

    /** The one number in a short change ("mejor que sean 4", "make it three"), or null. */
    private static Integer quantity(String text) {
        for (String w : Message.normalize(text).split(" ")) {
            if (w.equals("a") || w.equals("an")) continue;
            if (w.matches("-?\\d{1,6}")) return Integer.parseInt(w);
            Integer q = Answers.quantity(w);
            if (q != null) return q;
        }
        return null;
    }
}
