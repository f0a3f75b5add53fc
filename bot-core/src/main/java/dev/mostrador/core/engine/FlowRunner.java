package dev.mostrador.core.engine;

import dev.mostrador.core.engine.SessionState.FlowState;
import dev.mostrador.core.model.Business;
import dev.mostrador.core.model.Flow;
import dev.mostrador.core.model.FlowStep;
import dev.mostrador.core.model.MenuItem;
import dev.mostrador.core.model.StepType;
import dev.mostrador.core.order.Ambiguity;
import dev.mostrador.core.order.OrderLine;
import dev.mostrador.core.order.OrderParser;
import dev.mostrador.core.order.ParsedOrder;
import dev.mostrador.core.order.SoldOut;
import dev.mostrador.core.order.Unknown;
import dev.mostrador.core.order.YesNo;
import dev.mostrador.core.port.OrderSink;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs the guided flows of flows.yaml: asks steps in order, validates each answer by its type, skips what the
 * customer already said, confirms, and hands a confirmed order to the {@link OrderSink}.
 */
final class FlowRunner {
    private final Business business;
    private final Map<String, Flow> flows;
    private final MenuCatalog catalog;
    private final OrderParser orderParser;

    FlowRunner(Business business, Map<String, Flow> flows, MenuCatalog catalog) {
        this.business = business;
        this.flows = flows;
        this.catalog = catalog;
        this.orderParser = new OrderParser(catalog.items());
    }

    /** What one flow turn produced: texts to send, quick replies, the flow's next state (null when it ended). */
    record FlowTurn(List<String> texts, List<String> quickReplies, FlowState next, boolean valid, String outcome) {}

    /** Everything a turn needs from around the flow. */
    record Context(String lang, Placeholders placeholders, String channel, String sessionId, Instant now,
                   OrderSink orders, dev.mostrador.core.port.Notifier notifier) {}

    /** The flow an intent starts (built-in like "order" or the owner's own like "catering"). */
    Optional<Flow> flowFor(String intent) {
        return flows.values().stream().filter(f -> f.startWhen().contains(intent)).findFirst();
    }

    Optional<Flow> flow(String id) {
        return Optional.ofNullable(flows.get(id));
    }

    /**
     * Starts a flow; steps the opening message already answers ("quiero 2 tacos al pastor") are filled and
     * skipped. An order the opening only half gives ("quiero una coca": which one?) is asked about first.
     */
    FlowTurn start(Flow flow, Message opening, Context ctx) {
        Map<String, Object> vars = new LinkedHashMap<>();
        List<String> before = new ArrayList<>();
        for (FlowStep step : flow.steps()) {
            if (step.confirm() || step.var() == null) continue;
            if (step.type() == StepType.ORDER_ITEMS) {
                Accepted a = readItems(opening.raw(), ctx.lang(), vars);
                if (a.value() != null) vars.put(step.var(), a.value());
                else if (a.mentioned() && before.isEmpty()) {
                    before.add(a.problem());
                    // The problem is itself the question ("¿Cuál coca...?"); the step's prompt would repeat it.
                    if (a.problem().endsWith("?")) {
                        return new FlowTurn(before, stepReplies(step, ctx.lang()),
                                new FlowState(flow.id(), step.id(), vars, ctx.now()), true, null);
                    }
                }
            } else if (step.type() == StepType.MENU_ITEM || step.type() == StepType.PHONE) {
                Object value = accept(step, opening, ctx.lang()).value();
                if (value != null) vars.put(step.var(), value);
            }
        }
        return askNext(flow, vars, ctx, before, ctx.now());
    }

    /** The customer answered the current step. */
    FlowTurn answer(Flow flow, FlowState state, Message m, Context ctx) {
        FlowStep step = current(flow, state);
        Map<String, Object> vars = new LinkedHashMap<>(state.vars() == null ? Map.of() : state.vars());
        if (step == null) return askNext(flow, vars, ctx, List.of(), state.startedAt());
        if (step.confirm()) {
            YesNo answer = YesNo.of(m.raw());
            if (answer == YesNo.UNKNOWN) {
                return new FlowTurn(List.of(Texts.get("hint_confirm", ctx.lang())), yesNoReplies(ctx.lang()), state, false, null);
            }
            if (answer == YesNo.NO) return ended(Texts.get("flow_declined", ctx.lang()), "declined");
            return confirm(flow, vars, ctx);
        }
        Accepted accepted = step.type() == StepType.ORDER_ITEMS ? readItems(m.raw(), ctx.lang(), vars) : accept(step, m, ctx.lang());
        if (accepted.value() == null) {
            List<String> texts = new ArrayList<>();
            texts.add(accepted.problem());
            if (!accepted.problem().endsWith("?")) texts.add(prompt(flow, step, vars, ctx));
            FlowState same = new FlowState(flow.id(), step.id(), vars, state.startedAt());
            return new FlowTurn(texts, stepReplies(step, ctx.lang()), same, accepted.mentioned(), null);
        }
        vars.put(step.var(), accepted.value());
        return askNext(flow, vars, ctx, List.of(), state.startedAt());
    }

