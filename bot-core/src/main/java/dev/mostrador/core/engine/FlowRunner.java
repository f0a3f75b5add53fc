package dev.mostrador.core.engine;

import dev.mostrador.core.engine.SessionState.FlowState;
import dev.mostrador.core.model.Business;
import dev.mostrador.core.model.Flow;
import dev.mostrador.core.model.FlowStep;
import dev.mostrador.core.model.MenuItem;
import dev.mostrador.core.model.StepType;
import dev.mostrador.core.order.Fulfilment;
import dev.mostrador.core.order.OrderIntent;
import dev.mostrador.core.order.OrderLine;
import dev.mostrador.core.order.OrderParser;
import dev.mostrador.core.order.OrderRules;
import dev.mostrador.core.order.OrderTotal;
import dev.mostrador.core.order.ParsedOrder;
import dev.mostrador.core.order.SavedOrder;
import dev.mostrador.core.order.SlotExtractor;
import dev.mostrador.core.order.Slots;
import dev.mostrador.core.order.Span;
import dev.mostrador.core.order.YesNo;
import dev.mostrador.core.port.Notifier;
import dev.mostrador.core.port.OrderSink;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Runs the guided flows of flows.yaml: asks steps in order, validates each answer by its type, fills every
 * step a message already answers (name, phone, payment, delivery or pickup said along with the order), lets
 * the customer change answers and cancel, checks the delivery minimum, confirms, and hands a confirmed
 * order to the {@link OrderSink}. All state lives in {@link FlowState#vars()} as JSON-able values, so a
 * half-taken order survives a restart.
 */
final class FlowRunner {
    /** A half-understood order (which coca?), as {@link SavedOrder} values, until the customer settles it. */
    static final String PENDING_ORDER = "_order";
    /** "delivery" or "pickup", said anywhere in the flow; pickup when never said. */
    static final String FULFILMENT = "fulfilment";
    /** The pseudo-step that asks to add more or pick up when a delivery order is under the minimum. */
    static final String MINIMUM_STEP = "delivery_minimum";
    /**
     * The pseudo-step that asks where to deliver, for a delivery order in a flow with no step of its own for it
     * (the example's quick_order): a delivery without an address cannot reach anyone.
     */
    static final String ADDRESS_STEP = "delivery_address";
    /** Where {@link #ADDRESS_STEP} keeps the answer (the owner sees it with the order). */
    static final String ADDRESS = "address";
    private static final Set<String> ADDRESS_VARS = Set.of("address", "direccion", "dirección", "domicilio",
            "delivery_address", "direccion_entrega");
    /** The quantity of a "mejor que sean 4" waiting for "¿de cuál producto?". */
    static final String WHICH_LINE = "_which_line";

    private static final Set<String> NAME_VARS = Set.of("name", "nombre", "customer", "cliente", "customer_name");
    private static final Set<String> PAYMENT_VARS = Set.of("payment", "pago", "payment_method", "forma_de_pago");

    private final Business business;
    private final Map<String, Flow> flows;
    private final MenuCatalog catalog;
    private final FlowOptions options;
    private final OrderParser orderParser;
    private final SlotExtractor slots;
    private final OrderChanges changes;

    FlowRunner(Business business, Map<String, Flow> flows, MenuCatalog catalog) {
        this(business, flows, catalog, FlowOptions.fromSystemProperties());
    }

    FlowRunner(Business business, Map<String, Flow> flows, MenuCatalog catalog, FlowOptions options) {
        this.business = business;
        this.flows = flows;
        this.catalog = catalog;
        this.options = options;
        this.orderParser = new OrderParser(catalog.items(), new OrderRules(options.maxPerLine()));
        this.slots = new SlotExtractor(business.paymentMethods());
        this.changes = new OrderChanges(orderParser, options.maxPerLine());
    }

    /** What one flow turn produced: texts to send, quick replies, the flow's next state (null when it ended). */
    record FlowTurn(List<String> texts, List<String> quickReplies, FlowState next, boolean valid, String outcome) {}

    /** Everything a turn needs from around the flow. */
    record Context(String lang, Placeholders placeholders, String channel, String sessionId, Instant now,
                   OrderSink orders, Notifier notifier) {}

    /** The flow an intent starts (built-in like "order" or the owner's own like "catering"). */
    Optional<Flow> flowFor(String intent) {
        return flows.values().stream().filter(f -> f.startWhen().contains(intent)).findFirst();
    }

    Optional<Flow> flow(String id) {
        return Optional.ofNullable(flows.get(id));
    }

    /** "cancelar", "mejor no", "ya no quiero", "cancel": but not "cancelá la coca" (a change). */
    static boolean isCancel(Message m) {
        return OrderIntent.isCancel(m.raw());
    }

    /** The session's flow has been idle longer than allowed: the next message is handled as a fresh one. */
    boolean expired(SessionState state, Instant now) {
        if (state == null || state.flow() == null) return false;
        Instant last = state.updatedAt() != null ? state.updatedAt() : state.flow().startedAt();
        return last != null && Duration.between(last, now).compareTo(options.idle()) > 0;
    }

    /**
     * Starts a flow; every step the opening message already answers ("quiero 3 de pastor y 2 horchatas a
     * nombre de Luis, pago en efectivo") is filled and skipped. An order the opening only half gives
     * ("quiero una coca": which one?) is asked about first.
     */
    FlowTurn start(Flow flow, Message opening, Context ctx) {
        Map<String, Object> vars = new LinkedHashMap<>();
        String rest = fillSlots(flow, vars, opening.raw());
        List<String> before = new ArrayList<>();
        for (FlowStep step : flow.steps()) {
            if (step.confirm() || step.var() == null || vars.containsKey(step.var())) continue;
            if (step.type() == StepType.ORDER_ITEMS) {
                String problem = readItems(step, rest, ctx.lang(), vars);
                // An opening that names nothing ("quiero hacer un pedido") just gets the step's question.
                if (problem != null && vars.containsKey(PENDING_ORDER)) {
                    List<String> texts = new ArrayList<>(List.of(problem));
                    if (!problem.contains("?")) texts.add(prompt(flow, step, vars, ctx));
                    return new FlowTurn(texts, stepReplies(step, ctx.lang()),
                            new FlowState(flow.id(), step.id(), vars, ctx.now()), true, null);
                }
            } else if (step.type() == StepType.MENU_ITEM) {
                Object value = accept(step, Message.of(rest), ctx.lang()).value();
                if (value != null) vars.put(step.var(), value);
            }
        }
        return askNext(flow, vars, ctx, before, ctx.now());
    }

    /** The customer answered the current step. */
    FlowTurn answer(Flow flow, FlowState state, Message m, Context ctx) {
        Map<String, Object> vars = new LinkedHashMap<>(state.vars() == null ? Map.of() : state.vars());
        if (MINIMUM_STEP.equals(state.step())) return belowMinimum(flow, state, vars, m, ctx);
        if (ADDRESS_STEP.equals(state.step())) return deliveryAddress(flow, state, vars, m, ctx);
        FlowStep step = current(flow, state);
        if (step == null) return askNext(flow, vars, ctx, List.of(), state.startedAt());
        if (step.confirm()) {
            YesNo answer = YesNo.of(m.raw());
            if (answer == YesNo.YES) return confirm(flow, state, vars, ctx);
            if (answer == YesNo.NO) {
                // "no" to the summary is not a cancel: ask what to change, keep everything.
                return new FlowTurn(List.of(Texts.get("flow_declined", ctx.lang())),
                        List.of(Texts.get("qr_cancel", ctx.lang())), state, true, null);
            }
            return new FlowTurn(List.of(Texts.get("hint_confirm", ctx.lang())), yesNoReplies(ctx.lang()), state, false, null);
        }
        if (m.question() && step.type() != StepType.ORDER_ITEMS && !takesAnything(step)) {
            // "¿aceptan tarjeta?" at the payment step is a question, not the answer "tarjeta": the engine
            // answers it on the side and asks the step again.
            return new FlowTurn(List.of(question(flow, step, vars, ctx)), stepReplies(step, ctx.lang()), state, false, null);
        }
        String rest = fillSlots(flow, vars, m.raw());
        if (vars.containsKey(step.var())) return askNext(flow, vars, ctx, List.of(), state.startedAt());
        boolean filledOther = vars.size() > (state.vars() == null ? 0 : state.vars().size());
        if (step.type() == StepType.ORDER_ITEMS) {
            String problem = readItems(step, rest, ctx.lang(), vars);
            if (problem == null) return askNext(flow, vars, ctx, List.of(), state.startedAt());
            List<String> texts = new ArrayList<>();
            texts.add(problem);
            if (!problem.contains("?")) texts.add(prompt(flow, step, vars, ctx));
            FlowState same = new FlowState(flow.id(), step.id(), vars, state.startedAt());
            return new FlowTurn(texts, stepReplies(step, ctx.lang()), same, vars.containsKey(PENDING_ORDER) || filledOther, null);
        }
        Message restMessage = Message.of(tidy(rest));
        if (restMessage.raw().isBlank() && filledOther) return askNext(flow, vars, ctx, List.of(), state.startedAt());
        Accepted accepted = accept(step, restMessage, ctx.lang());
        if (accepted.value() == null) {
            List<String> texts = new ArrayList<>();
            texts.add(accepted.problem());
            if (!accepted.problem().contains("?")) texts.add(prompt(flow, step, vars, ctx));
            FlowState same = new FlowState(flow.id(), step.id(), vars, state.startedAt());
            // Only a question or a longer message may be something else to answer on the side; "muchas"
            // at "¿para cuántas personas?" just gets the hint.
            boolean maybeOther = restMessage.question() || restMessage.words().size() >= 3;
            return new FlowTurn(texts, stepReplies(step, ctx.lang()), same, filledOther || !maybeOther, null);
        }
        vars.put(step.var(), accepted.value());
        return askNext(flow, vars, ctx, List.of(), state.startedAt());
    }

    /**
     * A change to answers already given, at any step: "mejor que sean 4", "cambiá el nombre a Ana",
     * "agregale una horchata", "quitá la coca", "mejor con tarjeta", "mejor a domicilio". Applied, then the
     * flow goes back to where the customer was (usually the confirmation, with the new total). Null when the
     * message changes nothing, so the step handles it as an answer.
     */
    FlowTurn change(Flow flow, FlowState state, Message m, Context ctx) {
        if (state == null || MINIMUM_STEP.equals(state.step()) || ADDRESS_STEP.equals(state.step())) return null;
        String raw = m.raw();
        boolean atConfirm = "confirm".equals(state.step());
        boolean changeWords = OrderIntent.isChange(raw) || OrderChanges.removes(raw);
        // At the confirmation anything but yes/no may be a change ("y una horchata", "a nombre de Ana"),
        // except a question ("¿aceptan tarjeta?"), which is answered on the side.
        if (!changeWords && !(atConfirm && YesNo.of(raw) == YesNo.UNKNOWN && !m.question())) return null;
        Map<String, Object> vars = new LinkedHashMap<>(state.vars() == null ? Map.of() : state.vars());
        FlowStep here = current(flow, state);
        // The first answer to the items step is read by the step itself, with everything it says on the side.
        if (here != null && here.type() == StepType.ORDER_ITEMS && !vars.containsKey(here.var())) return null;
        String lang = ctx.lang();
        List<String> acks = new ArrayList<>();
        Slots found = slots.extract(raw);
        List<Span> used = new ArrayList<>(found.consumed());

        FlowStep nameStep = slotStep(flow, Slot.NAME);
        Optional<OrderChanges.Found> renamed = OrderChanges.renamed(raw);
        Optional<String> name = renamed.map(OrderChanges.Found::value).or(found::name);
        renamed.ifPresent(r -> used.add(r.span()));
        if (nameStep != null && name.isPresent() && !name.get().equals(vars.get(nameStep.var()))) {
            vars.put(nameStep.var(), name.get());
            acks.add(Texts.fill(Texts.get("changed_name", lang), Map.of("name", name.get())));
        }
        FlowStep phoneStep = slotStep(flow, Slot.PHONE);
        if (phoneStep != null && found.phone().isPresent() && !found.phone().get().equals(vars.get(phoneStep.var()))) {
            vars.put(phoneStep.var(), found.phone().get());
            acks.add(Texts.fill(Texts.get("changed_phone", lang), Map.of("phone", found.phone().get())));
        }
        FlowStep payStep = slotStep(flow, Slot.PAYMENT);
        if (payStep != null && found.payment().isPresent() && !found.payment().get().equals(vars.get(payStep.var()))) {
            vars.put(payStep.var(), found.payment().get());
            acks.add(Texts.fill(Texts.get("changed_payment", lang), Map.of("payment", found.payment().get())));
        }
        FlowStep itemsStep = itemsStep(flow);
        if (itemsStep != null && found.fulfilment().isPresent()) {
            String how = found.fulfilment().get() == Fulfilment.DELIVERY ? "delivery" : "pickup";
            if (!how.equals(vars.get(FULFILMENT))) {
                vars.put(FULFILMENT, how);
                acks.add("delivery".equals(how)
                        ? Texts.fill(Texts.get("changed_delivery", lang), Map.of("fee", money(business.delivery().fee(), lang)))
                        : Texts.get("changed_pickup", lang));
            }
        }
        if (itemsStep != null && vars.get(itemsStep.var()) instanceof List<?>) {
            String rest = blank(raw, used);
            List<OrderLine> current = lines(vars.get(itemsStep.var()));
            OrderChanges.Result r = OrderChanges.Result.NONE;
            if (vars.remove(WHICH_LINE) instanceof Number q) r = changes.setLine(current, rest, q.intValue(), lang);
            if (r.kind() == OrderChanges.Kind.NONE) r = changes.apply(current, rest, lang);
            switch (r.kind()) {
                case NONE -> { }
                case NOT_IN_ORDER -> acks.add(Texts.get("removed_none", lang));
                case WHICH_LINE -> {
                    String text = Texts.fill(Texts.get("which_line", lang), Map.of(
                            "quantity", String.valueOf(r.quantity()), "item", current.get(0).item().name()));
                    List<String> texts = new ArrayList<>(acks);
                    texts.add(text);
                    vars.put(WHICH_LINE, r.quantity());
                    return new FlowTurn(texts, List.of(Texts.get("qr_cancel", lang)),
                            new FlowState(flow.id(), state.step(), vars, state.startedAt()), true, null);
                }
                case CHANGED -> {
                    ParsedOrder after = r.order();
                    if (after.complete()) {
                        vars.put(itemsStep.var(), toVars(after.lines()));
                        vars.remove(PENDING_ORDER);
                    } else if (after.empty()) {
                        vars.remove(itemsStep.var());
                        vars.remove(PENDING_ORDER);
                    } else {
                        // Something to settle (which coca? sold out?): back to the items step with the question.
                        vars.remove(itemsStep.var());
                        vars.put(PENDING_ORDER, SavedOrder.save(after));
                    }
                    acks.add(Texts.get("changed_items", lang));
                }
            }
        }
        if (acks.isEmpty()) return null;
        return askNext(flow, vars, ctx, List.of(String.join(" ", acks)), state.startedAt());
    }

    /** The current step's question again (after a side question was answered). */
    FlowTurn reask(Flow flow, FlowState state, Context ctx) {
        Map<String, Object> vars = state.vars() == null ? Map.of() : state.vars();
        if (MINIMUM_STEP.equals(state.step())) {
            return askNext(flow, new LinkedHashMap<>(vars), ctx, List.of(), state.startedAt());
        }
        if (ADDRESS_STEP.equals(state.step())) return askAddress(List.of(), state, ctx.lang(), true);
        FlowStep step = current(flow, state);
        if (step == null) return askNext(flow, new LinkedHashMap<>(vars), ctx, List.of(), state.startedAt());
        return new FlowTurn(List.of(question(flow, step, vars, ctx)), stepReplies(step, ctx.lang()), state, true, null);
    }

    /**
     * "¿cuánto es el total?" mid-order: the items so far and their total (with the delivery fee once delivery is
     * chosen), then the step asked again. Null when the flow takes no order items or none are given yet.
     */
    FlowTurn soFar(Flow flow, FlowState state, Context ctx) {
        FlowStep items = itemsStep(flow);
        Map<String, Object> vars = state.vars() == null ? Map.of() : state.vars();
        if (items == null || !(vars.get(items.var()) instanceof List<?> list) || list.isEmpty()) return null;
        String lang = ctx.lang();
        String text = Texts.fill(Texts.get("order_so_far", lang), Map.of("items", valueText(vars.get(items.var()), lang),
                "total", totalText(totals(vars, items), lang)));
        FlowTurn again = reask(flow, state, ctx);
        List<String> texts = new ArrayList<>();
        texts.add(text);
        texts.addAll(again.texts());
        return new FlowTurn(texts, again.quickReplies(), again.next(), true, null);
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

    // ---- asking -------------------------------------------------------------------------------------------

    private FlowTurn askNext(Flow flow, Map<String, Object> vars, Context ctx, List<String> before, Instant started) {
        List<String> texts = new ArrayList<>(before);
        FlowStep items = itemsStep(flow);
        if (items != null && vars.get(items.var()) instanceof List<?> && "delivery".equals(vars.get(FULFILMENT))) {
            if (!business.delivery().enabled()) {
                vars.put(FULFILMENT, "pickup");
                texts.add(Texts.get("no_delivery", ctx.lang()));
            } else {
                OrderTotal total = totals(vars, items);
                if (!total.meetsMinimum()) {
                    String lang = ctx.lang();
                    texts.add(Texts.fill(Texts.get("delivery_minimum", lang), Map.of(
                            "minimum", money(total.minimumOrder(), lang), "subtotal", money(total.subtotal(), lang),
                            "missing", money(total.missingForMinimum(), lang))));
                    return new FlowTurn(texts, List.of(Texts.get("qr_pickup", lang), Texts.get("qr_cancel", lang)),
                            new FlowState(flow.id(), MINIMUM_STEP, vars, started), true, null);
                }
                if (!vars.containsKey(ADDRESS) && !asksAddress(flow)) {
                    return askAddress(texts, new FlowState(flow.id(), ADDRESS_STEP, vars, started), ctx.lang(), true);
                }
            }
        }
        for (FlowStep step : flow.steps()) {
            if (!step.confirm() && vars.containsKey(step.var())) continue;
            if (step.confirm() && vars.get(ADDRESS) != null && "delivery".equals(vars.get(FULFILMENT))) {
                texts.add(Texts.fill(Texts.get("delivery_to", ctx.lang()), Map.of("address", String.valueOf(vars.get(ADDRESS)))));
            }
            texts.add(question(flow, step, vars, ctx));
            FlowState next = new FlowState(flow.id(), step.id(), vars, started);
            return new FlowTurn(texts, stepReplies(step, ctx.lang()), next, true, null);
        }
        // No confirm step: the last answer completes the flow.
        return confirm(flow, new FlowState(flow.id(), "confirm", vars, started), vars, ctx);
    }

    /** The step's prompt, or for an items step with an order still to settle, the open question about it. */
    private String question(Flow flow, FlowStep step, Map<String, Object> vars, Context ctx) {
        if (step.type() == StepType.ORDER_ITEMS && vars.get(PENDING_ORDER) instanceof Map<?, ?> saved) {
            @SuppressWarnings("unchecked")
            ParsedOrder pending = SavedOrder.restore((Map<String, ?>) saved, catalog.items());
            if (!pending.complete() && !pending.empty()) return OrderQuestions.problem(pending, ctx.lang(), options.maxPerLine());
        }
        return prompt(flow, step, vars, ctx);
    }

    /** {@code before}, then where to deliver, with the pickup button; the flow waits at {@link #ADDRESS_STEP}. */
    private static FlowTurn askAddress(List<String> before, FlowState at, String lang, boolean valid) {
        List<String> texts = new ArrayList<>(before);
        texts.add(Texts.get("ask_address", lang));
        return new FlowTurn(texts, List.of(Texts.get("qr_pickup", lang)), at, valid, null);
    }

    /** Whether one of the flow's own steps asks where to deliver (then the built-in question is not asked). */
    private static boolean asksAddress(Flow flow) {
        for (FlowStep step : flow.steps()) {
            if (step.var() != null && ADDRESS_VARS.contains(step.var().toLowerCase(java.util.Locale.ROOT))) return true;
        }
        return false;
    }

    /**
     * Where to deliver: any answer with an address's shape (two words or more, or a number) that is no question;
     * "paso a recoger" switches to pickup instead. A question or "ok" is not taken (the engine answers it on the
     * side and asks again).
     */
    private FlowTurn deliveryAddress(Flow flow, FlowState state, Map<String, Object> vars, Message m, Context ctx) {
        String lang = ctx.lang();
        Optional<Fulfilment> how = SlotExtractor.fulfilment(m.raw());
        if (how.isPresent() && how.get() == Fulfilment.PICKUP) {
            vars.put(FULFILMENT, "pickup");
            return askNext(flow, vars, ctx, List.of(Texts.get("changed_pickup", lang)), state.startedAt());
        }
        if (m.question()) return askAddress(List.of(), state, lang, false);
        // a name, phone or payment said here is kept for its step ("88887777" is the phone, not the address)
        int before = vars.size();
        String text = tidy(fillSlots(flow, vars, m.raw())).strip();
        Message rest = Message.of(text);
        boolean shaped = rest.words().stream().anyMatch(w -> w.length() >= 3 && w.chars().anyMatch(Character::isLetter))
                && (rest.words().size() >= 2 || text.chars().anyMatch(Character::isDigit));
        if (!shaped || text.length() > 300) {
            return askAddress(List.of(), new FlowState(flow.id(), ADDRESS_STEP, vars, state.startedAt()), lang,
                    vars.size() > before);
        }
        vars.put(ADDRESS, text);
        return askNext(flow, vars, ctx, List.of(), state.startedAt());
    }

    /** Below the delivery minimum: the customer adds items, switches to pickup, or asks something else. */
    private FlowTurn belowMinimum(Flow flow, FlowState state, Map<String, Object> vars, Message m, Context ctx) {
        FlowStep items = itemsStep(flow);
        String lang = ctx.lang();
        if (items == null) return askNext(flow, vars, ctx, List.of(), state.startedAt());
        Optional<Fulfilment> how = SlotExtractor.fulfilment(m.raw());
        if (how.isPresent() && how.get() == Fulfilment.PICKUP) {
            vars.put(FULFILMENT, "pickup");
            return askNext(flow, vars, ctx, List.of(Texts.get("changed_pickup", lang)), state.startedAt());
        }
        ParsedOrder added = orderParser.parse(m.raw(), lang);
        if (added.empty()) {
            return new FlowTurn(List.of(Texts.get("hint_minimum", lang)),
                    List.of(Texts.get("qr_pickup", lang), Texts.get("qr_cancel", lang)), state, false, null);
        }
        ParsedOrder after = OrderChanges.add(lines(vars.get(items.var())), added, options.maxPerLine());
        if (after.complete()) {
            vars.put(items.var(), toVars(after.lines()));
        } else {
            vars.remove(items.var());
            vars.put(PENDING_ORDER, SavedOrder.save(after));
        }
        return askNext(flow, vars, ctx, List.of(Texts.get("changed_items", lang)), state.startedAt());
    }

    // ---- confirming ---------------------------------------------------------------------------------------

    private FlowTurn confirm(Flow flow, FlowState state, Map<String, Object> vars, Context ctx) {
        String reference = null;
        if ("create_order".equals(flow.onConfirm())) {
            FlowStep items = itemsStep(flow);
            List<OrderSink.Line> lines = sinkLines(vars);
            OrderTotal total = items == null ? null : totals(vars, items);
            Map<String, String> answers = new LinkedHashMap<>();
            vars.forEach((k, v) -> {
                if (!k.startsWith("_")) answers.put(k, valueText(v, ctx.lang()));
            });
            if (items != null) {
                answers.put(FULFILMENT, total.fulfilment() == Fulfilment.DELIVERY ? "delivery" : "pickup");
                answers.put("subtotal", total.subtotal().toPlainString());
                answers.put("delivery_fee", total.deliveryFee().toPlainString());
            }
            // Retries of the same confirmation (a lost response, a double tap) carry the same key.
            answers.put("idempotency_key", ctx.sessionId() + ":" + state.startedAt());
            BigDecimal sum = total != null ? total.total() : linesTotal(lines);
            try {
                reference = ctx.orders().place(new OrderSink.PlacedOrder(
                        ctx.channel(), ctx.sessionId(), flow.id(), answers, lines, sum, business.currency(), ctx.now()));
            } catch (RuntimeException storeFailed) {
                // Never say "confirmed" for an order that was not stored: keep the flow at the confirmation.
                FlowState same = new FlowState(flow.id(), "confirm", vars, state.startedAt());
                return new FlowTurn(List.of(Texts.get("order_failed", ctx.lang())), yesNoReplies(ctx.lang()), same, true, null);
            }
            String body = answers.entrySet().stream().filter(e -> !e.getKey().equals("idempotency_key"))
                    .map(e -> e.getKey() + ": " + e.getValue())
                    .reduce((a, b) -> a + "\n" + b).orElse("") + "\ntotal: " + money(sum, business.language());
            try {
                ctx.notifier().notifyOwner(new Notifier.OwnerNotification(
                        "order", reference != null ? reference : ctx.sessionId(),
                        Texts.get("order_subject", business.language()), body));
            } catch (RuntimeException notifyFailed) {
                // The order is stored; the runtime's outbox retries owner notifications.
            }
        }
        String done = reference == null || reference.isBlank()
                ? Texts.get("order_confirmed_noref", ctx.lang())
                : Texts.fill(Texts.get("order_confirmed", ctx.lang()), Map.of("ref", readable(reference)));
        return ended(done, "confirmed");
    }

    /** "42" reads "#42"; a reference the sink already formatted ("#0042", "P-1") is kept. */
    private static String readable(String reference) {
        String r = reference.strip();
        return r.matches("\\d+") ? "#" + r : r;
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
        FlowStep items = itemsStep(flow);
        if (items != null && vars.get(items.var()) instanceof List<?>) {
            OrderTotal t = totals(vars, items);
            extra.put("subtotal", money(t.subtotal(), lang));
            extra.put("fee", money(t.deliveryFee(), lang));
            extra.put("total", totalText(t, lang));
        } else {
            List<OrderSink.Line> lines = sinkLines(vars);
            if (!lines.isEmpty()) extra.put("total", money(linesTotal(lines), lang));
        }
        return ctx.placeholders().render(text, lang, extra);
    }

    /** The total as a summary says it: "C$ 380.00 (subtotal C$ 320.00 + envío C$ 60.00)" for a delivery. */
    private String totalText(OrderTotal t, String lang) {
        String total = money(t.total(), lang);
        if (t.fulfilment() != Fulfilment.DELIVERY) return total;
        return Texts.fill(Texts.get("total_delivery", lang), Map.of(
                "total", total, "subtotal", money(t.subtotal(), lang), "fee", money(t.deliveryFee(), lang)));
    }

    // ---- reading answers ----------------------------------------------------------------------------------

    private record Accepted(Object value, String problem) {}

    /** Which built-in slot a step takes: found by SlotExtractor anywhere in a message. */
    private enum Slot { NAME, PHONE, PAYMENT }

    private static Slot slotOf(FlowStep step) {
        if (step.confirm() || step.var() == null) return null;
        if (step.type() == StepType.PHONE) return Slot.PHONE;
        String var = Message.normalize(step.var()).replace(' ', '_');
        if ((step.type() == StepType.CHOICE || step.type() == StepType.TEXT)
                && ("payment_methods".equals(step.choicesFrom()) || PAYMENT_VARS.contains(var))) {
            return Slot.PAYMENT;
        }
        if (step.type() == StepType.TEXT && NAME_VARS.contains(var)) return Slot.NAME;
        return null;
    }

    private static FlowStep slotStep(Flow flow, Slot slot) {
        return flow.steps().stream().filter(s -> slotOf(s) == slot).findFirst().orElse(null);
    }

    private static FlowStep itemsStep(Flow flow) {
        return flow.steps().stream().filter(s -> !s.confirm() && s.type() == StepType.ORDER_ITEMS).findFirst().orElse(null);
    }

    /**
     * Fills the unanswered steps this message answers on the side (name, phone, payment) and notes delivery or
     * pickup; returns the message with those parts blanked, for the current step to read.
     */
    private String fillSlots(Flow flow, Map<String, Object> vars, String raw) {
        Slots found = slots.extract(raw);
        for (FlowStep step : flow.steps()) {
            Slot slot = slotOf(step);
            if (slot == null || vars.containsKey(step.var())) continue;
            Optional<String> value = switch (slot) {
                case NAME -> found.name();
                case PHONE -> found.phone();
                case PAYMENT -> found.payment();
            };
            value.ifPresent(v -> vars.put(step.var(), v));
        }
        if (itemsStep(flow) != null && found.fulfilment().isPresent()) {
            vars.put(FULFILMENT, found.fulfilment().get() == Fulfilment.DELIVERY ? "delivery" : "pickup");
        }
        return blank(raw, found.consumed());
    }

    static String blank(String text, List<Span> spans) {
        char[] chars = text.toCharArray();
        for (Span s : spans) {
            for (int i = s.start(); i < s.end() && i < chars.length; i++) chars[i] = ' ';
        }
        return new String(chars);
    }

    /** What is left of an answer once other slots were blanked: "Ana ,  " → "Ana". */
    private static String tidy(String text) {
        return text.replaceAll("\\s+", " ").replaceAll("^[\\s,.;:y]+(?=\\S)|[\\s,.;:]+$", "").strip();
    }

    /**
     * Reads order items into {@code vars}; a half-understood order is kept as {@link #PENDING_ORDER} and the reply
     * continues it (the other lines are never lost). Returns the question to ask, or null when the order is whole.
     */
    private String readItems(FlowStep step, String raw, String lang, Map<String, Object> vars) {
        ParsedOrder parsed;
        boolean continuing = vars.get(PENDING_ORDER) instanceof Map<?, ?>;
        if (continuing) {
            @SuppressWarnings("unchecked")
            Map<String, ?> saved = (Map<String, ?>) vars.get(PENDING_ORDER);
            ParsedOrder pending = SavedOrder.restore(saved, catalog.items());
            ParsedOrder removed = changes.withoutMentioned(pending, raw, lang);
            parsed = removed != null ? removed : settled(pending, orderParser.continueWith(pending, raw, lang), raw);
        } else {
            parsed = orderParser.parse(raw, lang);
        }
        if (parsed.complete()) {
            vars.remove(PENDING_ORDER);
            vars.put(step.var(), toVars(parsed.lines()));
            return null;
        }
        if (parsed.empty()) {
            vars.remove(PENDING_ORDER);
            return Texts.get("hint_order_items", lang);
        }
        vars.put(PENDING_ORDER, SavedOrder.save(parsed));
        return OrderQuestions.problem(parsed, lang, options.maxPerLine());
    }

    /**
     * Two corrections to a continued order. "2 de lengua" (sold out) answered "de asada" means 2 of asada: the
     * quantity of the one item told about carries over when the reply gives none. And a quantity asked about
     * again ("50" was too many, then "25 de pastor") replaces the earlier one instead of piling up.
     */
    private static ParsedOrder settled(ParsedOrder pending, ParsedOrder next, String reply) {
        List<OrderLine> lines = new ArrayList<>(next.lines());
        List<Integer> told = new ArrayList<>();
        pending.soldOut().forEach(s -> told.add(s.quantity()));
        pending.unknown().forEach(u -> told.add(u.quantity()));
        List<OrderLine> fresh = lines.stream()
                .filter(l -> pending.lines().stream().noneMatch(p -> p.item().id().equals(l.item().id()))).toList();
        if (told.size() == 1 && told.get(0) > 1 && fresh.size() == 1 && fresh.get(0).quantity() == 1
                && OrderChanges.quantityIn(reply) == null) {
            lines.set(lines.indexOf(fresh.get(0)), new OrderLine(fresh.get(0).item(), told.get(0)));
        }
        Map<String, dev.mostrador.core.order.BadQuantity> bad = new LinkedHashMap<>();
        for (var b : next.badQuantities()) {
            bad.put(b.options().stream().map(MenuItem::id).sorted().toList() + "|" + (b.options().isEmpty() ? b.mention() : ""), b);
        }
        return new ParsedOrder(lines, next.unknown(), next.ambiguities(), next.soldOut(), new ArrayList<>(bad.values()),
                next.consumed());
    }

    private Accepted accept(FlowStep step, Message m, String lang) {
        String raw = m.raw();
        switch (step.type()) {
            case INTEGER -> {
                for (String w : m.words()) {
                    Integer q = Answers.quantity(w);
                    if (q != null && q > 0 && !w.equals("a")) return new Accepted(String.valueOf(q), null);
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
                return new Accepted(null, OrderQuestions.problem(parsed, lang, options.maxPerLine()));
            }
            default -> {
                if (m.isEmpty()) return new Accepted(null, Texts.get("hint_text", lang));
                return new Accepted(raw, null);
            }
        }
    }

    // ---- money and lines ----------------------------------------------------------------------------------

    private OrderTotal totals(Map<String, Object> vars, FlowStep items) {
        Fulfilment how = "delivery".equals(vars.get(FULFILMENT)) && business.delivery().enabled()
                ? Fulfilment.DELIVERY : Fulfilment.PICKUP;
        return OrderTotal.of(lines(vars.get(items.var())), business.delivery(), how);
    }

    private String money(BigDecimal amount, String lang) {
        return Prices.format(amount, business.currency(), lang);
    }

    static BigDecimal linesTotal(List<OrderSink.Line> lines) {
        BigDecimal total = BigDecimal.ZERO;
        for (OrderSink.Line l : lines) total = total.add(l.unitPrice().multiply(BigDecimal.valueOf(l.quantity())));
        return total;
    }

    /** Stored lines as order lines; the item is looked up in the menu, else rebuilt from what was stored. */
    private List<OrderLine> lines(Object stored) {
        List<OrderLine> out = new ArrayList<>();
        for (OrderSink.Line l : sinkLines(Map.of("x", stored == null ? List.of() : stored))) {
            MenuItem item = catalog.byId(l.itemId())
                    .filter(i -> i.price().compareTo(l.unitPrice()) == 0)
                    .orElseGet(() -> new MenuItem(l.itemId(), l.name(), "", l.unitPrice(), "", true, List.of(), false, false, List.of()));
            if (l.quantity() >= 1) out.add(new OrderLine(item, l.quantity()));
        }
        return out;
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
        // "si" / "no" for a yes/no choice, said the way people say it ("dale", "nel").
        YesNo yn = YesNo.of(m.raw());
        if (yn != YesNo.UNKNOWN) {
            String want = yn == YesNo.YES ? "si" : "no";
            for (String c : choices) {
                String n = Message.normalize(c);
                if (n.equals(want) || n.equals(yn == YesNo.YES ? "yes" : "no")) return c;
            }
        }
        return null;
    }

    /** Order lines as plain JSON-able maps, so the session store can persist a half-taken order. */
    static List<Map<String, Object>> toVars(List<OrderLine> lines) {
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
    static List<OrderSink.Line> sinkLines(Map<String, Object> vars) {
        List<OrderSink.Line> out = new ArrayList<>();
        for (var e : vars.entrySet()) {
            if (e.getKey().startsWith("_") || !(e.getValue() instanceof List<?> list)) continue;
            for (Object o : list) {
                if (!(o instanceof Map<?, ?> line)) continue;
                Map<String, Object> l = (Map<String, Object>) line;
                if (l.get("item_id") == null || !(l.get("quantity") instanceof Number q)) continue;
                out.add(new OrderSink.Line(String.valueOf(l.get("item_id")), String.valueOf(l.get("name")),
                        q.intValue(), new BigDecimal(String.valueOf(l.get("unit_price")))));
            }
        }
        return out;
    }

    /** How a stored answer reads in a sentence: order lines as "2 × Taco al pastor y 1 × Coca-Cola". */
    private static String valueText(Object v, String lang) {
        if (v instanceof List<?>) {
            List<String> parts = new ArrayList<>();
            for (OrderSink.Line l : sinkLines(Map.of("x", v))) parts.add(l.quantity() + " × " + l.name());
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
