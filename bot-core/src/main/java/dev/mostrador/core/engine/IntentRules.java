package dev.mostrador.core.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The intents that words alone decide: greeting, hand-off, complaint, small talk, order, with built-in phrases
 * in Spanish and English plus the owner's examples from intents.yaml. FAQ, menu and fallback are decided by
 * what the message is about, later in the pipeline.
 */
public final class IntentRules {

    /** Small talk flavours, each answered with its own sentence. */
    public enum Smalltalk { THANKS, BYE, OK, EMOJI }

    private static final List<String> GREETINGS = List.of(
            "hola", "buenas", "buenos dias", "buen dia", "buenas tardes", "buenas noches", "que tal", "saludos",
            "hey", "hi", "hello", "good morning", "good afternoon", "good evening", "holi", "alo", "buenas buenas",
            "que onda", "quiubo", "que hubo", "epa", "wena", "ola", "hla", "hoal", "hol");
    private static final Set<String> GREETING_FILLER = Set.of(
            "como", "estas", "esta", "estan", "todo", "bien", "amigo", "amiga", "there", "how", "are", "you",
            "tal", "buenas", "hola", "dias", "tardes", "noches", "y", "por", "favor", "señor", "senor", "joven",
            "todos", "hey", "hi", "hello");
    private static final List<String> HANDOFF = List.of(
            "hablar con alguien", "hablar con una persona", "hablar con un humano", "una persona", "persona real",
            "humano", "agente", "operador", "asesor", "encargado", "encargada", "el dueño", "el dueno", "la dueña",
            "atencion al cliente", "alguien real", "con alguien", "talk to someone", "talk to a person", "speak to someone",
            "real person", "a human", "human", "agent", "representative", "a person", "hablar con una persona",
            "me pueden llamar", "me puede llamar", "me llaman", "llamenme", "que me llamen", "the owner", "the manager",
            "a manager", "call me", "me puede atender", "me pueden atender", "me atienda", "me atiendan",
            "can someone help", "someone help me");
    private static final List<String> COMPLAINT = List.of(
            "llego frio", "vino frio", "estaba frio", "esta frio", "llego fria", "vino fria", "estaba fria", "pesimo",
            "pesima", "horrible", "asqueroso", "asquerosa", "queja", "reclamo", "mal servicio", "mala atencion",
            "muy malo", "muy mala", "nunca llego", "no ha llegado", "no llego", "llego tarde", "pedido equivocado",
            "me cobraron de mas", "me cobraron mal", "me cobraron doble", "cobraron doble", "cobro doble",
            "me cobraron dos veces", "charged twice", "double charged", "charged me twice", "me enfermo",
            "me enferme", "me hizo daño", "me hizo dano", "me hizo mal", "me cayo mal", "intoxicado", "intoxicada",
            "intoxicacion", "made me sick", "got sick", "food poisoning", "minutos esperando", "hora esperando",
            "horas esperando", "llevo esperando", "sigo esperando", "todavia estoy esperando", "aun estoy esperando",
            "been waiting", "still waiting", "vino mal", "llego mal", "incompleto", "estafa", "una verguenza",
            "terrible", "awful", "complaint", "arrived cold", "was cold", "never arrived", "wrong order", "bad service",
            "disgusting", "came late", "overcharged", "were cold", "came cold", "is cold", "are cold", "was bad",
            "were bad", "tasted bad",
            // something wrong or missing in what arrived
            "me mandaron otra cosa", "me mandaron otro", "me trajeron otra cosa", "me trajeron otro", "no es lo que pedi",
            "no era lo que pedi", "eso no lo pedi", "se les olvido", "se olvidaron", "me falto", "nos falto",
            "faltaron", "faltaba", "venia mal", "was wrong", "were wrong", "is wrong", "wrong item", "wrong food",
            "not what i ordered", "you forgot", "forgot my", "is missing", "was missing", "were missing",
            "are missing", "estafadores", "estafador", "ladrones", "rateros", "scam", "scammers", "rip off", "ripoff",
            "reembolso", "devuelvan mi dinero", "devuelvan la plata", "mi dinero de vuelta", "refund", "money back");
    private static final List<String> PRAISE = List.of(
            "buenisima", "buenisimo", "buenisimas", "buenisimos", "riquisima", "riquisimo", "riquisimos", "deliciosa",
            "delicioso", "deliciosos", "deliciosas", "exquisito", "exquisita", "estaba rico", "estaba rica",
            "estuvo rico", "estuvo rica", "estaban ricos", "muy rico", "muy rica", "muy ricos", "me encanto",
            "me encantaron", "excelente comida", "excelente servicio", "los mejores tacos", "la mejor comida",
            "delicious", "amazing", "awesome food", "loved it", "love your", "great food", "great tacos",
            "best tacos", "so good", "was great", "were great", "was delicious", "were delicious");
    /** "no estaba rico", "not so good": the praise word denied. */
    private static final List<String> PRAISE_DENIED = List.of(
            "no estaba", "no estuvo", "no estaban", "nada rico", "not so good", "not good", "wasn t", "wasnt", "not great",
            "not delicious", "no me encanto", "no me gusto");
    private static final List<String> THANKS = List.of("gracias", "muchas gracias", "mil gracias", "thanks", "thank you", "thank");
    /** The customer is done: answered like a goodbye ("ya no quiero nada, gracias", "eso es todo", "that's all"). */
    private static final List<String> DONE = List.of("no quiero nada", "ya no quiero nada", "no quiero nada mas",
            "nada mas", "eso es todo", "eso seria todo", "es todo", "seria todo", "nada por ahora", "no gracias",
            "nothing else", "nothing more", "thats all", "that s all", "that is all", "no thanks", "no thank you", "im good",
            "i m good");
    private static final List<String> BYE = List.of("chao", "chau", "adios", "bye", "goodbye", "hasta luego", "nos vemos", "see you", "hasta pronto");
    /** Wishes that ride along a thanks or a goodbye ("chao, buen día", "bye, have a nice day"); not small talk alone. */
    private static final List<String> PLEASANTRIES = List.of(
            "buen dia", "buenos dias", "buena tarde", "buenas tardes", "buenas noches", "feliz dia", "lindo dia",
            "bonito dia", "que te vaya bien", "que le vaya bien", "que esten bien", "cuidate", "cuidense", "bendiciones",
            "saludos", "igualmente", "have a nice day", "have a good day", "have a great day", "have a good one",
            "take care", "good night", "goodnight");
    private static final List<String> OK = List.of(
            "ok", "okay", "okey", "oki", "dale", "listo", "perfecto", "vale", "bueno", "sale", "entendido", "excelente",
            "genial", "super", "va", "great", "cool", "nice", "sure", "alright", "fine", "de acuerdo", "muy bien", "bien");
    private static final Set<String> SMALLTALK_FILLER = Set.of("muy", "amable", "bien", "y", "por", "todo", "so", "much",
            "very", "a", "lot", "you", "man", "amigo", "amiga", "pues", "entonces", "igual", "mucho", "ya");
    /** The order words that name an order rather than place one. */
    private static final List<String> ORDER_NOUNS = List.of("un pedido", "para llevar", "to go", "take away", "takeaway");
    /** The order words that place one: "¿puedo hacer un pedido?" wants to order. */
    private static final List<String> ORDER_VERBS = List.of(
            "hacer pedido", "hacer un pedido", "hago un pedido", "pedir", "ordenar", "encargar", "me apuntas", "anotame",
            "order", "place an order");
    /** Words that are an order on their own. */
    private static final List<String> ORDER = java.util.stream.Stream.concat(ORDER_VERBS.stream(), ORDER_NOUNS.stream())
            .toList();
    /** Words that are an order only when something from the menu (or a quantity) follows: "quiero 2 tacos". */
    private static final List<String> WANT = List.of(
            "quiero", "quisiera", "queria", "me das", "me da", "dame", "deme", "me regalas", "me regala", "me pones",
            "ponme", "poneme", "pongame", "me pone",
            "me mandas", "mandame", "me traes", "regalame", "i want", "i d like", "i would like", "can i get",
            "can i have", "ill have", "i ll have", "give me", "ill take", "i ll take", "i will take", "i d take",
            "id take");
    /** Changing or cancelling: with an order word, about an order already placed ("quiero cancelar mi pedido"). */
    private static final List<String> ORDER_CHANGE_VERBS = List.of(
            "cancelar", "cancela", "cancelo", "cancelen", "cancelame", "cancelarlo", "anular", "anula", "anulen",
            "anulame", "borrar", "borra", "borrame", "eliminar", "elimina", "cambiar", "cambia", "cambien", "cambiame",
            "modificar", "modifica", "modifico", "modifiquen", "editar", "corregir", "cancel", "change", "modify",
            "edit", "update");
    private static final List<String> PLACED_ORDER = List.of("pedido", "pedidos", "orden", "encargo", "order",
            "orders");
    /** With an order word, how an order already placed is coming along ("ya va en camino mi orden?"). */
    private static final List<String> ORDER_STATUS = List.of(
            "en camino", "ya viene", "ya vienen", "ya sale", "ya salio", "ya esta listo", "ya esta lista", "esta listo",
            "esta lista", "cuanto falta", "cuanto le falta", "donde viene", "donde va", "por donde va", "ya lo mandaron",
            "ya lo enviaron", "estado de mi", "status", "on its way", "on the way", "is my order ready", "ready yet",
            "where is my order", "wheres my order", "where s my order");