    /** The current step's question again (after a side question was answered). */
    FlowTurn reask(Flow flow, FlowState state, Context ctx) {
        FlowStep step = current(flow, state);
        Map<String, Object> vars = state.vars() == null ? Map.of() : state.vars();
        if (step == null) return askNext(flow, new LinkedHashMap<>(vars), ctx, List.of(), state.startedAt());
        return new FlowTurn(List.of(prompt(flow, step, vars, ctx)), stepReplies(step, ctx.lang()), state, true, null);
    }

    FlowTurn cancel(String lang) {
        return ended(Texts.get("flow_cancelled", lang), "cancelled");
    }

    FlowStep current(Flow flow, FlowState state) {
        return flow.steps().stream().filter(s -> s.id().equals(state.step())).findFirst().orElse(null);
    }

    /** True when a TEXT step would take anything: the engine checks for side questions before storing it. */
    static boolean takesAnything(FlowStep step) {
        return !step.confirm() && step.type() == StepType.TEXT;
    }

    private FlowTurn askNext(Flow flow, Map<String, Object> vars, Context ctx, List<String> before, Instant started) {
        for (FlowStep step : flow.steps()) {
            if (!step.confirm() && vars.containsKey(step.var())) continue;
            List<String> texts = new ArrayList<>(before);
            texts.add(prompt(flow, step, vars, ctx));
            FlowState next = new FlowState(flow.id(), step.id(), vars, started);
            return new FlowTurn(texts, stepReplies(step, ctx.lang()), next, true, null);
        }
        // No confirm step: the last answer completes the flow.
        return confirm(flow, vars, ctx);
    }

    private FlowTurn confirm(Flow flow, Map<String, Object> vars, Context ctx) {
        String reference = null;
        if ("create_order".equals(flow.onConfirm())) {
            List<OrderSink.Line> lines = lines(vars);
            BigDecimal total = total(lines);
            Map<String, String> answers = new LinkedHashMap<>();
            vars.forEach((k, v) -> {
                if (!k.startsWith("_")) answers.put(k, valueText(v, ctx.lang()));
            });
            reference = ctx.orders().place(new OrderSink.PlacedOrder(
                    ctx.channel(), ctx.sessionId(), flow.id(), answers, lines, total, business.currency(), ctx.now()));
            String body = answers.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                    .reduce((a, b) -> a + "\n" + b).orElse("") + "\ntotal: " + Prices.format(total, business.currency(), business.language());
            ctx.notifier().notifyOwner(new dev.mostrador.core.port.Notifier.OwnerNotification(
                    "order", reference != null ? reference : ctx.sessionId(),
                    Texts.get("order_subject", business.language()), body));
        }
        String done = Texts.get("flow_done", ctx.lang());
        if (reference != null) done += ("en".equals(ctx.lang()) ? " Reference: " : " Referencia: ") + reference;
        return ended(done, "confirmed");
    }

    private FlowTurn ended(String text, String outcome) {
        return new FlowTurn(List.of(text), List.of(), null, true, outcome);
    }

    /** The step's question with placeholders and the flow's answers so far ({items}, {total}, {name}...). */
    String prompt(Flow flow, FlowStep step, Map<String, Object> vars, Context ctx) {
        String lang = ctx.lang();
        String text = step.prompt().get(lang);
        if (text == null) text = step.prompt().get(business.language());
        if (text == null && !step.prompt().isEmpty()) text = step.prompt().values().iterator().next();
        if (text == null) text = step.confirm() ? Texts.get("confirm_default", lang) : Texts.get("hint_text", lang);
        Map<String, String> extra = new LinkedHashMap<>();
        vars.forEach((k, v) -> {
            if (!k.startsWith("_")) extra.put(k, valueText(v, lang));
        });
        List<OrderSink.Line> lines = lines(vars);
        if (!lines.isEmpty()) extra.put("total", Prices.format(total(lines), business.currency(), lang));
        return ctx.placeholders().render(text, lang, extra);
    }

