package dev.mostrador.core.engine;

import java.util.List;

/** Yes/no answers and quantities as customers write them ("si", "dale", "nel"; "dos", "una"). */
final class Answers {
    private Answers() {}

    private static final List<String> YES = List.of(
            "si", "sí", "dale", "claro", "confirmo", "confirmar", "confirmado", "yes", "yep", "yeah", "ok", "okay",
            "listo", "correcto", "de una", "va", "sale", "sure", "perfecto", "esta bien", "asi es", "por favor", "afirmativo");
    private static final List<String> NO = List.of("no", "nel", "nop", "nope", "mejor no", "todavia no", "aun no", "negativo");
    private static final List<String> CANCEL = List.of(
            "cancelar", "cancela", "cancelalo", "cancelo", "cancel", "olvidalo", "olvidate", "ya no quiero", "ya no",
            "stop", "never mind", "nevermind", "dejalo", "anular", "anulalo");
    private static final List<String> NUMBERS = List.of(
            "cero", "un", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once", "doce");
    private static final List<String> NUMBERS_EN = List.of(
            "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve");

    /** TRUE for yes, FALSE for no, null when the message is neither (a "no" wins over a "sí" in "no, sí..."). */
    static Boolean yesNo(Message m) {
        if (m.words().isEmpty()) return null;
        if (m.hasAny(NO) && !m.has("no se")) return Boolean.FALSE;
        if (m.hasAny(YES)) return Boolean.TRUE;
        return null;
    }

    static boolean isCancel(Message m) {
        return m.hasAny(CANCEL);
    }

    /** A quantity word or number: "2" -> 2, "dos" -> 2, "una" -> 1, "a" -> 1; null otherwise. */
    static Integer quantity(String word) {
        if (word.matches("\\d{1,3}")) return Integer.parseInt(word);
        if (word.equals("una") || word.equals("uno") || word.equals("un") || word.equals("a") || word.equals("an")) return 1;
        if (word.equals("media")) return null;
        if (word.equals("docena") || word.equals("dozen")) return 12;
        int i = NUMBERS.indexOf(word);
        if (i >= 0) return i;
        i = NUMBERS_EN.indexOf(word);
        return i >= 0 ? i : null;
    }
}
