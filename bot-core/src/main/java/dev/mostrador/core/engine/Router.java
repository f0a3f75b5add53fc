package dev.mostrador.core.engine;

import dev.mostrador.core.engine.ChatEngine.Outcome;
import dev.mostrador.core.engine.ChatEngine.Turn;
import dev.mostrador.core.engine.SessionState.FlowState;
import dev.mostrador.core.match.Candidate;
import dev.mostrador.core.match.Retriever;
import dev.mostrador.core.model.Business;
import dev.mostrador.core.model.BusinessFolder;
import dev.mostrador.core.model.DocChunk;
import dev.mostrador.core.model.Faq;
import dev.mostrador.core.model.Flow;
import dev.mostrador.core.model.FlowStep;
import dev.mostrador.core.model.MenuItem;
import dev.mostrador.core.port.Notifier.OwnerNotification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Decides what one message gets: the running flow's next step, a hand-off, a complaint apology, small talk,
 * a new flow, a schedule answer, a menu answer, the best FAQ/doc match, or the fallback. Rules run before
 * retrieval because they are cheap and exact; retrieval decides everything they do not.
 */
final class Router {
    /** Two FAQ candidates this close are ambiguous; the runner-up is offered as a quick reply. */
    private static final double MARGIN = 0.03;

    private final BusinessFolder folder;
    private final Business business;
    private final Retriever retriever;
    private final EnginePorts ports;
    private final IntentRules rules;
    private final MenuCatalog catalog;
    private final MenuAnswers menu;
    private final FlowRunner flows;
    private final Map<String, Faq> faqs;
    private final Map<String, DocChunk> docs;

    Router(BusinessFolder folder, Retriever retriever, EnginePorts ports) {
        this.folder = folder;
        this.business = folder.business();
        this.retriever = retriever;
        this.ports = ports;
        this.rules = new IntentRules(folder.intentExamples());
        this.catalog = new MenuCatalog(folder.menu(), folder.synonyms());
        this.menu = new MenuAnswers(catalog, business.currency());
        this.flows = new FlowRunner(business, folder.flows(), catalog);
        this.faqs = folder.faqs().stream().collect(Collectors.toMap(Faq::id, f -> f, (a, b) -> a));
        this.docs = folder.docs().stream().collect(Collectors.toMap(DocChunk::id, d -> d, (a, b) -> a));
    }

    Outcome route(Turn t) {
        Message m = t.message();
        if (m.raw().isEmpty()) {
            return Outcome.of(Texts.get("ask_again", t.lang()), defaultReplies(t.lang()), Intent.FALLBACK, "fallback", "empty", null)
                    .withFlow(t.state().flow());
        }
        FlowState running = t.state().flow();
        // A flow left idle too long is dropped: the message is handled as a fresh one.
        if (running != null && flows.expired(t.state(), t.now())) running = null;
        if (running != null) {
            Optional<Flow> flow = flows.flow(running.flowId());
            if (flow.isPresent()) return inFlow(t, flow.get(), running);
        }
        if (m.isEmpty()) return smalltalk(t, IntentRules.Smalltalk.EMOJI);
        if ("handoff".equals(t.state().pending()) && dev.mostrador.core.order.YesNo.of(m.raw()) == dev.mostrador.core.order.YesNo.YES) return handoff(t);
        if (justConfirmedOrder(t.state()) && dev.mostrador.core.order.YesNo.of(m.raw()) == dev.mostrador.core.order.YesNo.YES) {
            // a second "sí" (a double tap, an impatient customer) must not read as a new question, nor order again
            String lang = t.lang();
            return new Outcome(List.of(Texts.get("order_already_confirmed", lang)), defaultReplies(lang),
                    Intent.ORDER.key(), "flow", t.state().lastSourceId(), null, null, null, null, null);
        }
        int greeting = rules.greetingPrefix(m);
        if (greeting > 0) {
            Message rest = m.dropWords(greeting);
            if (rest.isEmpty()) return greeting(t);
            Outcome answer = answer(t.withMessage(rest), true);
            return answer.is(Intent.FALLBACK) ? greeting(t) : answer.prefixed(Texts.get("en".equals(t.lang()) ? "hi" : "hola", t.lang()));
        }
        return answer(t, true);
    }

    /** The last turn confirmed a guided order (its context is "flow" + "#confirmed"). */
    private static boolean justConfirmedOrder(SessionState state) {
        return "flow".equals(state.lastSourceKind()) && state.lastSourceId() != null
                && state.lastSourceId().endsWith("#confirmed");
    }

