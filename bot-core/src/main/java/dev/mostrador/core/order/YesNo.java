package dev.mostrador.core.order;

import java.util.List;
import java.util.Set;

/**
 * A customer's answer to "¿Confirmamos?": yes, no, or something else (a question, a change) that the
 * flow must handle itself. Tolerates case, accents, repeated letters ("siii", "nooo"), punctuation and emoji.
 */
public enum YesNo {
    YES, NO, UNKNOWN;

    private static final Set<String> YES_WORDS = Set.of(
            "si", "sip", "sep", "simon", "dale", "va", "vale", "ok", "okey", "okay", "oki", "okis", "k", "claro",
            "confirmo", "confirmado", "confirmar", "confirma", "listo", "perfecto", "correcto", "exacto", "eso",
            "bueno", "sale", "chido", "afirmativo", "yes", "yep", "yeah", "yup", "sure",
            "confirm", "confirmed", "correct", "right", "perfect", "alright", "fine", "great", "obvio",
            "porfa", "porfavor", "please", "adelante", "hagale", "hazlo", "andale", "orale", "buenisimo", "genial");
    private static final List<String> YES_PHRASES = List.of(
            "de una", "por supuesto", "por favor", "asi es", "esta bien", "ta bien", "todo bien", "me parece",
            "de acuerdo", "con gusto", "go ahead", "of course", "sounds good", "that s right", "thats right", "ya esta", "ya dale", "ya si",
            "all good", "do it", "esta correcto", "todo correcto", "va que va", "si si", "si por favor");
    private static final Set<String> NO_WORDS = Set.of(
            "no", "nel", "nop", "nope", "nah", "negativo", "nunca", "tampoco", "n", "nada", "incorrecto", "mal");
    private static final List<String> NO_PHRASES = List.of(
            "mejor no", "ya no", "todavia no", "aun no", "no gracias", "para nada", "ni modo", "no thanks", "not yet",
            "no way", "esta mal", "no es", "no esta bien", "no asi no");
    private static final Set<String> THUMBS_UP = Set.of("👍", "👌", "✅", "🙌", "👍🏻", "👍🏼", "👍🏽", "👍🏾", "👍🏿", "✔", "✔️", "☑");
    private static final Set<String> THUMBS_DOWN = Set.of("👎", "❌", "🚫", "👎🏻", "👎🏼", "👎🏽", "👎🏾", "👎🏿", "✖");

    public static YesNo of(String text) {
        if (text == null) return UNKNOWN;
        String raw = text.strip();
        if (raw.isEmpty()) return UNKNOWN;
        boolean up = THUMBS_UP.stream().anyMatch(raw::contains);
        boolean down = THUMBS_DOWN.stream().anyMatch(raw::contains);
        String plain = Folding.plain(raw).replace("'", "");
        if (plain.isEmpty()) {
            if (up && !down) return YES;
            if (down && !up) return NO;
            return UNKNOWN;
        }
        YesNo answer = words(plain, up, down);
        // "siii", "noooo", "daleee": try again with repeated letters squeezed ("sounds good" must not need it).
        return answer != UNKNOWN ? answer : words(squeeze(plain), up, down);
    }

    private static YesNo words(String plain, boolean up, boolean down) {
        String[] words = plain.split(" ");
        // A longer message that merely contains "si" ("si pero cambiame la coca") is a change, not a yes:
        // only answers that start with a clear word or phrase count, and never with a "but".
        boolean no = startsWithPhrase(plain, NO_PHRASES) || NO_WORDS.contains(words[0]);
        boolean yes = startsWithPhrase(plain, YES_PHRASES) || YES_WORDS.contains(words[0]);
        if (no && yes) return startsWithPhrase(plain, NO_PHRASES) ? NO : UNKNOWN;
        // "si, y agregale una horchata" answers yes but asks for a change: the flow must handle it.
        if (yes && !hasBut(words) && !OrderIntent.isChange(plain)) return YES;
        if (no && !hasBut(words)) return NO;
        if (up && !down && words.length <= 2 && !hasBut(words)) return YES;
        return UNKNOWN;
    }

    private static boolean startsWithPhrase(String plain, List<String> phrases) {
        for (String phrase : phrases) {
            if (plain.equals(phrase) || plain.startsWith(phrase + " ")) return true;
        }
        return false;
    }

    /** "si pero sin cebolla", "ok but change the drink": the customer wants to change something. */
    private static boolean hasBut(String[] words) {
        for (String w : words) {
            if (w.equals("pero") || w.equals("but") || w.equals("cambia") || w.equals("cambiame")
                    || w.equals("change") || w.equals("aunque") || w.equals("excepto") || w.equals("except")) {
                return true;
            }
        }
        return false;
    }

    /** "siiii" → "si", "noooo" → "no", "okeyyy" → "okey", "daleee" → "dale"; "cool" stays readable enough. */
    private static String squeeze(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (i > 0 && c == s.charAt(i - 1) && Character.isLetter(c) && !(c == 'l' || c == 'r' || c == 'c')) continue;
            out.append(c);
        }
        return out.toString();
    }
}
