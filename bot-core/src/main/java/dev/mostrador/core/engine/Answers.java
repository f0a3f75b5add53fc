package dev.mostrador.core.engine;

import java.util.List;

/** Quantities as customers write them ("dos", "una", "docena"). */
final class Answers {
    private Answers() {}

    private static final List<String> NUMBERS = List.of(
            "cero", "un", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once", "doce");
    private static final List<String> NUMBERS_EN = List.of(
            "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve");

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