    /** Everything but flows in progress and greetings. {@code mayStartFlow} is false for side questions mid-flow. */
    private Outcome answer(Turn t, boolean mayStartFlow) {
        Message m = t.message();
        if (rules.asksWhoItIs(m)) return identity(t);
        if (rules.isHandoff(m)) return handoff(t);
        if (rules.isComplaint(m)) return complaint(t);
        if (rules.isPlacedOrderChange(m)) {
            // the bot cannot undo an order it already passed on: the owner's FAQ about it, else the team
            Outcome faq = strongFaqMatch(t);
            if (faq != null && faqSpeaksOfOrderChanges(faq.sourceId())) return faq;
            // only the team can change an order already placed; they are told at once
            return handoff(t, "order_change_subject", "order_change", "order_change");
        }
        // how a placed order is coming along: only the team knows; they are told at once
        if (rules.isPlacedOrderStatus(m)) return handoff(t, "order_status_subject", "order_status", "order_status");
        if (rules.isBareCancel(m)) {
            // right after a confirmed order it is that order, which only the team can undo; else there is none
            if (justConfirmedOrder(t.state())) return handoff(t, "order_change_subject", "order_change", "order_change");
            return Outcome.of(Texts.get("nothing_to_cancel", t.lang()), menuReplies(t.lang()), Intent.ORDER, "template",
                    "nothing_to_cancel", null);
        }
        if (rules.isOrderForLater(m)) return orderForLater(t);
        if (rules.asksMinimumOrder(m)) {
            Optional<Outcome> minimum = minimumOrder(t);
            if (minimum.isPresent()) return minimum.get();
        }
        IntentRules.Smalltalk small = rules.smalltalk(m, w -> strayWord(w, t));
        if (small != null) return smalltalk(t, small);
        // a compliment is thanked, not answered with the FAQ its words resemble
        if (rules.isPraise(m)) return smalltalk(t, IntentRules.Smalltalk.THANKS);
        String owner = rules.ownerIntent(m);
        if (Intent.GREETING.key().equals(owner)) return greeting(t);
        if (owner != null && Intent.of(owner) == null && mayStartFlow) {
            // The owner's own intent (intents.yaml), e.g. "catering", starts the flow that names it.
            Optional<Flow> flow = flows.flowFor(owner);
            if (flow.isPresent()) return startFlow(t, flow.get(), owner);
        }
        if (mayStartFlow && countOfContextItem(t)) {
            // "quiero tres" right after the horchata orders three horchatas, not the tres leches "tres" names
            Optional<Flow> flow = flows.flowFor(Intent.ORDER.key());
            if (flow.isPresent()) {
                return startFlow(withItemNamed(t, contextItem(t)), flow.get(), Intent.ORDER.key());
            }
        }
        boolean namesFood = namesFood(m);
        boolean ownerOrder = Intent.ORDER.key().equals(owner);
        boolean byWords = ownerOrder || rules.isOrder(m, namesFood);
        // the order-list check (an order parse) runs at most once: for `order` only when the order words did not
        // decide, for the question check below only when they did
        boolean order = byWords || menu.isOrderList(m, t.lang());
        if (byWords && !ownerOrder && rules.isOrderWordQuestion(m, namesFood) && !menu.isOrderList(m, t.lang())) {
            // "¿cuánto tarda un pedido?": a question about ordering that one of the owner's FAQs answers
            Outcome faq = strongFaqMatch(t);
            if (faq != null) return faq;
        }
        // "cuanto es 3 de pastor y 2 horchatas": the price of a would-be order, asked before ordering; the menu
        // adds it up. "quiero 3 de pastor, cuanto es?" still orders (it says it wants them).
        if (order && namesFood && menu.asksPrice(m) && !rules.placesOrder(m)) order = false;
        if (order && mayStartFlow) {
            Optional<Flow> flow = flows.flowFor(Intent.ORDER.key());
            if (flow.isPresent()) return startFlow(withContextItem(t), flow.get(), Intent.ORDER.key());
        }
        Optional<Outcome> atPlace = namedLocation(t);
        if (atPlace.isPresent()) return atPlace.get();
        Optional<ScheduleQuestion> schedule = ScheduleQuestion.parse(m, t.placeholders().schedule().today());
        if (schedule.isEmpty() && m.words().size() <= 5) {
            // a short follow-up naming a day: "y mañana?" after the place, "y el domingo?" after the hours
            ScheduleQuestion.Kind kind = afterLocationAnswer(t) ? ScheduleQuestion.Kind.LOCATION
                    : afterHoursAnswer(t) || dayOnlyWithoutContext(t) ? ScheduleQuestion.Kind.DAY : null;
            if (kind != null) {
                schedule = ScheduleQuestion.dayIn(m, t.placeholders().schedule().today())
                        .map(d -> new ScheduleQuestion(kind, d, true));
            }
        }
        if (schedule.isPresent()) return schedule(t, schedule.get());
        if (ScheduleQuestion.asksDeliveryReach(m)) {
            // "¿hasta dónde llegan?": the owner's delivery FAQ (by its id or tags) says how far it goes, whatever
            // the classifier makes of "dónde" ("hay dónde sentarse" is the tables FAQ)
            Optional<Outcome> faq = ownerFaq(t, "delivery", "envio", "domicilio", "reparto")
                    .or(() -> faqAbout(t, "delivery", "envio", "domicilio", "reparto"));
            if (faq.isPresent()) return faq.get();
        }
        if (!order) {
            Optional<Outcome> pickup = pickupQuestion(t, namesFood);
            if (pickup.isPresent()) return pickup.get();
        }
        Optional<MenuAnswers.Answer> menuAnswer = menu.answer(m, t.lang(), contextItem(t));
        if (menuAnswer.isPresent() && catalog.byId(menuAnswer.get().id()).isPresent()) {
            Optional<MenuAnswers.Answer> lacking = menu.varietyNotOnTheMenu(m, t.lang(), w -> strayWord(w, t));
            if (lacking.isPresent()) menuAnswer = lacking;
        }
        if (menuAnswer.isPresent() && MenuAnswers.WHOLE.equals(menuAnswer.get().id())) {
            // "¿tienen menú para niños?": a menu of something the business never names is not the whole menu
            String unknown = unknownThingAskedFor(t);
            if (unknown != null) return unknownThing(t, unknown);
        }
        Optional<MenuItem> fromListed = itemOfListedCategory(t);
        if (fromListed.isPresent()) {
            // the customer goes on about the menu: no FAQ takes this over
            MenuAnswers.Answer a = menu.itemAnswer(fromListed.get(), m, t.lang());
            return Outcome.of(a.text(), menuReplies(t.lang()), order ? Intent.ORDER : Intent.MENU, "menu", a.id(), null);
        }
        if (menuAnswer.isPresent() && menuAnswer.get().id().startsWith(MenuAnswers.INGREDIENT)) {
            // "¿tienen salsa verde?": the owner's FAQ about the salsas beats the list of dishes that come with it
            Outcome faq = faqOnIngredient(t, menuAnswer.get().id().substring(MenuAnswers.INGREDIENT.length()));
            if (faq != null) return faq;
        }
        if (menuAnswer.isPresent() && !menuAnswer.get().specific()) {
            // "¿cuántas calorías tiene el burrito?": what is asked of the item is in none of the business's texts, so
            // no FAQ that merely shares "cuántas" answers it: the item, with what is not known
            String unknown = strayTopicBesidesTheItem(t);
            if (unknown != null) {
                String text = Texts.fill(Texts.get("unknown_thing", t.lang()), Map.of("thing", unknown)) + " "
                        + menuAnswer.get().text();
                return Outcome.of(text, menuReplies(t.lang()), order ? Intent.ORDER : Intent.MENU, "menu",
                        menuAnswer.get().id(), null);
            }
            // "de quién es la receta del pastor?" names an item but asks something a FAQ or doc answers better.
            Outcome better = nonMenuAnswerToTheRest(t);
            if (better != null) return better;
        }
        if (menuAnswer.isPresent() && "best_sellers".equals(menuAnswer.get().id())
                && MenuAnswers.recommendsSomethingElse(retriever.unknownWords(m.raw(), t.lang()), t.lang())) {
            menuAnswer = Optional.empty();
        }
        if (menuAnswer.isPresent() && menuAnswer.get().unmentioned() != null) {
            // "¿los churros llevan huevo?": the description does not say, the allergens document may
            String unmentioned = menuAnswer.get().unmentioned();
            Optional<Outcome> fromDocs = catalog.byId(menuAnswer.get().id()).flatMap(i -> docSentenceOn(t, i, unmentioned));
            if (fromDocs.isPresent()) return fromDocs.get();
        }
        if (menuAnswer.isPresent()) {
            Intent intent = order ? Intent.ORDER : Intent.MENU;
            return Outcome.of(menuAnswer.get().text(), menuReplies(t.lang()), intent, "menu", menuAnswer.get().id(), null);
        }
        Optional<MenuAnswers.Answer> priceOfWhat = order ? Optional.empty() : menu.priceOfNothing(m, t.lang());
        if (priceOfWhat.isPresent()) {
            return Outcome.of(priceOfWhat.get().text(), menuReplies(t.lang()), Intent.MENU, "menu", priceOfWhat.get().id(), null);
        }
        return retrieve(t, order ? Intent.ORDER : Intent.FAQ);
    }

    /**
     * What a "how many" asks of an item when none of the business's texts uses the word ("calorias" in "¿cuántas
     * calorías tiene el burrito?", "how many calories"), as typed; null otherwise. Only the counted word: other words
     * the owner never wrote are mostly verbs and adjectives ("¿qué traen?", "el más barato").
     */
    private String strayTopicBesidesTheItem(Turn t) {
        List<String> w = Message.of(catalog.withoutNames(t.message().raw())).words();
        for (int i = 0; i + 1 < w.size(); i++) {
            boolean howMany = w.get(i).equals("cuantas") || w.get(i).equals("cuantos")
                    || (w.get(i).equals("many") && i > 0 && w.get(i - 1).equals("how"));
            String counted = w.get(i + 1);
            if (howMany && counted.length() >= 4 && strayWord(counted, t)) return counted;
        }
        return null;
    }

    /** A word none of the business's texts uses, and no number ("crack" in "gracias crack", not "pastor" or "2"). */
    private boolean strayWord(String word, Turn t) {
        if (word.chars().anyMatch(Character::isDigit)) return false;
        List<String> unknown = retriever.unknownWords(word, t.lang());
        return !unknown.isEmpty() && catalog.findItems(word).isEmpty() && catalog.findCategory(word).isEmpty();
    }

    private static final java.util.Set<String> ACKNOWLEDGEMENTS = java.util.Set.of("ok", "okay", "oki", "okey",
            "dale", "va", "listo", "ah", "aja", "bueno", "perfecto", "gracias", "thanks", "cool", "great", "nice");

    /** "y el mínimo?", "and the fee?", "también los domingos?": short and leaning on the previous answer. */
    private static boolean isFollowUp(Message m) {
        // "ok y el mínimo?", "dale, y los domingos?": an acknowledgement before the follow-up
        while (m.words().size() > 1 && ACKNOWLEDGEMENTS.contains(m.words().get(0))) m = m.dropWords(1);
        if (m.words().isEmpty() || m.words().size() > 5) return false;
        String first = m.words().get(0);
        return first.equals("y") || first.equals("and") || first.equals("e") || m.hasAny("tambien", "also", "too");
    }

    /** The message names a menu item, category or tag, or a quantity: "quiero 2", "dame una coca". */
    private boolean namesFood(Message m) {
        if (!catalog.findItems(m.normalized()).isEmpty() || catalog.findCategory(m.normalized()).isPresent()) return true;
        for (String w : m.words()) if (w.matches("\\d{1,2}")) return true;
        return false;
    }

    // ---- retrieval -------------------------------------------------------------------------------------------

    /**
     * Topics customers bring to any shop's chat that a shop does not answer unless it says so: the weather, match
     * results, politics, doctors and trades. A message naming one is out of scope when the business never uses
     * that word anywhere (a sports bar that writes "partido" in its FAQs keeps those questions).
     */
    private static final java.util.Set<String> OFF_TOPIC = java.util.Set.of(
            "llover", "llueve", "lloviendo", "lluvia", "lluvias", "clima", "pronostico", "temperatura", "huracan",
            "tormenta", "partido", "partidos", "goles", "futbol", "mundial", "liga", "campeonato", "presidente",
            "elecciones", "gobierno", "politica", "doctor", "medico", "dentista", "hospital", "plomero", "electricista",
            "mecanico", "abogado", "rain", "raining", "weather", "forecast", "temperature", "storm", "hurricane",
            "football", "soccer", "election", "elections", "president", "government", "politics", "dentist",
            "plumber", "electrician", "mechanic", "lawyer");