    private record Accepted(Object value, String problem, boolean mentioned) {
        Accepted(Object value, String problem) {
            this(value, problem, false);
        }
    }

    /** Order lines kept while the customer settles the rest ("3 de pastor y una coca": which coca?). */
    private static final String PENDING_LINES = "_pending_items";
    /** The quantity of an ambiguous mention ("2 tacos"), for the answer that picks the item ("de asada"). */
    private static final String PENDING_QUANTITY = "_pending_quantity";

    /** Reads order items; clear lines of a half-understood order are kept in {@code vars} until it is whole. */
    @SuppressWarnings("unchecked")
    private Accepted readItems(String raw, String lang, Map<String, Object> vars) {
        ParsedOrder parsed = orderParser.parse(raw, lang);
        List<Map<String, Object>> pending = new ArrayList<>();
        if (vars.get(PENDING_LINES) instanceof List<?> l) pending.addAll((List<Map<String, Object>>) l);
        List<OrderLine> lines = new ArrayList<>(parsed.lines());
        if (parsed.complete() && lines.size() == 1 && lines.get(0).quantity() == 1 && vars.get(PENDING_QUANTITY) instanceof Number q) {
            lines.set(0, new OrderLine(lines.get(0).item(), q.intValue()));
        }
        if (parsed.complete()) {
            vars.remove(PENDING_LINES);
            vars.remove(PENDING_QUANTITY);
            pending.addAll(toVars(lines));
            return new Accepted(pending, null, true);
        }
        pending.addAll(toVars(lines));
        if (!pending.isEmpty()) vars.put(PENDING_LINES, pending);
        if (!parsed.ambiguities().isEmpty()) vars.put(PENDING_QUANTITY, parsed.ambiguities().get(0).quantity());
        return new Accepted(null, orderProblem(parsed, lang), !parsed.empty());
    }

    private Accepted accept(FlowStep step, Message m, String lang) {
        String raw = m.raw();
        switch (step.type()) {
            case INTEGER -> {
                for (String w : m.words()) {
                    Integer q = Answers.quantity(w);
                    if (q != null && !w.equals("a")) return new Accepted(String.valueOf(q), null);
                }
                return new Accepted(null, Texts.get("hint_integer", lang));
            }
            case PHONE -> {
                String digits = raw.replaceAll("[^0-9+]", "");
                long count = digits.chars().filter(Character::isDigit).count();
                if (count >= 7 && count <= 15) return new Accepted(digits, null);
                return new Accepted(null, Texts.get("hint_phone", lang));
            }
            case CHOICE -> {
                List<String> choices = choices(step);
                String chosen = choose(choices, m);
                if (chosen != null) return new Accepted(chosen, null);
                return new Accepted(null, Texts.fill(Texts.get("hint_choice", lang), Map.of("choices", Texts.joinList(choices, lang))));
            }
            case MENU_ITEM -> {
                Optional<MenuItem> item = catalog.findItem(raw);
                if (item.isPresent() && item.get().available()) return new Accepted(item.get().name(), null);
                if (item.isPresent()) return new Accepted(null, Texts.fill(Texts.get("item_sold_out", lang), Map.of("item", item.get().name())));
                return new Accepted(null, Texts.get("hint_menu_item", lang));
            }
            case ORDER_ITEMS -> {
                ParsedOrder parsed = orderParser.parse(raw, lang);
                if (parsed.complete()) return new Accepted(toVars(parsed.lines()), null);
                return new Accepted(null, orderProblem(parsed, lang));
            }
            default -> {
                if (m.isEmpty()) return new Accepted(null, Texts.get("hint_text", lang));
                return new Accepted(raw, null);
            }
        }
    }

    /** What to tell the customer about an order the parser could not take whole: the first problem. */
    private static String orderProblem(ParsedOrder p, String lang) {
        boolean en = "en".equals(lang);
        if (!p.soldOut().isEmpty()) {
            SoldOut s = p.soldOut().get(0);
            String t = Texts.fill(Texts.get("item_sold_out", lang), Map.of("item", s.item().name()));
            if (!s.alternatives().isEmpty()) t += (en ? " How about " : " ¿Te sirve ") + names(s.alternatives(), lang, en) + "?";
            return t;
        }
        if (!p.ambiguities().isEmpty()) {
            Ambiguity a = p.ambiguities().get(0);
            return (en ? "Which \"" + a.mention() + "\": " : "¿Cuál \"" + a.mention() + "\": ") + names(a.options(), lang, en) + "?";
        }
        if (!p.unknown().isEmpty()) {
            Unknown u = p.unknown().get(0);
            String t = Texts.fill(Texts.get("item_not_found", lang), Map.of("thing", u.mention()));
            if (!u.suggestions().isEmpty()) t += (en ? " Maybe " : " ¿Quizás ") + names(u.suggestions(), lang, en) + "?";
            return t;
        }
        if (!p.badQuantities().isEmpty()) return Texts.get("hint_quantity", lang);
        return Texts.get("hint_order_items", lang);
    }

