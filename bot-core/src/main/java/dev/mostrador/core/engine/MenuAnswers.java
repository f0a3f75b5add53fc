package dev.mostrador.core.engine;

import dev.mostrador.core.model.MenuItem;
import dev.mostrador.core.order.Ambiguity;
import dev.mostrador.core.order.OrderLine;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import dev.mostrador.core.text.TextAnalyzer;
import dev.mostrador.core.order.OrderParser;
import dev.mostrador.core.order.ParsedOrder;

/**
 * Answers questions about the menu: an item's price, description or availability, a category, a tag,
 * best sellers, the whole menu grouped by category. {@code id} is the item id, or the list's id
 * ("category:Bebidas", "tag:vegetariano", "best_sellers", "menu").
 */
final class MenuAnswers {
    static final List<String> WHOLE_MENU = List.of(
            "menu", "carta", "que tienen", "que venden", "que hay", "que ofrecen", "que hay de comer", "que tenes",
            "que vendes", "the menu", "what do you have", "what do you sell", "what do you serve", "ver menu", "catalogo",
            "lista de precios", "precios");
    private static final List<String> BEST = List.of(
            "mas vendido", "mas vendidos", "mas pedido", "mas pedidos", "mas popular", "recomiendas", "recomendas",
            "recomiendame", "recomendame", "recomiendeme",
            "recomienda", "recomiendan", "recomendacion", "especialidad", "lo mejor", "best seller", "best sellers",
            "bestseller", "popular", "recommend", "most popular", "specialty", "mas rico", "mas rica", "mas sabroso",
            "mas piden", "mas pide", "mas compran", "mas venden", "mas se vende",
            "que me pido", "que pido", "whats good", "what s good", "what is good", "whats the best", "what s the best",
            "what should i get",
            "what should i order", "el mejor", "la mejor", "los mejores", "las mejores");
    private static final List<String> PRICE = List.of(
            "cuanto cuesta", "cuanto cuestan", "cuanto vale", "cuanto valen", "cuanto sale", "cuanto salen", "precio",
            "a cuanto", "cuanto es", "cuanto", "how much", "price", "cost", "costs");
    private static final List<String> AVAILABILITY = List.of(
            "se acabo", "se acabaron", "se termino", "hay", "tienen", "tenes", "todavia", "queda", "quedan", "disponible",
            "agotado", "agotada", "available", "sold out", "still", "do you have", "any left", "aun", "run out", "ran out",
            "se terminaron", "agotados", "agotadas",
            "out of");
    /** Availability asked the other way round ("¿se acabó?"): "yes" would mean it is gone. */
    private static final List<String> GONE = List.of(
            "se acabo", "se acabaron", "se termino", "se terminaron", "agotado", "agotada", "agotados", "agotadas",
            "sold out", "run out", "ran out", "out of");
    /** "el taco más barato", "what's the cheapest drink": the lowest price among what the message names. */
    private static final List<String> CHEAPEST = List.of(
            "mas barato", "mas barata", "mas baratos", "mas baratas", "mas economico", "mas economica",
            "mas economicos", "mas economicas", "menos caro", "menos cara", "cheapest", "least expensive",
            "lowest price");
    /** "lo más caro", "most expensive": the highest price. */
    private static final List<String> PRICIEST = List.of(
            "mas caro", "mas cara", "mas caros", "mas caras", "most expensive", "priciest", "highest price");
    /** "algo vegetariano", "opciones sin gluten": a list is asked for, not a property of the last item. */
    private static final List<String> LIST_CUES = List.of(
            "algo", "alguna", "algun", "opciones", "opcion", "que tienen", "que hay", "cuales", "something", "anything",
            "options", "any", "which");
    /** "algo con piña", "que lleve chipotle", "anything with cheese": a dish is asked for by what is in it. */
    private static final List<String> WITH = List.of("con", "lleva", "lleve", "llevan", "lleven", "trae", "traiga",
            "traen", "with");
    private static final List<String> DESCRIPTION = List.of(
            "que trae", "que lleva", "que tiene", "trae", "lleva", "de que es", "ingredientes", "como es", "whats in",
            "what is in", "ingredients", "what comes");

    /**
     * Words around a recommendation request that still ask about food ("¿qué me recomendás para la cena?", "what
     * should the kids try?"): generic meal and occasion words a business need not have written anywhere.
     */
    private static final List<String> MEAL_CONTEXT = List.of(
            "comer", "comida", "cena", "cenar", "almuerzo", "almorzar", "desayuno", "desayunar", "merienda", "antojo",
            "hambre", "llevar", "nino", "ninos", "hijo", "hija", "hijos", "familia", "pareja", "grupo", "hoy", "ahora",
            "noche", "mediodia", "primera", "vez", "probar", "pruebo", "tomar", "beber", "rico", "rica", "eat", "food",
            "dinner", "lunch", "breakfast", "snack", "hungry", "kids", "kid", "family", "tonight", "today", "first",
            "time", "try", "drink", "tasty", "compartir", "comparto", "personas", "persona", "gente", "dos", "tres",
            "share", "sharing", "people", "two", "three", "group");