    /** The message names an off-topic subject ({@link #OFF_TOPIC}) that none of the business's texts mentions. */
    private boolean offTopic(Turn t) {
        Message m = t.message();
        List<String> named = new ArrayList<>();
        for (String w : m.words()) if (OFF_TOPIC.contains(w)) named.add(w);
        if (named.isEmpty()) return false;
        List<String> unknown = retriever.unknownWords(m.raw(), t.lang());
        for (String w : named) {
            if (unknown.contains(dev.mostrador.core.text.TextAnalyzer.stem(w, t.lang()))) return true;
        }
        return false;
    }

    /** How a customer asks whether the shop has, sells, takes or allows something, at the start of the message. */
    private static final List<List<String>> ASKS_FOR = java.util.stream.Stream.of(
            "tienen", "tenes", "tienes", "tiene", "hay", "venden", "vende", "manejan", "aceptan", "acepta", "reciben",
            "ofrecen", "sirven", "do you have", "do you guys have", "do u have", "do you sell", "do you take",
            "do you accept", "do you offer", "do you serve", "is there", "are there", "have you got", "got any",
            "you guys have", "you have", "u have", "se puede", "se permite", "puedo", "podemos", "can i", "can we")
            .map(c -> List.of(c.split(" "))).toList();

    /** Words around the thing asked for that say nothing about it ("¿tienen algo de café por favor?"). */
    private static final java.util.Set<String> THING_GLUE = java.util.Set.of("algo", "alguna", "algun", "alguno",
            "un", "una", "unos", "unas", "el", "la", "los", "las", "lo", "de", "del", "para", "con", "por", "favor",
            "porfa", "porfis", "aqui", "ahi", "hoy", "ustedes", "ahorita", "todavia", "aun", "a", "an", "the", "any",
            "some", "for", "with", "of", "please", "pls", "here", "today", "you", "guys", "y", "o", "and", "or",
            "anything", "something");

    /**
     * Words for a kind of offer that any shop's texts may use ("opciones", "comida", "meals"): they do not make the
     * thing known ("¿tienen opciones para niños?" is about children, which the business never mentions).
     */
    private static final java.util.Set<String> KINDS = java.util.Set.of("opciones", "opcion", "cosas", "cosa",
            "comida", "comidas", "platos", "plato", "precios", "precio", "menu", "servicio", "options", "option",
            "food", "meals", "meal", "dishes", "dish", "prices", "things", "service", "porciones", "porcion",
            "portions", "portion", "tamaños", "tamaño", "sizes", "size");

    private static final java.util.Set<String> LEAVES_OUT = java.util.Set.of("sin", "no", "ni", "without", "free",
            "except", "menos");

    /**
     * "¿tienen michelada?", "aceptan reservaciones?", "do you have kids meals": a short question whether the shop has
     * something, where every word that names the thing is one none of the business's texts uses (typos corrected,
     * synonyms counted). The words, else null. The menu has had its say before this (a dish it lacks is "not on the
     * menu"); without this the classifier, sure of some FAQ for any message, answers the nearest one ("¿Tienen local
     * fijo?" for the michelada).
     */
    private String unknownThingAskedFor(Turn t) {
        List<String> w = t.message().words();
        if (w.size() > 8) return null;
        for (List<String> cue : ASKS_FOR) {
            if (w.size() <= cue.size() || !w.subList(0, cue.size()).equals(cue)) continue;
            List<String> object = w.subList(cue.size(), w.size());
            boolean named = false;
            for (String word : object) {
                // "anything without meat" is asked for by what it leaves out: a kind of dish, not a foreign thing
                if (LEAVES_OUT.contains(word)) return null;
                if (THING_GLUE.contains(word) || KINDS.contains(word)) continue;
                if (word.chars().anyMatch(Character::isDigit) || !strayWord(word, t)) return null;
                named = true;
            }
            if (!named) return null;
            // the words as asked, without the glue around them: "opciones para niños", "kids meals"
            int from = 0, to = object.size();
            while (THING_GLUE.contains(object.get(from))) from++;
            while (THING_GLUE.contains(object.get(to - 1))) to--;
            return String.join(" ", object.subList(from, to));
        }
        return null;
    }

    /**
     * "¿hacen pedidos por adelantado?", "se puede encargar para mañana?": the owner's FAQ whose phrasings speak of
     * ordering ahead when it matches, else the team (the guided order has no day or hour to ask for).
     */
    private Outcome orderForLater(Turn t) {
        Optional<Outcome> faq = topFaqWhosePhrasing(t, p -> rules.isOrderForLater(Message.of(p)));
        if (faq.isPresent()) return faq.get();
        return offeringAPerson(t, Texts.get("order_later", t.lang()), Intent.FAQ, "template", "order_later");
    }

    /**
     * {@code text}, then the offer of a person from the team, with its button first; a bare "sí" takes the offer
     * (the unknown thing, an order for later, who answers).
     */
    private Outcome offeringAPerson(Turn t, String text, Intent intent, String kind, String id) {
        String lang = t.lang();
        List<String> replies = new ArrayList<>();
        replies.add(Texts.get("qr_handoff", lang));
        replies.addAll(defaultReplies(lang));
        return new Outcome(List.of(text + " " + Texts.get("handoff_offer", lang)), replies, intent.key(), kind, id, null,
                null, null, null, "handoff");
    }

    /** The retriever's best thing when it is an FAQ above {@code min_score} of which a phrasing {@code says} it. */
    private Optional<Outcome> topFaqWhosePhrasing(Turn t, java.util.function.Predicate<String> says) {
        List<Candidate> found = search(t);
        if (found.isEmpty() || found.get(0).score() < folder.bot().retrieval().minScore()
                || !"faq".equals(found.get(0).kind())) {
            return Optional.empty();
        }
        Faq faq = faqs.get(found.get(0).id());
        if (faq == null || faq.phrasings().stream().noneMatch(says)) return Optional.empty();
        return Optional.of(faqAnswer(t, faq, Intent.FAQ, found.get(0).score()));
    }

    /** The source id of {@link #unknownThing}'s answer. */
    private static final String UNKNOWN_THING = "unknown_thing";

    /** The shop knows nothing about the thing asked for: it says so and offers the team (the owner may know). */
    private Outcome unknownThing(Turn t, String thing) {
        Optional<String> llm = askModel(t);
        String lang = t.lang();
        if (llm.isPresent()) return Outcome.of(llm.get(), defaultReplies(lang), Intent.FAQ, "llm", null, null);
        return offeringAPerson(t, Texts.fill(Texts.get("unknown_thing", lang), Map.of("thing", thing)), Intent.FALLBACK,
                "fallback", UNKNOWN_THING);
    }

    private Outcome retrieve(Turn t, Intent intent) {
        if (offTopic(t)) return fallback(t);
        String unknown = unknownThingAskedFor(t);
        if (unknown != null) return unknownThing(t, unknown);
        List<Candidate> found = search(t);
        double min = folder.bot().retrieval().minScore();
        Faq previous = "faq".equals(t.state().lastSourceKind()) ? faqs.get(t.state().lastSourceId()) : null;
        if ((found.isEmpty() || found.get(0).score() < min) && previous != null && isFollowUp(t.message())) {
            // "y el mínimo?" after the delivery answer: read it together with the question it follows.
            found = retriever.search(previous.question() + " " + t.message().raw(), t.lang(),
                    Math.max(2, folder.bot().retrieval().topK()));
        }
        if (found.isEmpty() || found.get(0).score() < min) return fallback(t);
        Candidate top = found.get(0);
        Candidate doc = docInWordsTheFaqLacks(t, found);
        if (doc != null) top = doc;
        Candidate notWhereWeAre = besidesTheLocation(t, found, min);
        if (notWhereWeAre != null) top = notWhereWeAre;
        Outcome out = candidateAnswer(t, top, intent);
        if (out == null) return fallback(t);
        if ("faq".equals(top.kind()) && found.size() > 1) {
            Candidate second = found.get(1);
            Faq other = faqs.get(second.id());
            if ("faq".equals(second.kind()) && !second.id().equals(top.id()) && other != null
                    && top.score() - second.score() < MARGIN && second.score() >= min) {
                List<String> replies = new ArrayList<>();
                replies.add(other.question());
                replies.addAll(defaultReplies(t.lang()));
                return withClosedDay(t, new Outcome(out.texts(), replies, out.intent(), out.sourceKind(), out.sourceId(),
                        out.score(), null, out.contextKind(), out.contextId(), null));
            }
        }
        return withClosedDay(t, out);
    }