    /** The customer asks who or what is answering: "quién sos?", "eres un robot?", "are you a bot?". */
    private static final List<String> IDENTITY = List.of("quien sos", "quien eres", "quien es usted", "quien habla",
            "que sos", "que eres", "sos un bot", "eres un bot", "es un bot", "sos bot", "eres bot", "sos un robot",
            "eres un robot", "es un robot", "sos robot", "eres robot", "sos humano", "eres humano", "sos real",
            "eres real", "sos una persona", "eres una persona", "sos una maquina", "eres una maquina",
            "hablo con un bot", "hablo con un robot", "hablo con una maquina", "estoy hablando con un bot",
            "estoy hablando con un robot", "es una persona real", "who are you", "what are you", "are you a bot",
            "are you a robot", "are you human", "are you a human", "are you a person", "are you real",
            "is this a bot", "is this a robot", "is this a real person", "am i talking to a bot",
            "am i talking to a robot", "am i talking to a human", "am i talking to a person", "r u a bot",
            "are u a bot", "you a bot");

    /** Ordering ahead, said outright: "¿hacen pedidos por adelantado?", "aceptan encargos?", "can i order ahead?". */
    private static final List<String> AHEAD = List.of("adelantado", "adelantada", "anticipacion", "anticipado",
            "anticipada", "antelacion", "con tiempo", "encargos", "in advance", "order ahead", "ahead of time",
            "preorder", "pre order", "preorders", "pre orders");
    /** A later day or hour for an order: "para mañana", "para el sábado", "listo para las 3", "for tomorrow". */
    private static final List<String> LATER = List.of("para mañana", "para manana", "pasado mañana",
            "pasado manana", "para otro dia",
            "para el lunes", "para el martes", "para el miercoles", "para el jueves", "para el viernes",
            "para el sabado", "para el domingo", "para este lunes", "para este martes", "para este miercoles",
            "para este jueves", "para este viernes", "para este sabado", "para este domingo", "listo para las",
            "lista para las", "listos para las", "tomorrow", "another day", "later today", "for monday",
            "for tuesday", "for wednesday", "for thursday", "for friday", "for saturday", "for sunday", "ready by",
            "ready at", "ready for");
    /** Words of an order, placed or to be placed, for {@link #LATER}: "¿puedo encargar para mañana?". */
    private static final List<String> ORDER_WORDS = List.of("pedido", "pedidos", "pedir", "pido", "orden",
            "ordenar", "encargo", "encargos", "encargar", "encargue", "apartar", "aparten", "apartas", "apartan",
            "me lo tienen", "me los tienen", "me la tienen", "me las tienen", "tenerlo", "tenerlos", "order", "orders");