    private static String names(List<MenuItem> items, String lang, boolean en) {
        List<String> n = items.stream().map(MenuItem::name).toList();
        if (n.size() < 2) return Texts.joinList(n, lang);
        return String.join(", ", n.subList(0, n.size() - 1)) + (en ? " or " : " o ") + n.get(n.size() - 1);
    }

    static BigDecimal total(List<OrderSink.Line> lines) {
        BigDecimal total = BigDecimal.ZERO;
        for (OrderSink.Line l : lines) total = total.add(l.unitPrice().multiply(BigDecimal.valueOf(l.quantity())));
        return total;
    }

    private List<String> choices(FlowStep step) {
        if (!step.choices().isEmpty()) return step.choices();
        if ("payment_methods".equals(step.choicesFrom())) return business.paymentMethods();
        if ("menu".equals(step.choicesFrom())) return catalog.items().stream().map(MenuItem::name).toList();
        return List.of();
    }

    private static final Map<String, String> CHOICE_SYNONYMS = Map.of(
            "cash", "efectivo", "card", "tarjeta", "transfer", "transferencia", "bank transfer", "transferencia",
            "credit card", "tarjeta", "debit", "tarjeta", "contado", "efectivo");

    private static String choose(List<String> choices, Message m) {
        for (int i = 0; i < choices.size(); i++) {
            String c = Message.normalize(choices.get(i));
            if (m.has(c) || m.normalized().equals(String.valueOf(i + 1))) return choices.get(i);
        }
        for (String c : choices) {
            String stem = MenuCatalog.singular(c);
            for (String w : MenuCatalog.singular(m.normalized()).split(" ")) {
                if (w.length() >= 5 && stem.length() >= 5 && w.regionMatches(0, stem, 0, 5)) return c;
            }
        }
        for (var s : CHOICE_SYNONYMS.entrySet()) {
            if (m.has(s.getKey())) {
                for (String c : choices) if (Message.normalize(c).equals(s.getValue())) return c;
            }
        }
        return null;
    }

    /** Order lines as plain JSON-able maps, so the session store can persist a half-taken order. */
    private static List<Map<String, Object>> toVars(List<OrderLine> lines) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (OrderLine l : lines) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("item_id", l.item().id());
            line.put("name", l.item().name());
            line.put("quantity", l.quantity());
            line.put("unit_price", l.item().price().toPlainString());
            out.add(line);
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    static List<OrderSink.Line> lines(Map<String, Object> vars) {
        List<OrderSink.Line> out = new ArrayList<>();
        for (var e : vars.entrySet()) {
            if (e.getKey().startsWith("_") || !(e.getValue() instanceof List<?> list)) continue;
            for (Object o : list) {
                if (!(o instanceof Map<?, ?> line)) continue;
                Map<String, Object> l = (Map<String, Object>) line;
                out.add(new OrderSink.Line(String.valueOf(l.get("item_id")), String.valueOf(l.get("name")),
                        ((Number) l.get("quantity")).intValue(), new BigDecimal(String.valueOf(l.get("unit_price")))));
            }
        }
        return out;
    }

    /** How a stored answer reads in a sentence: order lines as "2 × Taco al pastor y 1 × Coca-Cola". */
    private static String valueText(Object v, String lang) {
        if (v instanceof List<?>) {
            List<String> parts = new ArrayList<>();
            for (OrderSink.Line l : lines(Map.of("x", v))) parts.add(l.quantity() + " × " + l.name());
            return Texts.joinList(parts, lang);
        }
        return String.valueOf(v);
    }

    private List<String> stepReplies(FlowStep step, String lang) {
        if (step.confirm()) return yesNoReplies(lang);
        List<String> out = new ArrayList<>();
        if (step.type() == StepType.CHOICE) out.addAll(choices(step));
        out.add(Texts.get("qr_cancel", lang));
        return out;
    }

    private static List<String> yesNoReplies(String lang) {
        return List.of(Texts.get("qr_yes", lang), Texts.get("qr_no", lang), Texts.get("qr_cancel", lang));
    }
}