    /**
     * "¿tienen servicio a domicilio los domingos?": the owner's answer ("¡Sí! Llevamos hasta 4 km…") is true, but not
     * on a day the business is closed; that day is said first ("El domingo 29/11 estamos cerrados. Los demás días: …").
     * An answer about the hours already tells it.
     */
    private Outcome withClosedDay(Turn t, Outcome out) {
        if (!"faq".equals(out.sourceKind()) && !"doc".equals(out.sourceKind())) return out;
        Faq faq = "faq".equals(out.sourceKind()) ? faqs.get(out.sourceId()) : null;
        if (faq != null && isAbout(faq, "horario", "hora", "abierto", "open", "hours")) return out;
        Schedule schedule = t.placeholders().schedule();
        Optional<java.time.LocalDate> day = ScheduleQuestion.dayIn(t.message(), schedule.today());
        if (day.isEmpty() || schedule.isOpenOn(day.get())) return out;
        List<String> texts = new ArrayList<>(out.texts());
        String closed = Texts.fill(Texts.get("closed_day_note", t.lang()), Map.of("closed", schedule.dayAnswer(day.get(), t.lang())));
        texts.set(0, closed + " " + texts.get(0));
        return out.withTexts(texts);
    }

    /** A passage's word match that is "most of the message's words". */
    private static final double MOST_WORDS = 0.6;

    /**
     * A passage of the owner's documents that shares the message's words, when the FAQ ranked above it shares none:
     * "¿hay algo sin lácteos?" is in the allergens document under "Lácteos", while the classifier, which knows only
     * FAQs, was sure of the gluten FAQ ("algo sin trigo") by the shape of the question. The passage must match
     * strongly too, or hold most of the message's words above min_score. A menu item ranked above the passage whose
     * name matches the words as well answers instead ("quiero tres": the tres leches, not the allergens passage that
     * names it). Null when there is no such passage.
     */
    private Candidate docInWordsTheFaqLacks(Turn t, List<Candidate> found) {
        Candidate top = found.get(0);
        if (!"faq".equals(top.kind())) return null;
        double strong = strongScore();
        double min = folder.bot().retrieval().minScore();
        String text = searchText(t);
        Candidate item = null;
        for (Candidate c : found) {
            if (c.score() < min) continue;
            if (item == null && "menu".equals(c.kind())) item = c;
            if (!"doc".equals(c.kind())) continue;
            if (retriever.wordMatch(text, t.lang(), top.kind(), top.id()) != 0) return null;
            double words = retriever.wordMatch(text, t.lang(), c.kind(), c.id());
            // a passage with most of the message's words needs no more than min_score ("¿hay música en vivo?")
            if (words < (c.score() >= strong ? 0.3 : MOST_WORDS)) return null;
            return item != null && retriever.wordMatch(text, t.lang(), item.kind(), item.id()) >= words ? item : c;
        }
        return null;
    }

    /**
     * "where can I park?" asks for a place to do something: the classifier, taught "where is the truck", is sure of
     * the location FAQ by the "where"; the best other candidate above min_score answers instead (the parking FAQ).
     * Null when the message is not such a question, the top is not a location FAQ, or nothing else matches.
     */
    private Candidate besidesTheLocation(Turn t, List<Candidate> found, double min) {
        if (!ScheduleQuestion.asksPlaceToDoSomething(t.message()) || !isLocationFaq(found.get(0))) return null;
        for (Candidate c : found.subList(1, found.size())) {
            if (c.score() < min) return null;
            if (!isLocationFaq(c)) return c;
        }
        return null;
    }

    /** An FAQ whose id says it tells where the business is (its tags may be broader: parking is tagged "ubicacion"). */
    private boolean isLocationFaq(Candidate c) {
        if (!"faq".equals(c.kind()) || !faqs.containsKey(c.id())) return false;
        String id = idWords(faqs.get(c.id()));
        for (String w : List.of("ubicacion", "location", "direccion", "address")) if (id.contains(w)) return true;
        return false;
    }

    /** A score that is clearly a match: min_score, but at least 0.75. */
    private double strongScore() {
        return Math.max(folder.bot().retrieval().minScore(), 0.75);
    }

    /** The retriever's top hit when it is a FAQ or doc clearly above min_score, else null. */
    private Outcome strongNonMenuMatch(Turn t) {
        List<Candidate> found = search(t);
        if (found.isEmpty()) return null;
        Candidate top = found.get(0);
        double strong = strongScore();
        if ("menu".equals(top.kind()) || top.score() < strong) return null;
        // FAQ scores carry the per-business classifier, which always picks some FAQ for a message it was not
        // trained on: a bare item mention that itself matches strongly stays with the menu
        if ("faq".equals(top.kind()) && found.stream().anyMatch(c -> "menu".equals(c.kind()) && c.score() >= strong)) {
            return null;
        }
        return candidateAnswer(t, top, Intent.FAQ);
    }

    /**
     * An FAQ or doc that answers a message naming a menu item; an FAQ must also answer the message with the item's
     * name taken out:
     * "¿el pastor lleva maní? soy alérgico" still asks about allergies, but in "is the horchata sweet?" only the
     * item's letters ("hor") made the hours FAQ look likely to the classifier, which never saw a menu name.
     */
    private Outcome nonMenuAnswerToTheRest(Turn t) {
        Outcome full = strongNonMenuMatch(t);
        // documents are matched on words and meaning only: the item's name is part of what they are about
        if (full == null || !"faq".equals(full.sourceKind())) return full;
        String rest = catalog.withoutNames(t.message().raw());
        if (rest.isBlank()) return null;
        List<Candidate> found = search(t.withMessage(Message.of(rest)));
        boolean restAsksIt = !found.isEmpty() && "faq".equals(found.get(0).kind())
                && found.get(0).id().equals(full.sourceId())
                && found.get(0).score() >= folder.bot().retrieval().minScore();
        return restAsksIt ? full : null;
    }

    /**
     * The retriever's best FAQ when it matches strongly and one of its phrasings says a word of the ingredient
     * (singularized, as the catalog compares): "la salsa pica" for "salsa verde". A FAQ the classifier picks for
     * the rest of the words ("tienen cosas con leche?" and "¿Tienen local fijo?") does not, nor one whose answer
     * only names it among other things (the vegetarian dishes for "algo con queso").
     */
    private Outcome faqOnIngredient(Turn t, String phrase) {
        double strong = strongScore();
        for (Candidate c : search(t)) {
            if (!"faq".equals(c.kind())) continue;
            Faq faq = faqs.get(c.id());
            if (faq == null || c.score() < strong) return null;
            String said = MenuCatalog.ingredientForm(String.join(" ", faq.phrasings()));
            for (String w : phrase.split(" ")) {
                if (w.length() >= 4 && Message.containsPhrase(said, w)) return candidateAnswer(t, c, Intent.FAQ);
            }
            return null;
        }
        return null;
    }

    /** The best FAQ when it matches strongly (and beats the menu), else null. */
    private Outcome strongFaqMatch(Turn t) {
        List<Candidate> found = search(t);
        if (found.isEmpty() || !"faq".equals(found.get(0).kind())) return null;
        return strongNonMenuMatch(t);
    }

    /** What the retriever is asked for this turn: the message as typed, or its normalized form if that is blank. */
    private static String searchText(Turn t) {
        return t.message().raw().isBlank() ? t.message().normalized() : t.message().raw();
    }

    private List<Candidate> search(Turn t) {
        String text = searchText(t);
        return t.searches().computeIfAbsent(t.lang() + "\u0000" + text,
                k -> retriever.search(text, t.lang(), Math.max(2, folder.bot().retrieval().topK())));
    }

    private Outcome candidateAnswer(Turn t, Candidate c, Intent intent) {
        String lang = t.lang();
        switch (c.kind()) {
            case "faq" -> {
                Faq faq = faqs.get(c.id());
                return faq == null ? null : faqAnswer(t, faq, intent, c.score());
            }
            case "menu" -> {
                Optional<MenuItem> item = catalog.byId(c.id());
                if (item.isEmpty()) return null;
                MenuAnswers.Answer a = menu.itemAnswer(item.get(), t.message(), lang);
                return Outcome.of(a.text(), menuReplies(lang), intent == Intent.FAQ ? Intent.MENU : intent, "menu", a.id(), c.score());
            }
            case "doc" -> {
                DocChunk chunk = docs.get(c.id());
                if (chunk == null) return null;
                return Outcome.of(excerpt(chunk.text(), t.message()), defaultReplies(lang), intent, "doc", chunk.id(), c.score());
            }
            default -> {
                return null;
            }
        }
    }