    /** Stems of the recommendation cues ("recomiendas", "recommend") and meal words, per analysis language. */
    private static final Map<String, java.util.Set<String>> ABOUT_FOOD = Map.of("es", aboutFood("es"), "en", aboutFood("en"));

    private static java.util.Set<String> aboutFood(String lang) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String cue : BEST) for (String w : cue.split(" ")) out.add(TextAnalyzer.stem(w, lang));
        for (String w : MEAL_CONTEXT) out.add(TextAnalyzer.stem(w, lang));
        return java.util.Set.copyOf(out);
    }

    /**
     * "recomiendame un dentista" asks for a recommendation, but not of the menu: a word the business never uses,
     * other than the recommendation cue and generic meal words, means the best sellers are not the answer.
     */
    static boolean recommendsSomethingElse(List<String> unknownStems, String lang) {
        java.util.Set<String> food = ABOUT_FOOD.get(TextAnalyzer.supported(lang));
        // "para 2" says how many eat, not what else is recommended
        for (String stem : unknownStems) if (!food.contains(stem) && !stem.matches("\\d+")) return true;
        return false;
    }

    private final MenuCatalog catalog;
    private final String currency;
    private final OrderParser parser;

    MenuAnswers(MenuCatalog catalog, String currency) {
        this.catalog = catalog;
        this.currency = currency;
        this.parser = new OrderParser(catalog.items());
    }

    /** Greetings and politeness around an order list: "hola, 2 de pastor y una horchata porfa". */
    private static final java.util.Set<String> ORDER_LIST_FILLER = java.util.Set.of("porfa", "porfavor", "por",
            "favor", "please", "pls", "plis", "hola", "buenas", "buenos", "dias", "tardes", "noches", "hi", "hello",
            "hey");

    /**
     * "2 tacos al pastor y una coca": a message that is nothing but menu items, with a quantity, and not a question,
     * is an order even without "quiero". Every word must be read by the order parser (items, quantities) or be
     * filler, so "una consulta, tienen coca" or "2 tacos cuanto es" stay questions.
     */
    boolean isOrderList(Message m, String lang) {
        if (m.question() || catalog.isEmpty() || m.words().stream().noneMatch(OrderParser::isQuantity)) return false;
        ParsedOrder parsed = parser.parse(m.raw(), lang);
        if (parsed.lines().isEmpty() && parsed.ambiguities().isEmpty() && parsed.soldOut().isEmpty()) return false;
        String rest = Message.normalize(FlowRunner.blank(m.raw(), parsed.consumed()));
        if (rest.isEmpty()) return true;
        for (String w : rest.split(" ")) {
            if (!ORDER_LIST_FILLER.contains(w) && !OrderParser.isQuantity(w) && !OrderParser.isListGlue(w)) return false;
        }
        return true;
    }

    /** "cuanto es", "how much", "precio": the message asks what something costs. */
    boolean asksPrice(Message m) {
        return m.hasAny(PRICE);
    }

    /** Words of a price question that name nothing: "¿cuánto cuesta?", "how much is it", "y el precio?". */
    private static final Set<String> BARE_PRICE = Set.of("cuanto", "cuesta", "cuestan", "vale", "valen", "sale",
            "salen", "precio", "precios", "es", "son", "how", "much", "is", "it", "the", "price", "prices", "cost",
            "costs", "does", "do", "they", "y", "and", "eso", "ese", "esa", "esto", "that", "this", "porfa",
            "porfavor", "please", "el", "la", "los", "las", "a", "what", "whats", "s", "hola", "buenas", "me", "dice",
            "decis", "dices", "puede", "podes", "puedes", "decir", "sabe", "sabes", "su", "ok", "pues", "entonces");

    /**
     * "¿cuánto cuesta?" with nothing named and no item before it: the price of what? Asked back with an example,
     * instead of the FAQ whose phrasings share "cuánto" (the wait time: "¿cuánto se tarda?"). Empty otherwise.
     */
    Optional<Answer> priceOfNothing(Message m, String lang) {
        if (catalog.isEmpty() || !m.hasAny(PRICE) || m.words().isEmpty()) return Optional.empty();
        for (String w : m.words()) if (!BARE_PRICE.contains(w)) return Optional.empty();
        List<MenuItem> best = catalog.bestSellers();
        String name = (best.isEmpty() ? catalog.items().get(0) : best.get(0)).name();
        String example = Character.toLowerCase(name.charAt(0)) + name.substring(1);
        return Optional.of(new Answer(Texts.fill(Texts.get("price_which", lang), Map.of("example", example)), PRICE_WHICH));
    }

    /** The answer id of the whole menu. */
    static final String WHOLE = "menu";

    /** The answer id of {@link #priceOfNothing}. */
    static final String PRICE_WHICH = "price_which";

    /** Words that turn the tag after them into what the customer does not want. */
    private static final Set<String> NEGATORS = Set.of("sin", "no", "nada", "menos", "ni", "not", "without", "less",
            "non");
    /** Words that may stand between a negator and the tag: "no tan picante", "not too spicy", "no tienen picante". */
    private static final Set<String> SOFTENERS = Set.of("tan", "muy", "tanto", "mucho", "sea", "este", "es", "too",
            "very", "so", "be", "is", "tiene", "tienen", "lleva", "llevan", "trae", "traen", "contiene", "contienen",
            "have", "has", "contain", "contains");

    /**
     * "sin picante", "no quiero nada picante", "le pueden poner menos picante?", "not too spicy": the tag is what
     * the customer wants to avoid, so a list of the items that have it is the wrong answer (an FAQ about it, or the
     * rest of the engine, answers instead). Tag phrases that already hold the "sin" ("sin carne") are not this.
     */
    boolean negated(Message m, String tag) {
        List<String> w = m.words();
        for (int i = 0; i < w.size(); i++) {
            if (!NEGATORS.contains(w.get(i))) continue;
            for (int j = i + 1; j <= Math.min(w.size() - 1, i + 3); j++) {
                if (catalog.findTag(w.get(j)).filter(tag::equals).isPresent()) return true;
                if (!SOFTENERS.contains(w.get(j))) break;
            }
        }
        return false;
    }

    /** {@code specific}: the message asked something of the menu (a price, a list); false for a bare mention. */
    /** {@code unmentioned}: what the customer asked the item holds and its description does not say, or null. */
    record Answer(String text, String id, boolean specific, String unmentioned) {
        Answer(String text, String id, boolean specific) {
            this(text, id, specific, null);
        }

        Answer(String text, String id) {
            this(text, id, true);
        }
    }

    /**
     * The menu answer for this message, if it is about the menu. {@code contextItem} is the item the previous
     * turn was about, used when the message names none ("y cuánto cuesta?").
     */
    Optional<Answer> answer(Message m, String lang, MenuItem contextItem) {
        if (catalog.isEmpty()) {
            return m.hasAny(WHOLE_MENU) ? Optional.of(new Answer(Texts.get("menu_empty", lang), WHOLE)) : Optional.empty();
        }
        List<MenuItem> named = catalog.findNamed(m.normalized());
        // "algo sin carne" names the tag, not the carnitas its words resemble.
        Optional<String> phraseTag = catalog.findTagByPhrase(m.normalized());
        if (phraseTag.isPresent() && !named.isEmpty()) return Optional.of(tagged(phraseTag.get(), lang));
        if (!named.isEmpty() && m.hasAny(PRICE)) {
            Optional<Answer> total = total(m, lang);
            if (total.isPresent()) return total;
        }
        Optional<MenuCatalog.Ingredient> ingredient = catalog.ingredient(m.normalized());
        // "¿tienen salsa verde?" found the Salsa de habanero by "salsa": it is not the one asked for
        if (named.size() == 1 && ingredient.isPresent() && isVarietyItLacks(named.get(0), ingredient.get())) {
            named = List.of();
        }
        Optional<Answer> ofKind = kindWithIngredient(m, named, lang);
        if (ofKind.isPresent()) return ofKind;
        String after = thingAfterJoiner(m.words());
        if (named.size() == 1 && contextItem != null && !named.get(0).equals(contextItem) && after != null
                && catalog.findNamed(after).contains(named.get(0))) {
            // "¿y lleva guacamole?" right after the burrito: the side's name is what the burrito may come with
            Optional<Answer> with = comesWith(contextItem, m, lang);
            if (with.isPresent()) return with;
        }
        if (named.size() == 1) return Optional.of(itemAnswer(named.get(0), m, lang));
        Optional<String> category = catalog.findCategory(m.normalized());
        Optional<String> anyTag = catalog.findTag(m.normalized());
        // "¿tienen algo sin picante?", "recomendame algo que no sea picante": the tag is what they want to avoid
        Optional<String> avoided = anyTag.filter(t -> negated(m, t));
        Optional<String> tag = avoided.isPresent() ? Optional.empty() : anyTag;
        if (m.hasAny(CHEAPEST) || m.hasAny(PRICIEST)) {
            Optional<Answer> extreme = extremePrice(m, named, phraseTag.or(() -> tag), category, contextItem, lang);
            if (extreme.isPresent()) return extreme;
        }
        if (named.size() > 1) {
            String header = "en".equals(lang) ? "We have" : "Tenemos";
            return Optional.of(new Answer(header + " " + itemList(named, lang) + ".", named.get(0).id()));
        }
        if (m.hasAny(BEST)) {
            // "¿me recomendás algo sin carne?", "recomiendame una bebida": a recommendation within what is named
            if (phraseTag.isPresent()) return Optional.of(tagged(phraseTag.get(), lang));
            if (avoided.isPresent()) return Optional.of(without(avoided.get(), lang));
            if (tag.isPresent()) return Optional.of(tagged(tag.get(), lang));
            if (category.isPresent()) {
                // "what's the best taco": the category's best sellers, when the owner marked some
                List<MenuItem> in = catalog.inCategory(category.get());
                List<MenuItem> best = in.stream().filter(MenuItem::bestSeller).toList();
                return Optional.of(best.isEmpty() ? list(category.get(), in, lang) : bestOf(best, best.get(0).id(), lang));
            }
            return Optional.of(bestSellers(lang));
        }
        if (category.isPresent()) {
            // "tienen tacos vegetarianos?", "que tacos no pican": the category's items with (or without) the tag
            Optional<String> within = phraseTag.or(() -> tag)
                    .or(() -> avoided.isPresent() ? Optional.empty() : catalog.findFeminineTag(m.normalized()))
                    .filter(t -> !sameWord(t, category.get()));
            Optional<String> without = avoided.filter(t -> !sameWord(t, category.get()));
            if (within.isPresent() || without.isPresent()) {
                return Optional.of(categoryByTag(category.get(), within.orElseGet(without::get), without.isPresent(), lang));
            }
            // "¿qué tacos llevan queso?": the category's items with the ingredient, when there are some
            if (ingredient.isPresent() && (m.hasAny(WITH) || m.hasAny(AVAILABILITY))
                    && !sameWord(ingredient.get().words(), category.get())) {
                List<MenuItem> in = ingredient.get().items().stream()
                        .filter(i -> i.category().equals(category.get())).toList();
                if (!in.isEmpty()) {
                    String header = Texts.fill(Texts.get("category_ingredient_header", lang),
                            Map.of("category", category.get(), "thing", ingredient.get().words()));
                    return Optional.of(new Answer(header + " " + itemList(in, lang) + ".", "category:" + category.get()));
                }
            }
            return Optional.of(notOnTheMenu(m, lang, list(category.get(), catalog.inCategory(category.get()), lang)));
        }
        if (avoided.isPresent() && m.hasAny(LIST_CUES)) return Optional.of(without(avoided.get(), lang));
        if (tag.isPresent() && m.hasAny(LIST_CUES)) return Optional.of(tagged(tag.get(), lang));
        // "¿tenés algo sin carne?" right after the horchata asks for a list, not whether the horchata is there
        if (contextItem != null && phraseTag.isPresent() && m.hasAny(LIST_CUES)) {
            return Optional.of(tagged(phraseTag.get(), lang));
        }
        if (contextItem != null && (tag.isPresent() || m.hasAny(PRICE) || m.hasAny(DESCRIPTION) || m.hasAny(AVAILABILITY)
                || thingAfterJoiner(m.words()) != null)) {
            return Optional.of(itemAnswer(contextItem, m, lang));
        }
        if (tag.isPresent()) return Optional.of(tagged(tag.get(), lang));
        // "¿tienen algo con piña?", "hay algo que lleve chipotle?": the dishes whose description says so
        if (ingredient.isPresent() && phraseTag.isEmpty() && (m.hasAny(AVAILABILITY) || m.hasAny(WITH))) {
            return Optional.of(withIngredient(ingredient.get(), lang));
        }
        if (m.hasAny(WHOLE_MENU)) return Optional.of(whole(lang));
        if (phraseTag.isPresent() && m.hasAny(AVAILABILITY)) return Optional.of(tagged(phraseTag.get(), lang));
        if (m.hasAny(PRICE) || m.hasAny(AVAILABILITY)) {
            // "how much is a coke?": the order parser knows English and misspelled names the catalog does not.
            ParsedOrder parsed = parser.parse(m.raw(), lang);
            if (parsed.lines().size() == 1) return Optional.of(itemAnswer(parsed.lines().get(0).item(), m, lang));
            if (!parsed.ambiguities().isEmpty() && parsed.lines().isEmpty()) {
                List<MenuItem> options = parsed.ambiguities().get(0).options();
                String header = "en".equals(lang) ? "We have" : "Tenemos";
                return Optional.of(new Answer(header + " " + itemList(options, lang) + ".", options.get(0).id()));
            }
            if (!parsed.soldOut().isEmpty() && parsed.lines().isEmpty()) {
                return Optional.of(itemAnswer(parsed.soldOut().get(0).item(), m, lang));
            }
        }
        return Optional.empty();
    }

    /** The words that join a dish to what it comes with: "burrito con queso", "el burrito lleva guacamole?". */
    private static final Set<String> JOINERS = Set.of("con", "lleva", "llevan", "trae", "traen", "tiene", "contiene",
            "incluye", "incluyen", "with", "has", "have", "contains", "include", "includes");
    /** Words around what a dish comes with that are not it: "con el queso", "trae algo de picante". */
    private static final Set<String> NOT_THING = Set.of("el", "la", "los", "las", "un", "una", "unos", "unas", "algo",
            "de", "del", "the", "a", "an", "some", "any", "extra", "mucho", "mucha", "poco", "poca");

    /**
     * A kind of dish (a category's word) asked for with something it comes with, or as a variety the menu lacks:
     * "¿tienen burrito con queso?" (the burritos that have it, or that none does), "¿el burrito lleva guacamole?",
     * "¿el de asada lleva cebolla?" (yes or no, from the item's description), "¿hay quesadilla de camarón?" (the
     * shrimp is a taco: not on the menu, and the quesadillas there are). Empty when the message is none of these.
     */
    private Optional<Answer> kindWithIngredient(Message m, List<MenuItem> named, String lang) {
        Optional<String> found = catalog.findCategory(m.normalized());
        if (found.isEmpty()) return Optional.empty();
        String category = found.get();
        List<MenuItem> in = catalog.inCategory(category);
        String kind = kindWord(category);
        List<String> words = m.words();
        int kindAt = -1;
        for (int i = 0; i < words.size() && kindAt < 0; i++) {
            if (MenuCatalog.ingredientForm(words.get(i)).equals(kind)) kindAt = i;
        }
        if (in.isEmpty() || kindAt < 0) return Optional.empty();
        // "el de asada" names one dish, whose own answer says yes or no (itemAnswer); "el burrito" (the asada
        // burrito's alias) names the kind
        Optional<MenuCatalog.Mention> mention = catalog.mention(m.normalized());
        if (named.size() == 1 && named.get(0).category().equals(category) && mention.isPresent()
                && !MenuCatalog.ingredientForm(mention.get().said()).equals(kind)) {
            return Optional.empty();
        }
        String thing = thingAfterJoiner(words);
        String held = thing == null ? null : MenuCatalog.ingredientForm(thing);
        // a thing no dish says ("cheese" against Spanish descriptions) could be any of them: no yes or no on it
        if (held != null && !held.equals(kind) && anyDishSays(held)) {
            // "¿tienen burrito con queso?", "¿el burrito lleva guacamole?": the dishes of the kind that have it
            List<MenuItem> with = in.stream().filter(i -> catalog.says(i, held)).toList();
            if (!with.isEmpty()) {
                String header = Texts.fill(Texts.get("category_ingredient_header", lang),
                        Map.of("category", category, "thing", thing));
                return Optional.of(new Answer(header + " " + itemList(with, lang) + ".", "category:" + category, true));
            }
            String none = Texts.fill(Texts.get("category_without_ingredient", lang), Map.of("category", category, "thing", thing));
            return Optional.of(new Answer(none + " " + list(category, in, lang).text(), "category:" + category, true));
        }
        if (named.size() == 1 && !named.get(0).category().equals(category) && m.hasAny(AVAILABILITY)
                && !catalog.says(named.get(0), kind)) {
            // "¿hay quesadilla de camarón?": the Taco de camarón is not a quesadilla (a combo "de tacos" says tacos)
            List<String> asked = new ArrayList<>(words.subList(kindAt, words.size()));
            while (!asked.isEmpty() && ASKING.contains(asked.get(asked.size() - 1))) asked.remove(asked.size() - 1);
            if (asked.size() < 2) return Optional.empty();
            String no = Texts.fill(Texts.get("item_not_found", lang), Map.of("thing", String.join(" ", asked)));
            return Optional.of(new Answer(no + " " + list(category, in, lang).text(), "category:" + category, true));
        }
        return Optional.empty();
    }

    /** A category's word as dishes are compared with it: "quesadilla" for "Quesadillas". */
    static String kindWord(String category) {
        return MenuCatalog.ingredientForm(category).split(" ")[0];
    }

    /** Some dish's name, aliases or description says it (in {@link MenuCatalog#ingredientForm}). */
    private boolean anyDishSays(String held) {
        return catalog.items().stream().anyMatch(i -> catalog.says(i, held));
    }

    /** The text, then the item's description when it has one: "Sí, Taco al pastor es picante. Cerdo marinado…". */
    private static String withDescription(String text, MenuItem item) {
        return item.description().isBlank() ? text : text + " " + item.description() + ".";
    }

    /**
     * "¿el de asada lleva cebolla?", "¿el pastor trae queso?", "y lleva guacamole?" after an item: yes when the
     * item's description says it, else that it does not mention it; the description follows. Empty when the message asks no such thing, when the thing is in
     * the item's name ("quesadilla con pollo"), is a tag ("trae picante?": the tag answer) or when no dish says it
     * (it could be any of them).
     */
    private Optional<Answer> comesWith(MenuItem item, Message m, String lang) {
        String thing = thingAfterJoiner(m.words());
        if (thing == null) return Optional.empty();
        String held = MenuCatalog.ingredientForm(thing);
        if (!anyDishSays(held)) {
            // "¿tiene azúcar?" after the jamaica: no dish says it, so the menu cannot say yes or no
            if (m.words().size() > 5 || thing.split(" ").length > 2 || catalog.findTag(thing).isPresent()
                    || !catalog.findNamed(thing).isEmpty() || catalog.findCategory(thing).isPresent()) {
                return Optional.empty();
            }
            return Optional.of(notMentioned(item, thing, lang));
        }
        if (held.equals(kindWord(item.category()))) return Optional.empty();
        // "quesadilla con pollo" and "churros con cajeta" say it in their name; "trae picante?" asks for a tag
        if (catalog.findNamed(thing).contains(item) || Message.containsPhrase(MenuCatalog.ingredientForm(item.name()), held)
                || catalog.findTag(thing).isPresent()) {
            return Optional.empty();
        }
        if (!catalog.says(item, held)) return Optional.of(notMentioned(item, thing, lang));
        String yes = Texts.fill(Texts.get("ingredient_yes", lang), Map.of("item", item.name(), "thing", thing));
        return Optional.of(new Answer(withDescription(yes, item), item.id(), true));
    }

    /**
     * The description does not say it: that is all the menu knows (a description is not a list of every
     * ingredient, and "¿el flan tiene huevo?" must never get a "no" from it), and the description follows.
     */
    private Answer notMentioned(MenuItem item, String thing, String lang) {
        String t = Texts.fill(Texts.get("ingredient_not_mentioned", lang), Map.of("item", item.name(), "thing", thing));
        return new Answer(withDescription(t, item), item.id(), true, MenuCatalog.ingredientForm(thing));
    }

    /** What the dish comes with, after "con" / "lleva" / "with": "queso" in "tienen burrito con queso hoy?" (as said). */
    private static String thingAfterJoiner(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            if (!JOINERS.contains(words.get(i))) continue;
            List<String> thing = new ArrayList<>();
            for (int j = i + 1; j < words.size() && thing.size() < 3; j++) {
                String w = words.get(j);
                if (ASKING.contains(w) || JOINERS.contains(w)) break;
                if (thing.isEmpty() && NOT_THING.contains(w)) continue;
                thing.add(w);
            }
            while (!thing.isEmpty() && NOT_THING.contains(thing.get(thing.size() - 1))) thing.remove(thing.size() - 1);
            return thing.isEmpty() ? null : String.join(" ", thing);
        }
        return null;
    }

    /** Words of asking after an item ("is the lengua available", "la horchata hoy?"): never a variety of it. */
    private static final Set<String> ASKING = askingWords();

    private static Set<String> askingWords() {
        Set<String> out = new java.util.HashSet<>(Set.of("today", "now", "tonight", "left", "anymore", "please",
                "hoy", "ahorita", "ahora", "porfa", "porfavor", "mañana", "tomorrow", "also", "too", "tambien"));
        for (List<String> cues : List.of(AVAILABILITY, GONE, PRICE, DESCRIPTION)) {
            for (String cue : cues) out.addAll(List.of(cue.split(" ")));
        }
        return Set.copyOf(out);
    }

    /** The words that join a dish to what it is made of: "burrito de pollo", "taco con queso". */
    private static final Set<String> OF = Set.of("de", "con", "of", "with");

    /**
     * "¿tienen cerveza artesanal?": the message names an item ("cerveza" is the Toña) and asks whether it is there,
     * but the word right after the name is one the business never uses ({@code unknown} says so): that variety is
     * not on the menu, and the item is what there is. Empty otherwise.
     */
    Optional<Answer> varietyNotOnTheMenu(Message m, String lang, java.util.function.Predicate<String> unknown) {
        if (!m.hasAny(AVAILABILITY) || m.hasAny(PRICE)) return Optional.empty();
        Optional<MenuCatalog.Mention> mention = catalog.mention(m.normalized());
        if (mention.isEmpty() || mention.get().next() == null) return Optional.empty();
        MenuItem item = mention.get().item();
        String variety = mention.get().next();
        if (OF.contains(variety)) {
            // "¿tienen burrito de pollo?": the word after "de" is one the item's own texts do not say
            List<String> words = m.words();
            int at = words.indexOf(variety);
            String after = at >= 0 && at + 1 < words.size() ? words.get(at + 1) : null;
            if (after == null || after.length() < 4 || catalog.says(item, MenuCatalog.ingredientForm(after))
                    || !(unknown.test(after) || catalog.findItem(after).isPresent())) {
                return Optional.empty();
            }
            variety = variety + " " + after;
        } else if (ASKING.contains(variety) || !unknown.test(variety)) {
            return Optional.empty();
        }
        List<MenuItem> named = catalog.findNamed(m.normalized());
        String no = Texts.fill(Texts.get("item_not_found", lang), Map.of("thing", mention.get().said() + " " + variety));
        String have = "en".equals(lang) ? "We have" : "Tenemos";
        return Optional.of(new Answer(no + " " + have + " " + itemList(named.isEmpty() ? List.of(item) : named, lang) + ".",
                item.id()));
    }

    Answer itemAnswer(MenuItem item, Message m, String lang) {
        Optional<Answer> with = comesWith(item, m, lang);
        if (with.isPresent()) return with.get();
        Map<String, String> v = Map.of("item", item.name(), "price", price(item, lang));
        // a tag the message names that the item's name does not already say
        Optional<String> tag = catalog.findTag(m.normalized())
                .filter(t -> !item.name().toLowerCase().contains(t.toLowerCase()));
        boolean has = tag.isPresent() && (item.tags().contains(tag.get())
                || Message.containsPhrase(Message.normalize(item.description()), Message.normalize(tag.get())));
        // "¿tienen pastor vegano?" asks for a vegan pastor: "we have the pastor" would be a wrong yes
        boolean lacksTag = tag.isPresent() && !has;
        if (m.hasAny(AVAILABILITY) && !m.hasAny(PRICE) && !m.hasAny(DESCRIPTION) && !lacksTag) {
            String key = !item.available() ? "item_sold_out" : m.hasAny(GONE) ? "item_still_available" : "item_available";
            return new Answer(Texts.fill(Texts.get(key, lang), v), item.id());
        }
        if (tag.isPresent()) {
            String t = "en".equals(lang)
                    ? (has ? "Yes, " + item.name() + " is " + tag.get() + "." : "No, " + item.name() + " is not " + tag.get() + ".")
                    : (has ? "Sí, " + item.name() + " es " + tag.get() + "." : "No, " + item.name() + " no es " + tag.get() + ".");
            return new Answer(withDescription(t, item), item.id());
        }
        if (m.hasAny(PRICE) && !m.hasAny(DESCRIPTION)) {
            String t = Texts.fill(Texts.get("item_price", lang), v);
            if (!item.available()) t += " " + Texts.fill(Texts.get("item_sold_out", lang), v);
            return new Answer(t, item.id());
        }
        StringBuilder t = new StringBuilder(item.name()).append(": ").append(price(item, lang));
        if (!item.description().isBlank()) t.append(". ").append(item.description());
        t.append('.');
        if (!item.available()) t.append(' ').append(Texts.fill(Texts.get("item_sold_out", lang), v));
        // "que trae el de asada?" asks what the item is: specific, no FAQ may take it over. A bare mention is not.
        return new Answer(t.toString(), item.id(), m.hasAny(DESCRIPTION));
    }

    Answer whole(String lang) {
        List<String> lines = new ArrayList<>();
        lines.add(Texts.get("menu_header", lang));
        catalog.byCategory().forEach((category, items) -> lines.add(category + ": " + itemList(items, lang)));
        return new Answer(String.join("\n", lines), WHOLE);
    }

    private Answer list(String category, List<MenuItem> items, String lang) {
        String header = Texts.fill(Texts.get("category_header", lang), Map.of("category", category));
        return new Answer(header + " " + itemList(items, lang) + ".", "category:" + category);
    }

    /** A tag that is only the category's own word ("bebidas" as a tag of the drinks) narrows nothing. */
    private static boolean sameWord(String tag, String category) {
        String t = Message.normalize(tag), c = Message.normalize(category);
        return t.equals(c) || c.startsWith(t) || t.startsWith(c);
    }

    /** The items of {@code category} with {@code tag} (without it when {@code avoid}), or that there are none. */
    private Answer categoryByTag(String category, String tag, boolean avoid, String lang) {
        List<MenuItem> items = catalog.inCategory(category).stream().filter(i -> i.tags().contains(tag) != avoid).toList();
        Map<String, String> v = Map.of("category", category, "tag", tag);
        String id = "category:" + category;
        if (items.isEmpty()) {
            return new Answer(Texts.fill(Texts.get(avoid ? "category_all_tag" : "category_tag_none", lang), v), id);
        }
        String header = Texts.fill(Texts.get(avoid ? "category_without_header" : "category_tag_header", lang), v);
        return new Answer(header + " " + itemList(items, lang) + ".", id);
    }

    /**
     * The items without {@code tag} in the categories that have it: "sin picante" asks among the food that can be
     * spicy, not for the drinks.
     */
    private Answer without(String tag, String lang) {
        Set<String> categories = new java.util.HashSet<>();
        for (MenuItem i : catalog.withTag(tag)) categories.add(i.category());
        List<MenuItem> items = new ArrayList<>();
        catalog.byCategory().forEach((category, in) -> {
            if (categories.contains(category)) for (MenuItem i : in) if (!i.tags().contains(tag)) items.add(i);
        });
        String id = "tag:-" + tag;
        if (items.isEmpty()) return new Answer(Texts.fill(Texts.get("tag_without_none", lang), Map.of("tag", tag)), id);
        return new Answer(Texts.fill(Texts.get("tag_without_header", lang), Map.of("tag", tag)) + " "
                + itemList(items, lang) + ".", id);
    }

    /**
     * "¿cuál es el taco más barato?", "lo más caro que tienen", "cheapest drink?": the available items at the lowest
     * (or highest) price among those the message names (several items, a tag it does not avoid, a category), else the
     * category of the
     * item the previous turn was about ("y el más caro?" after a taco), else the whole menu; ties together. Empty
     * when nothing named is available.
     */
    private Optional<Answer> extremePrice(Message m, List<MenuItem> named, Optional<String> tag,
                                          Optional<String> category, MenuItem contextItem, String lang) {
        boolean cheapest = m.hasAny(CHEAPEST);
        List<MenuItem> pool = !named.isEmpty() ? named
                : tag.isPresent() ? catalog.withTag(tag.get())
                : category.isPresent() ? catalog.inCategory(category.get())
                : contextItem != null ? catalog.inCategory(contextItem.category())
                : catalog.items();
        List<MenuItem> available = pool.stream().filter(MenuItem::available).toList();
        if (available.isEmpty()) return Optional.empty();
        java.math.BigDecimal best = available.get(0).price();
        for (MenuItem i : available) {
            int c = i.price().compareTo(best);
            if (cheapest ? c < 0 : c > 0) best = i.price();
        }
        java.math.BigDecimal at = best;
        List<MenuItem> chosen = available.stream().filter(i -> i.price().compareTo(at) == 0).toList();
        String text = Texts.fill(Texts.get(cheapest ? "cheapest" : "priciest", lang), Map.of("items", itemList(chosen, lang)));
        return Optional.of(new Answer(text, chosen.get(0).id()));
    }

    private Answer tagged(String tag, String lang) {
        List<MenuItem> items = catalog.withTag(tag);
        if (items.isEmpty()) return new Answer(Texts.fill(Texts.get("tag_none", lang), Map.of("tag", tag)), "tag:" + tag);
        String header = Texts.fill(Texts.get("tag_header", lang), Map.of("tag", tag));
        return new Answer(header + " " + itemList(items, lang) + ".", "tag:" + tag);
    }

    private Answer bestSellers(String lang) {
        List<MenuItem> best = catalog.bestSellers();
        if (best.isEmpty()) best = catalog.items().subList(0, Math.min(3, catalog.items().size()));
        return bestOf(best, "best_sellers", lang);
    }

    /**
     * The ingredient is a variety of the named item's kind that the item is not: a phrase of several words that
     * shares a word with its name ("salsa verde" and "Salsa de habanero") but that neither its name, aliases nor
     * description says.
     */
    private boolean isVarietyItLacks(MenuItem item, MenuCatalog.Ingredient ingredient) {
        String phrase = ingredient.phrase();
        if (!phrase.contains(" ") || catalog.says(item, phrase)) return false;
        for (String w : phrase.split(" ")) if (catalog.says(item, w) && w.length() >= 4) return true;
        return false;
    }

    /** Answer ids of {@link #withIngredient} start so; the singularized phrase follows. */
    static final String INGREDIENT = "ingredient:";

    /**
     * The dishes whose description holds the ingredient ("Con piña tenemos: ..."). The router lets an owner's FAQ
     * that speaks of it answer instead ("¿tienen salsa verde?": the salsas FAQ).
     */
    private Answer withIngredient(MenuCatalog.Ingredient ingredient, String lang) {
        String header = Texts.fill(Texts.get("ingredient_header", lang), Map.of("thing", ingredient.words()));
        return new Answer(header + " " + itemList(ingredient.items(), lang) + ".", INGREDIENT + ingredient.phrase());
    }

    private Answer bestOf(List<MenuItem> best, String id, String lang) {
        return new Answer(Texts.get("best_header", lang) + " " + itemList(best, lang) + ".", id);
    }

    private String itemList(List<MenuItem> items, String lang) {
        List<String> parts = new ArrayList<>();
        for (MenuItem i : items) {
            String p = i.name() + " (" + price(i, lang) + (i.available() ? "" : ", " + Texts.get("sold_out_mark", lang)) + ")";
            parts.add(p);
        }
        return Texts.joinList(parts, lang);
    }

    /**
     * "¿tienen tacos de birria?": the category's list, said after "we don't have" the dish the order parser could not
     * find in it, so the list does not read as a yes.
     */
    private Answer notOnTheMenu(Message m, String lang, Answer listed) {
        ParsedOrder parsed = parser.parse(m.raw(), lang);
        if (!parsed.lines().isEmpty() || parsed.unknown().size() != 1) return listed;
        String thing = parsed.unknown().get(0).mention();
        if (!thing.contains(" ")) return listed;
        String no = Texts.fill(Texts.get("item_not_found", lang), Map.of("thing", thing));
        return new Answer(no + " " + listed.text(), listed.id(), listed.specific());
    }

    /**
     * "¿cuánto es 2 de pastor y 1 horchata?", "how much for 3 pastor tacos": each line and the sum, when the order
     * parser reads the message as several items or more than one of an item, every one of them sure.
     */
    private Optional<Answer> total(Message m, String lang) {
        ParsedOrder parsed = parser.parse(m.raw(), lang);
        List<OrderLine> lines = parsed.lines();
        // "2 tacos de pollo y una coca": a mention that could be two items of the same price still has one price
        List<Ambiguity> either = parsed.ambiguities();
        boolean samePriced = either.stream().allMatch(x -> x.options().size() <= 3
                && x.options().stream().map(i -> i.price().stripTrailingZeros()).distinct().count() == 1);
        if (lines.isEmpty() && either.isEmpty() || !samePriced || !parsed.unknown().isEmpty()
                || !parsed.soldOut().isEmpty() || !parsed.badQuantities().isEmpty()) {
            return Optional.empty();
        }
        // one of one item is its price, not a sum
        if (lines.size() + either.size() == 1
                && (lines.isEmpty() ? either.get(0).quantity() : lines.get(0).quantity()) <= 1) {
            return Optional.empty();
        }
        BigDecimal sum = BigDecimal.ZERO;
        List<String> parts = new ArrayList<>();
        for (var l : lines) {
            BigDecimal cost = l.item().price().multiply(BigDecimal.valueOf(l.quantity()));
            sum = sum.add(cost);
            parts.add(l.quantity() + " × " + l.item().name() + " (" + Prices.format(cost, currency, lang) + ")");
        }
        String or = "en".equals(lang) ? " or " : " o ";
        for (var x : either) {
            BigDecimal cost = x.options().get(0).price().multiply(BigDecimal.valueOf(x.quantity()));
            sum = sum.add(cost);
            parts.add(x.quantity() + " × " + String.join(or, x.options().stream().map(MenuItem::name).toList())
                    + " (" + Prices.format(cost, currency, lang) + ")");
        }
        String text = String.join(" + ", parts) + " = " + Prices.format(sum, currency, lang) + ".";
        return Optional.of(new Answer(text, lines.isEmpty() ? either.get(0).options().get(0).id() : lines.get(0).item().id()));
    }

    private String price(MenuItem item, String lang) {
        return Prices.format(item.price(), currency, lang);
    }
}