    /** "whats the minimum order?", "cual es el pedido minimo": a question about the minimum, not an order. */
    private static final List<String> MINIMUM_ORDER = List.of("minimum order", "min order", "order minimum",
            "minimum for delivery", "pedido minimo", "minimo de pedido", "minimo del pedido", "compra minima",
            "minimo para", "minimo de compra");
    private static final List<String> NOT_ORDER = java.util.stream.Stream.concat(java.util.stream.Stream.of(
            "quiero saber", "quisiera saber", "queria saber", "quiero preguntar", "queria preguntar", "quiero ver",
            "quisiera ver", "i want to know", "want to know", "quiero hablar", "order status"), MINIMUM_ORDER.stream())
            .toList();

    /** intent name (built-in or the owner's own, like "catering") to normalized examples. */
    private final Map<String, List<String>> ownerExamples = new LinkedHashMap<>();

    /** @param intentExamples the owner's intents.yaml: intent name to example messages */
    public IntentRules(Map<String, List<String>> intentExamples) {
        new java.util.TreeMap<>(intentExamples).forEach((name, examples) -> {
            List<String> normalized = new ArrayList<>();
            for (String e : examples) if (!Message.normalize(e).isEmpty()) normalized.add(Message.normalize(e));
            ownerExamples.computeIfAbsent(name.trim().toLowerCase(java.util.Locale.ROOT), k -> new ArrayList<>()).addAll(normalized);
        });
    }