    /** A document passage short enough for a chat bubble, cut at a sentence end, without its Markdown headings. */
    static String excerpt(String text) {
        return excerpt(text, null);
    }

    /** Passages longer than this are quoted by the sentences holding the message's words, when some do. */
    static final int LONG_PASSAGE = 300;
    private static final java.util.regex.Pattern SENTENCE_END = java.util.regex.Pattern.compile("(?<=[.!?])\\s+");
    /** Question and filler words of four letters or more that say nothing about what a sentence must hold. */
    private static final java.util.Set<String> NOT_TOPIC = java.util.Set.of("tienen", "tiene", "hacen", "hace",
            "como", "cual", "cuales", "donde", "cuando", "cuanto", "cuanta", "quien", "ustedes", "alguna", "algun",
            "algo", "para", "pueden", "puedo", "esta", "estan", "that", "what", "where", "when", "which", "have",
            "with", "your", "this", "there", "does", "they", "about");

    /**
     * As {@link #excerpt(String)}; a long passage is quoted by its sentences that hold a word of {@code asked}
     * ("¿hay música en vivo?" gets "Los sábados en la noche hay música en vivo en Plaza Los Robles.", not the
     * whole history), or whole when none does.
     */
    static String excerpt(String text, Message asked) {
        // Markdown headings ("# Alérgenos e ingredientes", "## Lácteos") are the passage's place in the document,
        // not chat text: left out when the passage says anything else. A line that ends mid-sentence (text wrapped
        // in the file) goes on with the next one.
        StringBuilder body = new StringBuilder();
        for (String line : text.strip().split("\n")) {
            String l = line.strip();
            if (l.startsWith("#") || l.isEmpty()) continue;
            if (body.length() > 0) body.append(endsSentence(body) ? '\n' : ' ');
            body.append(l);
        }
        String s = body.length() > 0 ? body.toString() : text.strip();
        if (asked != null && s.length() > LONG_PASSAGE) {
            String said = sentencesSaying(s, asked);
            if (said != null) s = said;
        }
        if (s.length() <= 600) return s;
        int cut = s.lastIndexOf(". ", 600);
        return (cut > 200 ? s.substring(0, cut + 1) : s.substring(0, 600) + "…");
    }

    /** Words of an item's name that say nothing of which item it is. */
    private static final java.util.Set<String> NAME_GLUE = java.util.Set.of("con", "de", "del", "la", "el", "los",
            "las", "y", "al", "en", "sin", "with", "and", "the", "of");

    /**
     * A sentence of the owner's documents that names the item (a word of its name other than its kind, by its first
     * five letters) and the thing ("Los churros llevan harina de trigo y huevo."), quoted as a doc answer; empty
     * when none does.
     */
    private Optional<Outcome> docSentenceOn(Turn t, MenuItem item, String thing) {
        // the words that tell the item from others of its kind: "pastor" of "Taco al pastor" ("el taco de nopal" is
        // another taco)
        String kind = MenuAnswers.kindWord(item.category());
        List<String> nameWords = prefixes(Message.of(MenuCatalog.ingredientForm(item.name())).words().stream()
                .filter(w -> w.length() >= 4 && !NAME_GLUE.contains(w) && !w.equals(kind)).toList());
        List<String> thingWords = prefixes(Message.of(thing).words().stream().filter(w -> w.length() >= 3).toList());
        if (nameWords.isEmpty() || thingWords.isEmpty()) return Optional.empty();
        for (DocChunk chunk : folder.docs()) {
            for (String sentence : sentences(excerpt(chunk.text()))) {
                List<String> words = Message.of(sentence).words();
                if (startsAny(words, nameWords) && thingWords.stream().allMatch(tw -> startsAny(words, List.of(tw)))) {
                    return Optional.of(Outcome.of(sentence, menuReplies(t.lang()), Intent.MENU, "doc", chunk.id(), null));
                }
            }
        }
        return Optional.empty();
    }

    /** Words by their first five letters, as passages are searched for them ("musica" finds "música"). */
    private static List<String> prefixes(List<String> words) {
        return words.stream().map(w -> w.substring(0, Math.min(5, w.length()))).toList();
    }

    /** A passage's sentences, stripped, its line breaks read as spaces. */
    private static List<String> sentences(String passage) {
        return java.util.Arrays.stream(SENTENCE_END.split(passage.replace('\n', ' '))).map(String::strip).toList();
    }

    private static boolean startsAny(List<String> words, List<String> prefixes) {
        for (String w : words) for (String p : prefixes) if (w.startsWith(p)) return true;
        return false;
    }

    private static boolean endsSentence(CharSequence text) {
        char last = text.charAt(text.length() - 1);
        return last == '.' || last == '!' || last == '?' || last == ':';
    }

    /** The passage's sentences holding a topic word of the message (its first five letters), or null. */
    private static String sentencesSaying(String passage, Message asked) {
        List<String> topics = prefixes(asked.words().stream()
                .filter(w -> w.length() >= 4 && !NOT_TOPIC.contains(w)).toList());
        if (topics.isEmpty()) return null;
        List<String> kept = sentences(passage).stream().filter(x -> startsAny(Message.of(x).words(), topics)).toList();
        return kept.isEmpty() ? null : String.join(" ", kept);
    }

    private Outcome fallback(Turn t) {
        String lang = t.lang();
        Optional<String> llm = askModel(t);
        if (llm.isPresent()) return Outcome.of(llm.get(), defaultReplies(lang), Intent.FAQ, "llm", null, null);
        String text = t.placeholders().render(tone("fallback", lang), lang);
        List<String> replies = new ArrayList<>(defaultReplies(lang));
        boolean offer = t.state().fallbacks() + 1 >= 2;
        if (offer) {
            text += " " + Texts.get("handoff_offer", lang);
            replies.add(0, Texts.get("qr_handoff", lang));
        }
        return new Outcome(List.of(text), replies, Intent.FALLBACK.key(), "fallback", null, null, null, null, null,
                offer ? "handoff" : null);
    }

    /** In api_llm/local_llm mode the model may answer from the closest passages; rag_only never calls it. */
    private Optional<String> askModel(Turn t) {
        if (ports.llm() == null || "rag_only".equals(folder.bot().mode())) return Optional.empty();
        List<String> context = new ArrayList<>();
        for (Candidate c : search(t)) {
            Faq faq = faqs.get(c.id());
            if ("faq".equals(c.kind()) && faq != null) {
                context.add(faq.question() + "\n" + t.placeholders().render(faq.answer(t.lang(), business.language()), t.lang()));
            }
            if ("doc".equals(c.kind()) && docs.containsKey(c.id())) context.add(docs.get(c.id()).text());
        }
        String system = "You answer customers of " + business.name() + " briefly, only from the given context. "
                + "If the context does not answer, say you don't know.";
        return ports.llm().complete(system, context, t.message().raw(), t.lang()).filter(s -> !s.isBlank());
    }

    // ---- schedule ---------------------------------------------------------------------------------------------

    /** The customer says they are coming for the order: "paso a recoger en 20 min", "i'll pick it up at 6". */
    private static final List<String> COMING_FOR_IT = List.of("paso a recoger", "paso por", "paso yo", "voy por",
            "voy a pasar", "voy a recoger", "recojo", "llego a recoger", "ya voy", "ill pick", "i ll pick",
            "i will pick", "im picking", "i m picking", "picking it up", "ill come", "i ll come", "on my way");

    /** How a customer asks whether something may be done: "¿puedo…?", "se puede…", "can i…". */
    private static final List<String> MAY_I = List.of("puedo", "se puede", "podemos", "puedes", "podes", "can i",
            "can we", "could i", "is it possible");

