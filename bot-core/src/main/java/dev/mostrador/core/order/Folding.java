package dev.mostrador.core.order;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How customer text is compared: lower case, no accents (customers rarely type them), so that
 * "Sí", "si" and "SÍ" or "azúcar" and "azucar" are the same word.
 */
final class Folding {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Folding() {}

    static String fold(String text) {
        if (text == null) return "";
        String lower = text.toLowerCase(Locale.ROOT);
        return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
    }

    /** Folded text with everything but letters, digits and single spaces removed: for phrase lookups. */
    static String plain(String text) {
        return fold(text).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }
}