    /** Words after "qué tal" that ask how something is ("qué tal está el pastor?", "qué tal son los churros?"). */
    private static final java.util.Set<String> HOW_IS = java.util.Set.of("esta", "estan", "es", "son", "el", "la",
            "los", "las", "sabe", "saben", "queda", "quedan");

    /** How many leading words are a greeting ("hola buenas, ..." is 2), 0 if the message does not start with one. */
    public int greetingPrefix(Message m) {
        int n = 0;
        boolean any = false;
        List<String> w = m.words();
        while (n < w.size()) {
            int matched = 0;
            for (String g : GREETINGS) {
                String[] gw = g.split(" ");
                if (gw.length > matched && n + gw.length <= w.size() && String.join(" ", w.subList(n, n + gw.length)).equals(g)) {
                    matched = gw.length;
                }
            }
            // "¿qué tal está el de lengua?" asks how the lengua is: "qué tal" before what it asks about is no greeting
            if (matched == 2 && "que tal".equals(String.join(" ", w.subList(n, n + 2))) && n + 2 < w.size()
                    && HOW_IS.contains(w.get(n + 2))) {
                break;
            }
            if (matched > 0) {
                any = true;
                n += matched;
            } else if (any && GREETING_FILLER.contains(w.get(n)) && !m.question()) {
                n++;
            } else {
                break;
            }
        }
        return any ? n : 0;
    }

    /** The whole message asks what the order comes to: "¿cuánto es?", "how much is it?". */
    private static final Set<String> TOTAL_WHOLE = Set.of("cuanto es", "cuanto seria", "cuanto va", "cuanto sale",
            "cuanto sale todo", "cuanto es todo", "cuanto seria todo", "cuanto va todo", "cuanto pago", "cuanto le pago",
            "cuanto te pago", "cuanto les pago", "how much", "how much is it", "how much is that", "how much will it be");
    /** Anywhere in the message: "¿cuánto es el total?", "¿cuánto le debo?", "how much do i owe?". */
    private static final List<String> TOTAL_ANY = List.of("total", "cuanto debo", "cuanto le debo", "cuanto te debo",
            "cuanto les debo", "how much do i owe", "altogether");
    private static final Set<String> TOTAL_FILLER = Set.of("y", "ok", "entonces", "pues", "and", "so", "then", "en");

    /** "¿cuánto es el total?", "cuánto sería?", "how much is it?": what an order in progress comes to. */
    public boolean asksOrderTotal(Message m) {
        if (m.hasAny(TOTAL_ANY)) return true;
        List<String> w = new ArrayList<>(m.words());
        while (!w.isEmpty() && TOTAL_FILLER.contains(w.get(0))) w.remove(0);
        return TOTAL_WHOLE.contains(String.join(" ", w));
    }

    /** "¿quién sos?", "¿eres un robot?", "are you human?": who is answering (not a request for a person). */
    public boolean asksWhoItIs(Message m) {
        return m.words().size() <= 8 && m.hasAny(IDENTITY);
    }

    public boolean isHandoff(Message m) {
        if (!m.hasAny(HANDOFF) && !matchesOwner(Intent.HANDOFF, m)) return false;
        // "¿de dónde es el dueño?" asks about the owner, "quiero hablar con el dueño" asks for them
        return !(m.hasAny(ABOUT_SOMEONE) && !m.hasAny(CONTACT));
    }

    /** A question about a person of the business ("¿quién es el dueño?"), not a wish to talk to them. */
    private static final List<String> ABOUT_SOMEONE = List.of("de donde es", "de donde son", "quien es", "quienes son",
            "como se llama", "cual es el nombre", "es mexicano", "es nica", "who is", "who s", "whos", "where is the owner",
            "what is the name", "whats the name", "what s the name");
    /** Contacting someone: with it, a question about a person is still a hand-off ("¿quién me puede atender?"). */
    private static final List<String> CONTACT = List.of("hablar", "hablo", "comunicar", "comunicame", "pasame",
            "pasar", "contactar", "contacto", "llamar", "llamen", "llame", "llamenme", "atender", "atienda", "atiendan",
            "ayudar", "ayude", "talk", "speak", "contact", "call", "reach", "help");