    /**
     * "¿puedo pasar a recoger?", "can I pick it up?": every order may be picked up (the order flow's default), at
     * today's place. The owner's FAQ answers instead when it is the best match and one of its phrasings speaks of
     * picking up ("¿es solo para llevar?": the tables FAQ). Empty when the message is not such a question.
     */
    private Optional<Outcome> pickupQuestion(Turn t, boolean namesFood) {
        Message m = t.message();
        boolean asks = m.question() || m.hasAny(MAY_I);
        // "paso a recoger en 20 min" names a number, not food: a customer on the way is not ordering
        if (asks ? namesFood : !m.hasAny(COMING_FOR_IT)) return Optional.empty();
        var pickup = dev.mostrador.core.order.Fulfilment.PICKUP;
        if (dev.mostrador.core.order.SlotExtractor.fulfilment(m.raw()).orElse(null) != pickup) return Optional.empty();
        String place = t.placeholders().schedule().locationToday();
        String at = place.isBlank() ? "" : " " + Texts.fill(Texts.get("pickup_place", t.lang()), Map.of("place", place));
        if (!asks) {
            // "paso a recoger en 20 min": the customer is on the way, nothing is asked
            return Optional.of(Outcome.of(Texts.get("pickup_coming", t.lang()) + at, defaultReplies(t.lang()),
                    Intent.FAQ, "template", "pickup", null));
        }
        Optional<Outcome> faq = topFaqWhosePhrasing(t,
                p -> dev.mostrador.core.order.SlotExtractor.fulfilment(p).orElse(null) == pickup);
        if (faq.isPresent()) return faq;
        return Optional.of(Outcome.of(Texts.get("pickup_yes", t.lang()) + at, menuReplies(t.lang()), Intent.FAQ,
                "template", "pickup", null));
    }

    /**
     * "¿cuándo están en Plaza Los Robles?", "when are you at the rotonda?": the days the business stands at the
     * location the message names (and where it is today, or on the day asked about). A source of "location", so "y
     * mañana?" goes on asking where.
     */
    private Optional<Outcome> namedLocation(Turn t) {
        Message m = t.message();
        Schedule schedule = t.placeholders().schedule();
        Optional<dev.mostrador.core.model.Location> named = schedule.locationNamed(m);
        if (named.isEmpty() || !ScheduleQuestion.asksWhenAt(m)) return Optional.empty();
        Optional<java.time.LocalDate> day = ScheduleQuestion.dayIn(m, schedule.today());
        String text = schedule.locationAnswer(named.get(), day, ScheduleQuestion.asksHours(m), t.lang());
        return Optional.of(Outcome.of(text, defaultReplies(t.lang()), Intent.FAQ, "template", "location", null));
    }

    /**
     * Hours and location questions. The owner's FAQ answers them when it matches (its placeholders are computed
     * for now); a named other day ("y el domingo?", "abren el 25 de diciembre?") gets that day's own answer.
     */
    private Outcome schedule(Turn t, ScheduleQuestion q) {
        String lang = t.lang();
        Schedule schedule = t.placeholders().schedule();
        boolean otherDay = q.dayNamed() && !q.date().equals(schedule.today());
        if (q.kind() != ScheduleQuestion.Kind.LOCATION) {
            // "¿están abiertos a las 10 de la noche?" asks about that time, not now
            Optional<java.time.LocalTime> at = ScheduleQuestion.timeIn(t.message(), schedule.now().toLocalTime());
            if (at.isPresent() && !t.message().hasAny("a que hora", "what time", "hasta que hora")) {
                return Outcome.of(schedule.openAt(q.date(), at.get(), lang), defaultReplies(lang), Intent.FAQ, "template",
                        "hours", null);
            }
        }
        // "abren el fin de semana?", "donde estan el finde?": both days, not just Saturday
        List<java.time.LocalDate> weekend = ScheduleQuestion.weekendIn(t.message(), schedule.today());
        if (q.kind() == ScheduleQuestion.Kind.LOCATION) {
            Optional<Outcome> faq = otherDay ? Optional.empty() : ownerFaq(t, "ubicacion", "location", "donde", "direccion");
            if (faq.isPresent()) return faq.get();
            List<java.time.LocalDate> days = weekend.size() > 1 ? weekend : List.of(q.date());
            List<String> texts = new ArrayList<>();
            boolean placed = false;
            for (java.time.LocalDate day : days) {
                String place = business.locations().isEmpty() ? business.address() : schedule.locationOn(day);
                String when = schedule.when(day, lang);
                when = Character.toUpperCase(when.charAt(0)) + when.substring(1);
                texts.add(place == null || place.isBlank()
                        ? Texts.fill(Texts.get("location_none", lang), Map.of("when", when))
                        : Texts.fill(Texts.get("location_day", lang), Map.of("when", when, "place", place)));
                placed |= place != null;
            }
            String text = String.join(" ", texts);
            if (business.mapsUrl() != null && !business.mapsUrl().isBlank() && placed) text += " " + business.mapsUrl();
            return Outcome.of(text, defaultReplies(lang), Intent.FAQ, "template", "location", null);
        }
        if (weekend.size() > 1) {
            String text = weekend.stream().map(d -> schedule.dayAnswer(d, lang)).collect(java.util.stream.Collectors.joining(" "));
            return Outcome.of(text, defaultReplies(lang), Intent.FAQ, "template", "hours", null);
        }
        if (otherDay) {
            return Outcome.of(schedule.dayAnswer(q.date(), lang), defaultReplies(lang), Intent.FAQ, "template", "hours", null);
        }
        // "still open?" wants a yes or no: only an FAQ whose answer says whether the business is open now answers it
        boolean openNow = q.kind() == ScheduleQuestion.Kind.OPEN_NOW;
        Optional<Outcome> faq = ownerFaq(t, f -> isAbout(f, "horario", "hora", "hours", "abierto", "open")
                && (!openNow || answerSays(f, "{open_now}")));
        if (faq.isPresent()) return faq.get();
        String text = switch (q.kind()) {
            case OPEN_NOW -> schedule.openNow(lang, ScheduleQuestion.asksIfClosed(t.message()));
            case DAY -> schedule.dayAnswer(q.date(), lang);
            default -> t.placeholders().render("en".equals(lang)
                    ? "Our hours: {hours}. Today: {today_hours}." : "Nuestro horario: {hours}. Hoy: {today_hours}.", lang);
        };
        String id = q.kind() == ScheduleQuestion.Kind.OPEN_NOW ? "open_now" : "hours";
        return Outcome.of(text, defaultReplies(lang), Intent.FAQ, "template", id, null);
    }

    /** The retriever's best FAQ above min_score among those whose id or tags are about one of the words. */
    private Optional<Outcome> ownerFaq(Turn t, String... about) {
        return ownerFaq(t, faq -> isAbout(faq, about));
    }

    /** The retriever's best FAQ above min_score among those {@code wanted} accepts. */
    private Optional<Outcome> ownerFaq(Turn t, java.util.function.Predicate<Faq> wanted) {
        double min = folder.bot().retrieval().minScore();
        for (Candidate c : search(t)) {
            if (c.score() < min) break;
            Faq faq = faqs.get(c.id());
            if ("faq".equals(c.kind()) && faq != null && wanted.test(faq)) {
                return Optional.ofNullable(candidateAnswer(t, c, Intent.FAQ));
            }
        }
        return Optional.empty();
    }

    /**
     * "whats the minimum order?": the owner's FAQ whose answer gives the delivery minimum ({@code
     * {delivery_minimum}}), else the minimum itself; nothing when the business does not deliver.
     */
    private Optional<Outcome> minimumOrder(Turn t) {
        dev.mostrador.core.model.Delivery delivery = business.delivery();
        if (delivery == null || !delivery.enabled()) return Optional.empty();
        for (Faq faq : folder.faqs()) {
            if (answerSays(faq, "{delivery_minimum}")) {
                return Optional.of(faqAnswer(t, faq, Intent.FAQ, null));
            }
        }
        String text = t.placeholders().render(Texts.get("minimum_order", t.lang()), t.lang());
        return Optional.of(Outcome.of(text, defaultReplies(t.lang()), Intent.FAQ, "template", "minimum_order", null));
    }

    /** The first of the owner's FAQs (in file order) whose id or tags are about one of the words, as an answer. */
    private Optional<Outcome> faqAbout(Turn t, String... about) {
        for (Faq faq : folder.faqs()) {
            if (isAbout(faq, about)) return Optional.of(faqAnswer(t, faq, Intent.FAQ, null));
        }
        return Optional.empty();
    }

    /** The FAQ's answer in the customer's language, its placeholders filled for now. */
    private Outcome faqAnswer(Turn t, Faq faq, Intent intent, Double score) {
        String lang = t.lang();
        // "¿ya cerraron?" answered by the owner's open-now FAQ: "No, seguimos abiertos…", not "Sí, estamos abiertos…"
        Map<String, String> extra = ScheduleQuestion.asksIfClosed(t.message())
                ? Map.of("open_now", t.placeholders().schedule().openNow(lang, true)) : Map.of();
        String text = t.placeholders().render(faq.answer(lang, business.language()), lang, extra);
        return Outcome.of(text, defaultReplies(lang), intent, "faq", faq.id(), score);
    }

    /** An FAQ's id as words: "direccion_fija" → "direccion fija". */
    private static String idWords(Faq faq) {
        return Message.normalize(faq.id().replace('_', ' ').replace('-', ' '));
    }

