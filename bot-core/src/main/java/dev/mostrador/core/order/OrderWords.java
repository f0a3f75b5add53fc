package dev.mostrador.core.order;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;

/**
 * The small vocabulary around items in an order message, Spanish and English together (customers mix
 * them). All words are folded (no accents, lower case).
 */
final class OrderWords {
    private OrderWords() {}

    /** A set that tolerates repeats, so the lists below can be edited without tripping Set.of. */
    private static Set<String> words(String... words) {
        return Set.copyOf(Arrays.asList(words));
    }

    /** Little words inside item names that customers drop or add freely: "taco (al) pastor", "agua (de) jamaica". */
    static final Set<String> CONNECTORS = words(
            "de", "del", "al", "a", "la", "el", "los", "las", "lo", "con", "en", "of", "the", "with", "d");

    /** Words that separate one item from the next. */
    static final Set<String> SEPARATORS = words("y", "e", "and", "mas", "plus", "tambien", "also", "ademas", "n");

    /** Quantity words; "otro/otra" is one more. */
    static final Map<String, Integer> NUMBERS = Map.ofEntries(
            Map.entry("cero", 0), Map.entry("ningun", 0), Map.entry("ninguna", 0), Map.entry("zero", 0),
            Map.entry("un", 1), Map.entry("una", 1), Map.entry("uno", 1), Map.entry("unito", 1),
            Map.entry("otro", 1), Map.entry("otra", 1), Map.entry("one", 1), Map.entry("another", 1),
            Map.entry("dos", 2), Map.entry("two", 2), Map.entry("tres", 3), Map.entry("three", 3),
            Map.entry("cuatro", 4), Map.entry("four", 4), Map.entry("cinco", 5), Map.entry("five", 5),
            Map.entry("seis", 6), Map.entry("six", 6), Map.entry("siete", 7), Map.entry("seven", 7),
            Map.entry("ocho", 8), Map.entry("eight", 8), Map.entry("nueve", 9), Map.entry("nine", 9),
            Map.entry("diez", 10), Map.entry("ten", 10), Map.entry("once", 11), Map.entry("eleven", 11),
            Map.entry("doce", 12), Map.entry("twelve", 12), Map.entry("trece", 13), Map.entry("thirteen", 13),
            Map.entry("catorce", 14), Map.entry("fourteen", 14), Map.entry("quince", 15), Map.entry("fifteen", 15),
            Map.entry("dieciseis", 16), Map.entry("sixteen", 16), Map.entry("diecisiete", 17),
            Map.entry("seventeen", 17), Map.entry("dieciocho", 18), Map.entry("eighteen", 18),
            Map.entry("diecinueve", 19), Map.entry("nineteen", 19), Map.entry("veinte", 20), Map.entry("twenty", 20),
            Map.entry("veinticinco", 25), Map.entry("treinta", 30), Map.entry("thirty", 30),
            Map.entry("cuarenta", 40), Map.entry("forty", 40), Map.entry("cincuenta", 50), Map.entry("fifty", 50),
            Map.entry("cien", 100), Map.entry("hundred", 100));

    /** Before these, "un/una" is an article ("para una fiesta"), so what follows is not an item request. */
    static final Set<String> PREPOSITIONS = words(
            "para", "con", "en", "a", "por", "sin", "de", "desde", "hasta", "for", "with", "to", "in", "at", "from",
            "como", "tipo");

    /** Articles between an order verb and the item ("i want a pizza", "quiero la pizza"). */
    static final Set<String> ARTICLES = words("a", "an", "the", "some", "el", "la", "los", "las", "unos", "unas");

    /** Multipliers: "media docena", "2 docenas", "un par", "a couple", "a dozen". */
    static final Set<String> DOZEN = words("docena", "docenas", "dozen", "dozens");
    static final Set<String> HALF = words("media", "medio", "half");
    static final Set<String> PAIR = words("par", "pares", "pair", "couple");

    /** Between a quantity and its item: "3 de pastor", "2 ordenes de tacos", "2x pastor", "pastor x 3". */
    static final Set<String> QUANTITY_GLUE = words(
            "de", "d", "del", "al", "of", "x", "orden", "ordenes", "order", "orders", "porcion", "porciones", "serving", "servings",
            "=", ":");

    /** Units after a size: "coca 600 ml", "agua 1 litro". */
    static final Set<String> UNITS = words(
            "ml", "l", "lt", "lts", "litro", "litros", "oz", "onzas", "g", "gr", "grs", "gramos", "kg", "cc", "cm");

    /** Order verbs: an unknown word right after one of these is something the customer wants to buy. */
    static final Set<String> ORDER_VERBS = words(
            "quiero", "queria", "quisiera", "queremos", "queres", "quieres", "dame", "deme", "denme", "dame",
            "pasame", "pasa", "mandame", "manda", "regalame", "traeme", "traigame", "ponme", "poneme", "sirveme",
            "vendeme", "llevo", "pido", "pedir", "want", "like", "get", "have", "order", "need");

