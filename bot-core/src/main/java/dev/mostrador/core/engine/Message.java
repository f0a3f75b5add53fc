package dev.mostrador.core.engine;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A customer's message as the engine reads it: the raw text (capped, trimmed) and a normalized form
 * (lowercase, no accents, no punctuation, chat shorthand expanded) split into words. Customers write
 * "a q hora abren", "xq", "tenés": the rules downstream only ever see "a que hora abren", "porque", "tenes".
 */
public record Message(String raw, String normalized, List<String> words, boolean question) {

    /** The API caps text at 4 KiB; the engine caps again so a batch line or channel cannot make it choke. */
    static final int MAX_CHARS = 4096;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9ñ$]+");
    private static final Map<String, String> SHORTHAND = Map.ofEntries(
            Map.entry("q", "que"), Map.entry("k", "que"), Map.entry("ke", "que"), Map.entry("xq", "porque"),
            Map.entry("pq", "porque"), Map.entry("x", "por"), Map.entry("d", "de"), Map.entry("tb", "tambien"),
            Map.entry("tmb", "tambien"), Map.entry("pls", "please"), Map.entry("plz", "please"), Map.entry("u", "you"),
            Map.entry("r", "are"), Map.entry("ur", "your"), Map.entry("cuanto", "cuanto"), Map.entry("kuanto", "cuanto"),
            Map.entry("dnd", "donde"), Map.entry("hrs", "horas"), Map.entry("hr", "hora"), Map.entry("bn", "bien"),
            Map.entry("ola", "hola"), Map.entry("holaa", "hola"), Map.entry("holaaa", "hola"), Map.entry("grax", "gracias"),
            Map.entry("graxias", "gracias"), Map.entry("thx", "thanks"), Map.entry("ty", "thanks"),
            Map.entry("kiero", "quiero"), Map.entry("kero", "quiero"), Map.entry("qiero", "quiero"),
            Map.entry("tmrw", "tomorrow"), Map.entry("tmr", "tomorrow"), Map.entry("2moro", "tomorrow"),
            Map.entry("2morrow", "tomorrow"), Map.entry("guac", "guacamole"));

    public static Message of(String text) {
        String raw = text == null ? "" : text.strip();
        if (raw.length() > MAX_CHARS) raw = raw.substring(0, MAX_CHARS);
        String normalized = normalize(raw);
        List<String> words = normalized.isEmpty() ? List.of() : Arrays.asList(normalized.split(" "));
        boolean question = raw.contains("?") || raw.contains("¿");
        return new Message(raw, normalized, List.copyOf(words), question);
    }

    /** Lowercase, accents removed (ñ kept), punctuation to spaces, stretched letters shrunk, shorthand expanded. */
    public static String normalize(String text) {
        if (text == null || text.isBlank()) return "";
        String lower = text.toLowerCase(Locale.ROOT).replace('ñ', '\u0001');
        String plain = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("").replace('\u0001', 'ñ');
        String[] parts = NON_WORD.matcher(plain).replaceAll(" ").trim().split("\\s+");
        StringBuilder out = new StringBuilder();
        for (String p : parts) {
            if (p.isEmpty()) continue;
            if (out.length() > 0) out.append(' ');
            // "holaaaa buenassss" is "hola buenas" (doubled letters stay: "llevan", "carro")
            String w = dev.mostrador.core.text.ChatNormalizer.shrinkStretched(p);
            out.append(SHORTHAND.getOrDefault(w, w));
        }
        return out.toString();
    }

    public boolean isEmpty() {
        return words.isEmpty();
    }

    /** True when the normalized text contains the phrase as whole words. */
    public boolean has(String phrase) {
        return containsPhrase(normalized, normalize(phrase));
    }

    public boolean hasAny(String... phrases) {
        for (String p : phrases) if (has(p)) return true;
        return false;
    }

    public boolean hasAny(List<String> phrases) {
        for (String p : phrases) if (has(p)) return true;
        return false;
    }

    static boolean containsPhrase(String normalizedText, String normalizedPhrase) {
        if (normalizedPhrase.isEmpty()) return false;
        return (" " + normalizedText + " ").contains(" " + normalizedPhrase + " ");
    }

    /** The same message with its first {@code n} words removed (e.g. a greeting prefix). */
    public Message dropWords(int n) {
        List<String> rest = words.subList(Math.min(n, words.size()), words.size());
        String normalized = String.join(" ", rest);
        String[] rawParts = raw.split("[\\s,.!¡;:]+", -1);
        // The raw text keeps the customer's wording for the retriever; drop roughly as many raw tokens.
        int skip = 0, dropped = 0;
        while (skip < rawParts.length && dropped < n) {
            if (!normalize(rawParts[skip]).isEmpty()) dropped++;
            skip++;
        }
        String rawRest = String.join(" ", Arrays.asList(rawParts).subList(skip, rawParts.length)).strip();
        return new Message(rawRest.isEmpty() ? normalized : rawRest, normalized, List.copyOf(rest), question);
    }
}