    /** Whether the FAQ's answer, in some language, fills {@code placeholder} ("{open_now}": says whether it is open now). */
    private static boolean answerSays(Faq faq, String placeholder) {
        return faq.answers().values().stream().anyMatch(a -> a.contains(placeholder));
    }

    private static boolean isAbout(Faq faq, String... words) {
        String about = idWords(faq) + " " + Message.normalize(String.join(" ", faq.tags()));
        for (String w : words) if (about.contains(w)) return true;
        return false;
    }

    /** Words around a bare day: "y el sábado?", "and on sunday?". */
    private static final java.util.Set<String> DAY_GLUE = java.util.Set.of(
            "y", "e", "el", "la", "los", "las", "este", "esta", "proximo", "proxima", "and", "on", "the", "this", "next",
            "what", "about");

    /**
     * A message of one word besides {@link #DAY_GLUE} ("y el sábado?") with no question before it to lean on (a new
     * conversation, or after a greeting or small talk): when that word is a day, customers mean the hours.
     */
    private boolean dayOnlyWithoutContext(Turn t) {
        Message m = t.message();
        SessionState s = t.state();
        boolean noContext = s.lastSourceKind() == null || Intent.GREETING.key().equals(s.lastIntent())
                || Intent.SMALLTALK.key().equals(s.lastIntent());
        if (!noContext || m.words().size() > 4) return false;
        int glue = 0;
        for (String w : m.words()) if (DAY_GLUE.contains(w)) glue++;
        return glue == m.words().size() - 1;
    }

    /** The previous turn answered about hours, so "y el domingo?" asks for Sunday's hours. */
    private boolean afterHoursAnswer(Turn t) {
        SessionState s = t.state();
        if ("template".equals(s.lastSourceKind())) return "hours".equals(s.lastSourceId()) || "open_now".equals(s.lastSourceId());
        if ("faq".equals(s.lastSourceKind()) && faqs.containsKey(s.lastSourceId())) {
            return isAbout(faqs.get(s.lastSourceId()), "horario", "hora", "hours", "abrir", "open");
        }
        return false;
    }

    /** The previous turn said where the truck is, so "y mañana?" asks where it will be tomorrow. */
    private boolean afterLocationAnswer(Turn t) {
        SessionState s = t.state();
        if ("template".equals(s.lastSourceKind())) return "location".equals(s.lastSourceId());
        if ("faq".equals(s.lastSourceKind()) && faqs.containsKey(s.lastSourceId())) {
            // an answer that told today's place ({location_today}), like the owner's "¿Dónde están hoy?"
            return answerSays(faqs.get(s.lastSourceId()), "{location_today}");
        }
        return false;
    }

    /** Articles that point at another item of the same kind: "¿y el vegetariano?", "and the veggie one?". */
    private static final java.util.Set<String> ANOTHER_ONE = java.util.Set.of("el", "la", "los", "las", "the", "one");

    /**
     * The item of the category the previous turn was about that the message means: "¿y la de pastor?" right after
     * the quesadillas were listed, or "¿y la de pollo?" / "and the veggie one?" right after one quesadilla or burrito.
     */
    private Optional<MenuItem> itemOfListedCategory(Turn t) {
        SessionState s = t.state();
        String id = s.lastSourceId();
        Message m = t.message();
        if (!"menu".equals(s.lastSourceKind()) || id == null || m.words().size() > 6) return Optional.empty();
        String category;
        MenuItem previous = null;
        if (id.startsWith("category:")) {
            category = id.substring("category:".length());
        } else {
            previous = catalog.byId(id).orElse(null);
            boolean another = m.words().size() <= 5 && m.words().stream().anyMatch(ANOTHER_ONE::contains)
                    && (m.words().get(0).equals("y") || m.words().get(0).equals("and"));
            if (previous == null || previous.category().isBlank() || !another) return Optional.empty();
            category = previous.category();
        }
        List<MenuItem> named = catalog.findNamed(m.normalized());
        if (!named.isEmpty() && named.stream().allMatch(i -> category.equals(i.category()))) return Optional.empty();
        Optional<MenuItem> meant = catalog.inCategoryByWord(category, m.normalized());
        return meant.isPresent() && meant.get().equals(previous) ? Optional.empty() : meant;
    }