    /**
     * Ordinary words of an order message that are never items and never "unknown items":
     * fillers, politeness, and the words of the other questions (name, phone, payment, pickup).
     */
    static final Set<String> STOP = words(
            // Spanish fillers and function words
            "quiero", "queria", "quisiera", "queremos", "queres", "quieres", "quiere", "dame", "deme", "denme",
            "das", "da", "dan", "pasame", "pasa", "mandame", "manda", "mandas", "regalame", "regala", "traeme",
            "trae", "traigame", "ponme", "poneme", "pone", "sirveme", "vendeme", "me", "te", "nos", "le", "les",
            "se", "mi", "mis", "tu", "su", "para", "por", "favor", "porfa", "porfis", "porfavor", "plis", "pls",
            "plz", "gracias", "hola", "holi", "buenas", "buenos", "buen", "dia", "dias", "tardes", "noches",
            "que", "q", "k", "si", "no", "ya", "es", "son", "este", "esta", "eso", "esto", "todo", "toda",
            "todos", "bien", "muy", "pues", "entonces", "bueno", "oye", "oiga", "hey", "ey", "vos", "usted",
            "ustedes", "llevo", "pido", "pedir", "pedido", "ordenar", "nada", "solo", "solamente", "nomas",
            "ahi", "aqui", "alla", "ahora", "hoy", "luego", "rato", "momento", "tengo", "tienen", "tenes",
            "tenés", "hay", "seria", "sería", "serian", "podria", "puede", "puedo", "podes", "quedaria",
            "cuanto", "cuantos", "cuanta", "cuesta", "sale", "total", "igual", "porque", "pero", "o", "u",
            "algo", "alguna", "algun", "otro", "otra", "ok", "okey", "dale", "va", "listo", "perfecto", "claro",
            "cual", "cuales", "como", "cuando", "donde", "asi", "mejor", "grande", "grandes", "chico", "chica",
            "bien", "servido", "rico", "ricos", "rica", "ricas", "sabroso", "please", "ahorita", "porfavorcito",
            // the other questions of the order flow
            "nombre", "llamo", "soy", "telefono", "tel", "cel", "celular", "numero", "whatsapp", "wasap",
            "pago", "pagar", "pagaria", "pagare", "efectivo", "tarjeta", "transferencia", "transfer", "cash",
            "card", "credito", "debito", "billete", "cambio", "vuelto", "domicilio", "envio", "delivery",
            "llevar", "recoger", "recojo", "paso", "pasar", "paso", "direccion", "casa", "calle", "colonia",
            "barrio", "frente", "esquina", "minutos", "minuto", "hora", "horas", "persona", "personas", "mesa",
            "comer", "aca", "local", "unos", "unas", "encargo", "encargar", "regalas", "mandas", "pasas", "traes",
            "quería", "fiesta", "evento", "reunion", "gente", "amigos", "familia", "caliente", "calientes", "fria",
            "frio", "frias", "frios", "bien", "rapido", "urgente", "onda", "vale", "cuate", "amigo", "amiga", "joven",
            "senor", "senora", "seno", "jefe", "jefa", "mano", "bro", "compa", "loco", "cebolla", "cilantro",
            "salsa", "salsas", "picante", "limon", "limones", "verde", "roja", "aparte", "separado", "extra",
            "cosa", "cosas", "caso", "cine", "papi", "cada", "take", "takes", "taking", "took", "gimme", "lemme",
            // English fillers
            "i", "i'd", "id", "i'll", "ill", "i'm", "im", "want", "wanna", "would", "could", "can", "get", "have",
            "give", "me", "like", "some", "a", "an", "the", "to", "for", "my", "your", "please", "thanks",
            "thank", "you", "hi", "hello", "and", "just", "only", "also", "too", "that", "this", "is", "it",
            "will", "be", "go", "pick", "up", "pickup", "name", "phone", "pay", "paying", "order", "need",
            "we", "us", "let", "lets", "let's", "make", "be", "all", "everything", "yes", "yeah", "ok", "okay",
            "what", "how", "much", "many", "total", "with", "without", "of", "on", "in", "at", "by",
            // where and when the order is placed ("can i order online?", "puedo pedir en linea?")
            "online", "linea", "internet", "web", "app", "chat", "via", "here", "there", "now", "today", "tonight",
            "place", "placing", "do", "u");

    /** Modifier groups: words that pick one variant among items sharing a name ("coca zero"/"coca normal"). */
    static final Set<String> SUGAR_FREE = words(
            "sin azucar", "zero", "cero", "light", "lite", "diet", "dieta", "sugar free", "no sugar", "sin azucar",
            "azucar cero");
    static final Set<String> REGULAR = words(
            "normal", "regular", "original", "clasica", "clasico", "tradicional", "con azucar", "roja", "comun");

    /** Every word of the modifier groups, plus "sin"/"con": they qualify an item but never name one. */
    static final Set<String> VARIANT_WORDS = variantWords();

    private static Set<String> variantWords() {
        java.util.Set<String> all = new java.util.HashSet<>(Set.of("sin", "con", "with", "without", "no"));
        for (String phrase : SUGAR_FREE) all.addAll(Arrays.asList(phrase.split(" ")));
        for (String phrase : REGULAR) all.addAll(Arrays.asList(phrase.split(" ")));
        return Set.copyOf(all);
    }
}
