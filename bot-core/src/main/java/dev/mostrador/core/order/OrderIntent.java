package dev.mostrador.core.order;

import java.util.List;

/**
 * Whether a message inside a running flow means "stop the whole thing" (cancel) or "I want to change
 * something". Kept apart from {@link YesNo}: "no" to a confirmation is not the same as cancelling.
 */
public final class OrderIntent {
    private static final List<String> CANCEL_PHRASES = List.of(
            "cancelar", "cancela", "cancelalo", "cancelala", "cancelo", "cancelado", "cancelen", "cancele",
            "mejor no", "ya no quiero", "ya no", "no quiero nada", "olvidalo", "olvidala", "olvidate", "olvida",
            "dejalo", "dejalo asi", "deja asi", "no importa", "nada mejor", "mejor nada", "ya no gracias",
            "salir", "anular", "anulalo", "stop", "cancel", "cancel it", "cancel order", "forget it",
            "never mind", "nevermind", "nvm", "quit", "exit", "abort", "no thanks", "i changed my mind",
            "cambie de opinion", "me arrepenti", "no gracias");
    private static final List<String> CHANGE_WORDS = List.of(
            "cambiar", "cambia", "cambiame", "cambio", "cambialo", "corregir", "corrige", "mejor", "en vez",
            "en lugar", "quitale", "quita", "quitar", "agrega", "agregale", "agregar", "añade", "anade", "pone",
            "ponele", "ponme", "sumale", "otra cosa", "change", "instead", "remove", "add", "actually", "wait",
            "no era", "me equivoque", "falto", "faltó", "tambien", "also");

    private OrderIntent() {}

    /** "cancelar", "mejor no", "ya no quiero", "olvidalo", "cancel", "forget it". */
    public static boolean isCancel(String text) {
        String plain = Folding.plain(text);
        if (plain.isEmpty()) return false;
        for (String phrase : CANCEL_PHRASES) {
            // Cancel phrases must start the message or be most of it: "no quiero cancelar" is not a cancel,
            // but neither is "cancelar la coca" (a change); so the phrase must start the message and the
            // rest must be short filler.
            if (plain.equals(phrase)) return true;
            if (plain.startsWith(phrase + " ")) {
                String rest = plain.substring(phrase.length()).trim();
                if (isFiller(rest)) return true;
            }
            if (plain.endsWith(" " + phrase) && isFiller(plain.substring(0, plain.length() - phrase.length()).trim())) {
                return true;
            }
        }
        return false;
    }

    /** "cambia la coca por horchata", "mejor 3 de pastor", "agregale una horchata", "actually make it 3". */
    public static boolean isChange(String text) {
        if (isCancel(text)) return false;
        String plain = " " + Folding.plain(text) + " ";
        for (String word : CHANGE_WORDS) {
            if (plain.contains(" " + Folding.plain(word) + " ")) return true;
        }
        return false;
    }

    private static final List<String> FILLER = List.of(
            "el pedido", "la orden", "todo", "mi pedido", "mi orden", "el", "la", "pedido", "orden", "por favor",
            "porfa", "gracias", "pls", "please", "thanks", "the order", "my order", "order", "it", "all", "everything",
            "mejor", "entonces", "ok", "bueno", "pues", "no", "ya", "please cancel", "todo el pedido", "gracias igual");

    private static boolean isFiller(String rest) {
        if (rest.isEmpty()) return true;
        String remaining = " " + rest + " ";
        for (String f : FILLER.stream().sorted((a, b) -> b.length() - a.length()).toList()) {
            remaining = remaining.replace(" " + f + " ", " ");
        }
        return remaining.isBlank();
    }
}