    /**
     * Built-in complaint words, or an owner's complaint example the message resembles, unless the message praises
     * ("la comida estaba buenisima" shares three words with the example "la comida estaba fea").
     */
    public boolean isComplaint(Message m) {
        return m.hasAny(COMPLAINT) || (!praises(m) && matchesOwner(Intent.COMPLAINT, m));
    }

    /** "la comida estaba buenisima", "todo delicioso", "great tacos!": praise, not a question nor a complaint. */
    public boolean isPraise(Message m) {
        return praises(m) && !m.hasAny(COMPLAINT);
    }

    private static boolean praises(Message m) {
        return m.hasAny(PRAISE) && !m.question() && !m.hasAny(PRAISE_DENIED);
    }

    /** @param namesFood whether the message names something from the menu or a quantity */
    public boolean isOrder(Message m, boolean namesFood) {
        if (m.hasAny(NOT_ORDER)) return false;
        return m.hasAny(ORDER) || (namesFood && m.hasAny(WANT)) || matchesOwner(Intent.ORDER, m);
    }

    /** The message says the customer orders or wants something ("quiero", "dame", "pedir", "i'll have"). */
    public boolean placesOrder(Message m) {
        return m.hasAny(ORDER_VERBS) || m.hasAny(WANT);
    }

    /**
     * "quiero cancelar mi pedido", "cambiar el pedido que hice", "cancel my order": about an order the customer
     * already placed (a guided order in progress handles its own "cancelar" before this is asked).
     */
    public boolean isPlacedOrderChange(Message m) {
        return m.hasAny(ORDER_CHANGE_VERBS) && m.hasAny(PLACED_ORDER);
    }

    /** "whats the minimum order?", "cual es el pedido minimo para delivery?": the delivery minimum. */
    public boolean asksMinimumOrder(Message m) {
        return m.hasAny(MINIMUM_ORDER);
    }

    /** Words that cancel on their own ("cancelalo", "cancel that"). */
    private static final Set<String> CANCEL = Set.of("cancelar", "cancela", "cancelalo", "cancelala", "cancelo",
            "cancelen", "cancelenlo", "anular", "anula", "anulalo", "cancel", "cancelled", "canceled");
    /** What may stand beside them in a bare cancel: "mejor cancela todo", "please cancel it". */
    private static final Set<String> CANCEL_FILLER = Set.of("eso", "esto", "todo", "lo", "la", "mejor", "no", "ya",
            "bueno", "ok", "porfa", "por", "favor", "please", "pls", "that", "it", "all", "everything", "just", "mi",
            "my", "el", "the", "quiero", "i", "want", "to", "entonces", "then");

    /**
     * "cancelalo", "cancel that", "mejor cancela todo" with nothing else: a cancel with no order named (a guided
     * order in progress handles its own; "cancelar mi pedido" is {@link #isPlacedOrderChange}).
     */
    public boolean isBareCancel(Message m) {
        List<String> w = m.words();
        return w.stream().anyMatch(CANCEL::contains)
                && w.stream().allMatch(x -> CANCEL.contains(x) || CANCEL_FILLER.contains(x));
    }

    /** "ya va en camino mi orden?", "cuanto falta para mi pedido", "where is my order": an order already placed. */
    public boolean isPlacedOrderStatus(Message m) {
        return m.hasAny(ORDER_STATUS) && m.hasAny(PLACED_ORDER);
    }

    /**
     * "¿hacen pedidos por adelantado?", "se puede encargar para mañana?", "me lo tienen listo para las 3?", "can i
     * order ahead for saturday?": an order for a later day or hour. The guided order takes orders for now, so
     * such a question is for the owner's FAQ about it, or the team.
     */
    public boolean isOrderForLater(Message m) {
        boolean orderWord = m.hasAny(ORDER_WORDS);
        return (m.hasAny(AHEAD) && (orderWord || asks(m))) || (m.hasAny(LATER) && orderWord);
    }

    /** Whether an owner's phrasing speaks of changing or cancelling (an FAQ about it answers such messages). */
    public static boolean speaksOfOrderChanges(String phrasing) {
        return Message.of(phrasing).hasAny(ORDER_CHANGE_VERBS);
    }