    /** Counts a customer orders with when the item was the last turn's: "dame 2", "quiero tres". */
    private static final java.util.Set<String> COUNTS = java.util.Set.of("dos", "tres", "cuatro", "cinco", "seis",
            "siete", "ocho", "nueve", "diez", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten");

    /** Words that may go with a bare count of the last turn's item: "ok, quiero tres porfa", "i'll take two". */
    private static final java.util.Set<String> COUNT_FILLER = java.util.Set.of("quiero", "queremos", "quisiera",
            "dame", "deme", "denme", "mandame", "ponme", "poneme", "traeme", "regalame", "me", "das", "da", "pones",
            "mandas", "traes", "regalas", "de", "esos", "esas", "ese", "esa", "eso", "esto", "por", "favor", "porfa",
            "porfavor", "ok", "okay", "va", "si", "entonces", "pues", "y", "mejor", "i", "ll", "ill", "will", "d", "id",
            "take", "have", "want", "give", "get", "can", "like", "would", "of", "those", "them", "it", "please",
            "then", "yes", "sure");

    /**
     * "quiero tres", "dame dos porfa" right after an item: a count and words of ordering only, so the count is of
     * that item, even when a count word is in an item's name ("Pastel de tres leches").
     */
    private boolean countOfContextItem(Turn t) {
        Message m = t.message();
        if (!rules.placesOrder(m) || contextItem(t) == null) return false;
        boolean count = false;
        for (String w : m.words()) {
            if (isCount(w)) count = true;
            else if (!COUNT_FILLER.contains(w)) return false;
        }
        return count;
    }

    /** "2", "tres", "four": a count of something. */
    private static boolean isCount(String word) {
        return word.matches("\\d{1,2}") || COUNTS.contains(word);
    }

    /** Words that point back at the item: "dame 3 de esos" orders three of it, "esos" is no dish. */
    private static final java.util.regex.Pattern POINTING_BACK = java.util.regex.Pattern.compile(
            "(?iu)\\b(?:de )?(?:esos|esas|ese|esa|eso|esto|estos|estas|those|these|them|of those|of these)\\b");

    /**
     * The turn with the item's name after what the customer wrote, words pointing back at it left out: "ok dame 2"
     * → "ok dame 2 Taco de pollo", "dame 3 de esos" → "dame 3 Taco de pollo".
     */
    private static Turn withItemNamed(Turn t, MenuItem item) {
        String said = POINTING_BACK.matcher(t.message().raw()).replaceAll(" ").replaceAll("\\s+", " ").strip();
        return t.withMessage(Message.of(said + " " + item.name()));
    }

    /**
     * "ok dame 2" right after the price of the pollo taco orders two of them: a count with no item, category or
     * other food named gets the last turn's item appended. The turn as it is otherwise.
     */
    private Turn withContextItem(Turn t) {
        Message m = t.message();
        MenuItem item = contextItem(t);
        if (item == null || !catalog.findItems(m.normalized()).isEmpty() || catalog.findCategory(m.normalized()).isPresent()) {
            return t;
        }
        return m.words().stream().anyMatch(Router::isCount) ? withItemNamed(t, item) : t;
    }

    /** The item the previous turn was about, for "y cuánto cuesta?" / "y eso trae picante?". */
    private MenuItem contextItem(Turn t) {
        SessionState s = t.state();
        if (!"menu".equals(s.lastSourceKind()) || s.lastSourceId() == null) return null;
        Message m = t.message();
        boolean followUp = m.words().size() <= 6 || m.words().get(0).equals("y") || m.words().get(0).equals("and")
                || m.hasAny("eso", "ese", "esa", "it", "that");
        return followUp ? catalog.byId(s.lastSourceId()).orElse(null) : null;
    }

    // ---- flows ------------------------------------------------------------------------------------------------

    private FlowRunner.Context flowContext(Turn t) {
        return new FlowRunner.Context(t.lang(), t.placeholders(), t.request().channel(), t.request().sessionId(), t.now(),
                ports.orders(), ports.notifier());
    }

    private Outcome startFlow(Turn t, Flow flow, String intent) {
        FlowRunner.FlowTurn ft = flows.start(flow, t.message(), flowContext(t));
        List<String> texts = new ArrayList<>(ft.texts());
        if (!t.placeholders().schedule().isOpenNow()) {
            String closed = tone("closed_now", t.lang());
            if (closed != null) texts.add(0, t.placeholders().render(closed, t.lang()));
        }
        return new Outcome(texts, ft.quickReplies(), intent, "flow", flow.id(), null, ft.next(), "flow", flow.id(), null);
    }

    private Outcome inFlow(Turn t, Flow flow, FlowState running) {
        Message m = t.message();
        String lang = t.lang();
        FlowRunner.Context ctx = flowContext(t);
        String intent = flow.startWhen().isEmpty() ? Intent.ORDER.key() : flow.startWhen().get(0);
        if (FlowRunner.isCancel(m)) return flowOutcome(flow, flows.cancel(lang), intent);
        if (rules.isHandoff(m)) return handoff(t);
        FlowRunner.FlowTurn changed = flows.change(flow, running, m, ctx);
        if (changed != null) return flowOutcome(flow, changed, intent);
        if (rules.asksOrderTotal(m)) {
            FlowRunner.FlowTurn soFar = flows.soFar(flow, running, ctx);
            if (soFar != null) return flowOutcome(flow, soFar, intent);
        }
        FlowStep step = flows.current(flow, running);
        boolean openStep = step != null && FlowRunner.takesAnything(step);
        // "ok", "hola" or "para llevar" is no name or address.
        boolean chatter = rules.smalltalk(m) != null || rules.greetingPrefix(m) == m.words().size()
                || (m.words().size() <= 4 && rules.isOrder(m, namesFood(m)));
        if (openStep && chatter) {
            // Ask the step again instead of storing chatter as the answer.
            return flowOutcome(flow, flows.reask(flow, running, ctx), intent);
        }
        if (openStep && looksLikeQuestion(t)) {
            Outcome side = sideAnswer(t, flow, running, ctx);
            if (side != null) return side;
        }
        FlowRunner.FlowTurn ft = flows.answer(flow, running, m, ctx);
        // "mi cel es 123" is a bad phone number, not a question about contacts: a message with digits at a step
        // that did not take it gets the step's hint unless it is plainly a question.
        boolean answerAttempt = m.raw().chars().anyMatch(Character::isDigit) && !looksLikeQuestion(t);
        if (!ft.valid() && !openStep && !answerAttempt) {
            Outcome side = sideAnswer(t, flow, running, ctx);
            if (side != null) return side;
        }
        return flowOutcome(flow, ft, intent);
    }

    private boolean looksLikeQuestion(Turn t) {
        return t.message().question() || ScheduleQuestion.parse(t.message(), t.placeholders().schedule().today()).isPresent();
    }

    /** A question asked mid-flow ("a qué hora cierran?") is answered, then the step is asked again. */
    private Outcome sideAnswer(Turn t, Flow flow, FlowState running, FlowRunner.Context ctx) {
        Outcome side = answer(t, false);
        // "¿tienen michelada?" mid-order is answered (nothing known about it) rather than taken as the step's answer
        boolean understood = !side.is(Intent.FALLBACK) || UNKNOWN_THING.equals(side.sourceId());
        // small talk is no side question ("ok" at the name step is asked again), but "¿sos un bot?" is
        boolean chat = side.is(Intent.SMALLTALK) && !"identity".equals(side.sourceId());
        if (!understood || chat || "handoff".equals(side.sourceKind())) {
            return null;
        }
        FlowRunner.FlowTurn again = flows.reask(flow, running, ctx);
        return side.followedBy(again.texts(), again.quickReplies(), again.next());
    }

    private Outcome flowOutcome(Flow flow, FlowRunner.FlowTurn ft, String intent) {
        String step = ft.next() == null ? ft.outcome() : ft.next().step();
        return new Outcome(ft.texts(), ft.quickReplies().isEmpty() ? List.of() : ft.quickReplies(), intent, "flow", flow.id(),
                null, ft.next(), "flow", flow.id() + (step == null ? "" : "#" + step), null);
    }

    // ---- hand-off, complaint, greeting, small talk ----------------------------------------------------------

    private Outcome handoff(Turn t) {
        return handoff(t, "handoff_subject", null, "escalate");
    }

    /**
     * Tells the owner ({@code subjectKey}) and passes the customer to the team with the tone's "escalate" text,
     * after the reason ({@code reasonKey}, a {@link Texts} key) when there is one.
     */
    private Outcome handoff(Turn t, String subjectKey, String reasonKey, String sourceId) {
        String lang = t.lang();
        notifyOwner("handoff", t, Texts.get(subjectKey, business.language()));
        String text = t.placeholders().render(tone("escalate", lang), lang);
        if (reasonKey != null) text = Texts.get(reasonKey, lang) + " " + text;
        return Outcome.of(text, List.of(), Intent.HANDOFF, "handoff", sourceId, null);
    }

    private boolean faqSpeaksOfOrderChanges(String faqId) {
        Faq faq = faqId == null ? null : faqs.get(faqId);
        return faq != null && faq.phrasings().stream().anyMatch(IntentRules::speaksOfOrderChanges);
    }

    private Outcome complaint(Turn t) {
        String lang = t.lang();
        notifyOwner("complaint", t, Texts.get("complaint_subject", business.language()));
        String text = toneOr("complaint", lang) + " " + Texts.get("handoff_offer", lang);
        List<String> replies = List.of(Texts.get("qr_handoff", lang));
        return Outcome.of(text, replies, Intent.COMPLAINT, "template", "complaint", null).withPending("handoff");
    }

    private void notifyOwner(String kind, Turn t, String subject) {
        String body = "session: " + t.request().sessionId() + " (" + t.request().channel() + ")\n" + t.message().raw();
        ports.notifier().notifyOwner(new OwnerNotification(kind, t.request().sessionId(), subject, body));
    }

    private Outcome greeting(Turn t) {
        String lang = t.lang();
        List<String> texts = new ArrayList<>();
        texts.add(t.placeholders().render(tone("greeting", lang), lang));
        if (!t.placeholders().schedule().isOpenNow()) {
            String closed = tone("closed_now", lang);
            if (closed != null) texts.add(t.placeholders().render(closed, lang));
        }
        return new Outcome(texts, defaultReplies(lang), Intent.GREETING.key(), "template", "greeting", null, null, null, null, null);
    }

    /** "¿quién sos?", "are you a bot?": the business's assistant says what it is and offers a person. */
    private Outcome identity(Turn t) {
        return offeringAPerson(t, t.placeholders().render(Texts.get("identity", t.lang()), t.lang()), Intent.SMALLTALK,
                "template", "identity");
    }

    private Outcome smalltalk(Turn t, IntentRules.Smalltalk kind) {
        String key = switch (kind) {
            case THANKS -> "thanks";
            case BYE -> "bye";
            case OK -> "ok";
            case EMOJI -> "emoji";
        };
        return new Outcome(List.of(toneOr(key, t.lang())), defaultReplies(t.lang()), Intent.SMALLTALK.key(), "template",
                "smalltalk_" + key, null, null, null, null, null);
    }

    // ---- texts and quick replies --------------------------------------------------------------------------

    /** The owner's tone text for a key in this language, else the built-in one. */
    private String tone(String key, String lang) {
        String owner = folder.tone() == null ? null : folder.tone().text(key, lang, business.language());
        if (owner != null && !owner.isBlank()) return owner;
        return switch (key) {
            case "greeting", "fallback", "escalate" -> Texts.get(key, lang);
            case "closed_now" -> "{open_now}.";
            default -> null;
        };
    }

    /** The owner's text (tone.yaml key or template) if written, else the built-in sentence. */
    private String toneOr(String key, String lang) {
        String owner = folder.tone() == null ? null : folder.tone().text(key, lang, business.language());
        return owner != null && !owner.isBlank() ? owner : Texts.get(key, lang);
    }

    private List<String> defaultReplies(String lang) {
        List<String> owner = folder.tone() == null ? List.of() : folder.tone().quickReplies(lang, business.language());
        if (!owner.isEmpty()) return owner;
        List<String> out = new ArrayList<>();
        if (!catalog.isEmpty()) out.add(Texts.get("qr_menu", lang));
        out.add(Texts.get("qr_hours", lang));
        out.add(Texts.get("qr_location", lang));
        if (flows.flowFor(Intent.ORDER.key()).isPresent()) out.add(Texts.get("qr_order", lang));
        return out;
    }

    private List<String> menuReplies(String lang) {
        List<String> out = new ArrayList<>();
        if (flows.flowFor(Intent.ORDER.key()).isPresent()) out.add(Texts.get("qr_order", lang));
        out.add(Texts.get("qr_menu", lang));
        out.add(Texts.get("qr_hours", lang));
        return out;
    }
}
