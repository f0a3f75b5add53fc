package dev.mostrador.core.engine;

import java.util.List;
import java.util.Set;

/**
 * Picks the language of one message among the business's languages. Spanish and English are told apart by
 * function words and Spanish-only characters; a short message with no clear cue ("ok", "menu", "hola") keeps
 * the session's language so a conversation does not flip on one word.
 */
public final class LanguageDetector {

    private static final Set<String> SPANISH = Set.of(
            "que", "el", "la", "los", "las", "de", "del", "y", "en", "por", "para", "con", "sin", "un", "una", "unos",
            "es", "son", "esta", "estan", "hay", "tienen", "tenes", "tiene", "cuanto", "cuanta", "cuesta", "cuestan",
            "vale", "quiero", "queres", "quisiera", "me", "mi", "te", "se", "lo", "le", "a", "al", "hora", "horario",
            "abren", "abierto", "abiertos", "cierran", "donde", "como", "cual", "cuales", "hola", "buenas", "buenos",
            "dias", "tardes", "noches", "gracias", "hoy", "manana", "domingo", "sabado", "lunes", "martes",
            "miercoles", "jueves", "viernes", "precio", "pedido", "pedir", "llevar", "envio", "entregan", "bebidas",
            "algo", "hacen", "aceptan", "pago", "pagar", "tarjeta", "efectivo", "pero", "si", "ya", "muy",
            "mas", "vendido", "porque", "carta", "ver", "persona", "alguien", "hablar", "llego", "frio", "pesimo",
            "estamos", "ustedes", "usted", "vos", "queda", "ubicacion", "ubicados", "direccion", "cancelar", "dame",
            "das", "trae", "tambien", "picante", "vegetariano", "chao", "adios", "listo", "dale", "claro", "bueno");
    private static final Set<String> ENGLISH = Set.of(
            "the", "what", "is", "are", "do", "does", "you", "your", "how", "much", "time", "open", "close", "closed",
            "where", "have", "has", "i", "want", "would", "like", "hello", "hi", "hey", "can", "could", "please",
            "thanks", "thank", "today", "tomorrow", "sunday", "saturday", "monday", "tuesday", "wednesday",
            "thursday", "friday", "price", "order", "delivery", "deliver", "drinks", "something", "accept", "pay",
            "card", "cash", "but", "yes", "of", "to", "for", "with", "and", "it", "there", "any", "vegetarian",
            "best", "seller", "sellers", "popular", "talk", "someone", "human", "agent", "person", "cold", "terrible",
            "bye", "goodbye", "located", "address", "cancel", "get", "give", "me", "my", "an", "a", "spicy", "cost",
            "costs", "when", "hours", "we", "they", "sold", "out", "available", "good", "morning", "afternoon",
            "anything", "got", "some", "this", "that", "will", "be", "am", "im", "was", "were", "not", "on", "at",
            "from", "who", "why", "which", "here", "now", "still", "just", "guys", "tonight", "take", "pick", "bring",
            "food", "without", "meat", "allergic", "kids", "drink", "eat", "near", "far", "wait",
            "long", "fee", "minimum", "many", "need", "know", "tell", "sweet", "hot", "cheap", "cheapest");

    /**
     * @param normalized the message's normalized text
     * @param languages  the business's languages (default first or not; only these are answered in)
     * @param sessionLang the language the conversation is in so far (the default for a new session)
     */
    public String detect(Message message, List<String> languages, String sessionLang) {
        String es = "es", en = "en";
        if (!languages.contains(es) || !languages.contains(en)) {
            return languages.contains(sessionLang) ? sessionLang : languages.get(0);
        }
        int spanish = 0, english = 0;
        String raw = message.raw();
        if (raw.indexOf('¿') >= 0 || raw.indexOf('¡') >= 0 || raw.toLowerCase().indexOf('ñ') >= 0) spanish += 2;
        if (raw.matches("(?s).*[áéíóú].*")) spanish += 1;
        for (String w : message.words()) {
            boolean s = SPANISH.contains(w), e = ENGLISH.contains(w);
            if (s && !e) spanish++;
            if (e && !s) english++;
        }
        // "a", "me", "no" count for neither on their own; one cue word is not enough to switch.
        if (Math.abs(spanish - english) < 1 || Math.max(spanish, english) < 2 && message.words().size() <= 2) {
            return sessionLang;
        }
        return spanish > english ? es : en;
    }
}