    /**
     * An order only by one of the {@link #ORDER} words, asked as a question: "¿cuánto tarda un pedido?", "¿hay
     * mesas o es para llevar?" ask about ordering rather than order, when the business has an answer for them.
     */
    public boolean isOrderWordQuestion(Message m, boolean namesFood) {
        return asks(m) && m.hasAny(ORDER_NOUNS) && !m.hasAny(ORDER_VERBS) && !(namesFood && m.hasAny(WANT))
                && !matchesOwner(Intent.ORDER, m);
    }

    /** Words a question starts with when the customer types no question mark: "cuanto tarda un pedido". */
    private static final Set<String> QUESTION_START = Set.of(
            "cuanto", "cuanta", "cuantos", "cuantas", "cuando", "donde", "que", "cual", "cuales", "hay", "es", "son",
            "puedo", "se", "tienen", "tenes", "tienes", "tiene", "aceptan", "venden", "hacen", "how", "what", "when",
            "where", "which", "is", "are", "do", "does", "can");

    /** A question mark, or a first word that opens a question. */
    static boolean asks(Message m) {
        return m.question() || (!m.words().isEmpty() && QUESTION_START.contains(m.words().get(0)));
    }

    /** Small talk when every word is a thanks/bye/ok word or filler; emoji-only messages too. */
    public Smalltalk smalltalk(Message m) {
        return smalltalk(m, w -> false);
    }

    /**
     * As {@link #smalltalk(Message)}, also when one other word rides along that {@code stray} accepts (the engine
     * passes words the business never uses): "muchas gracias crack", "thanks buddy". Not for questions.
     */
    public Smalltalk smalltalk(Message m, java.util.function.Predicate<String> stray) {
        if (m.isEmpty()) return m.raw().isEmpty() ? null : Smalltalk.EMOJI;
        Set<String> covered = new HashSet<>();
        Smalltalk kind = null;
        for (var entry : List.of(Map.entry(Smalltalk.BYE, DONE), Map.entry(Smalltalk.BYE, BYE),
                Map.entry(Smalltalk.THANKS, THANKS), Map.entry(Smalltalk.OK, OK))) {
            for (String p : entry.getValue()) {
                if (m.has(p)) {
                    covered.addAll(List.of(p.split(" ")));
                    if (kind == null) kind = entry.getKey();
                }
            }
        }
        if (kind != null) for (String p : PLEASANTRIES) if (m.has(p)) covered.addAll(List.of(p.split(" ")));
        if (kind == null && m.words().stream().allMatch(IntentRules::isLaugh)) return Smalltalk.OK;
        if (kind == null) {
            return similarity(Intent.SMALLTALK.key(), m) > 0 ? Smalltalk.OK : null;
        }
        String extra = null;
        for (String w : m.words()) {
            if (covered.contains(w) || SMALLTALK_FILLER.contains(w) || isLaugh(w)) continue;
            if (extra != null || m.question() || !stray.test(w)) return null;
            extra = w;
        }
        return kind;
    }

    /** "jaja", "jejeje", "haha", "lol". */
    private static boolean isLaugh(String w) {
        return w.matches("(?:[jh][aeiou]){2,}[jh]?") || w.equals("lol") || w.equals("xd");
    }

    public boolean matchesOwner(Intent intent, Message m) {
        return similarity(intent.key(), m) > 0;
    }

    /**
     * The owner's intent (built-in name or their own, like "catering") whose examples best match this message:
     * an example whose words are nearly all in the message, or most words shared both ways; null if none.
     */
    public String ownerIntent(Message m) {
        String best = null;
        double bestScore = 0;
        for (String name : ownerExamples.keySet()) {
            double s = similarity(name, m);
            if (s > bestScore) {
                bestScore = s;
                best = name;
            }
        }
        return best;
    }

    private double similarity(String intent, Message m) {
        double best = 0;
        Set<String> words = new HashSet<>(m.words());
        for (String example : ownerExamples.getOrDefault(intent, List.of())) {
            if (example.equals(m.normalized())) return 2;
            Set<String> x = new HashSet<>(List.of(example.split(" ")));
            Set<String> inter = new HashSet<>(x);
            inter.retainAll(words);
            Set<String> union = new HashSet<>(x);
            union.addAll(words);
            double jaccard = (double) inter.size() / union.size();
            double coverage = (double) inter.size() / x.size();
            double s = jaccard >= 0.6 ? jaccard : (coverage >= 0.75 && inter.size() >= 3 ? coverage * 0.9 : 0);
            best = Math.max(best, s);
        }
        return best;
    }
}
