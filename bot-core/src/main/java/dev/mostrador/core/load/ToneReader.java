package dev.mostrador.core.load;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mostrador.core.model.Tone;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * tone.yaml into {@link Tone}, on top of built-in Spanish and English texts so a business without tone.yaml (or
 * with only some keys) still greets, falls back and hands off. A plain key is the business's default language;
 * {@code key_<lang>} another one. Templates are stored in the texts under their name.
 */
final class ToneReader {
    static final List<String> TEXT_KEYS = List.of("greeting", "fallback", "escalate", "closed_now");
    private static final Pattern LANG_SUFFIX = Pattern.compile("(.+)_([a-z]{2})");

    static final Map<String, Map<String, String>> DEFAULT_TEXTS = Map.of(
            "greeting", Map.of(
                    "es", "¡Hola! Soy el asistente de {name}. ¿En qué te ayudo?",
                    "en", "Hi! I'm the assistant of {name}. How can I help you?"),
            "fallback", Map.of(
                    "es", "Perdón, no te entendí bien. ¿Me lo podés decir con otras palabras?",
                    "en", "Sorry, I didn't quite get that. Could you say it in other words?"),
            "escalate", Map.of(
                    "es", "Te paso con alguien del equipo en un momento.",
                    "en", "I'm passing you to someone from the team; they'll reply shortly."),
            "closed_now", Map.of(
                    "es", "Ahora estamos cerrados. Nuestro horario: {hours}.",
                    "en", "We're closed right now. Our hours: {hours}."));
    static final Map<String, List<String>> DEFAULT_QUICK_REPLIES = Map.of(
            "es", List.of("Ver menú", "Ubicación", "Horarios", "Hacer pedido"),
            "en", List.of("See menu", "Location", "Opening hours", "Place an order"));

    private final Problems problems;

    ToneReader(Problems problems) {
        this.problems = problems;
    }

    static Tone defaults() {
        return new Tone("cercano", DEFAULT_TEXTS, DEFAULT_QUICK_REPLIES);
    }

    Tone read(Document doc, String defaultLanguage, List<String> languages) {
        Map<String, Map<String, String>> texts = new LinkedHashMap<>();
        DEFAULT_TEXTS.forEach((k, v) -> texts.put(k, new LinkedHashMap<>(v)));
        Map<String, List<String>> quick = new LinkedHashMap<>(DEFAULT_QUICK_REPLIES);
        if (doc == null || !doc.root().isObject()) return new Tone("cercano", freeze(texts), quick);
        JsonNode root = doc.root();
        String style = BusinessReader.text(root, "tone");
        var fields = root.fields();
        while (fields.hasNext()) {
            var field = fields.next();
            String key = field.getKey();
            JsonNode value = field.getValue();
            String pointer = Document.child("", key);
            if (key.equals("tone")) continue;
            if (key.equals("templates")) {
                templates(doc, value, defaultLanguage, languages, texts);
                continue;
            }
            String base = key;
            String lang = defaultLanguage;
            var m = LANG_SUFFIX.matcher(key);
            if (!TEXT_KEYS.contains(key) && !key.equals("quick_replies") && m.matches()) {
                base = m.group(1);
                lang = m.group(2);
                checkLanguage(doc, pointer, key, lang, languages);
            }
            if (base.equals("quick_replies")) {
                if (value.isArray()) quick.put(lang, BusinessReader.strings(value));
            } else if (TEXT_KEYS.contains(base) && value.isTextual()) {
                text(doc, pointer, base, lang, value.asText(), texts);
            }
        }
        return new Tone(style, freeze(texts), quick);
    }

    private void templates(Document doc, JsonNode node, String defaultLanguage, List<String> languages,
            Map<String, Map<String, String>> texts) {
        if (node == null || !node.isObject()) return;
        // "order_received_en" is the English variant of "order_received" when that exists, else a template of its own
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        var fields = node.fields();
        while (fields.hasNext()) {
            var field = fields.next();
            if (!field.getValue().isTextual()) continue;
            String key = field.getKey();
            String pointer = Document.child("/templates", key);
            var m = LANG_SUFFIX.matcher(key);
            if (m.matches() && names.contains(m.group(1))) {
                checkLanguage(doc, pointer, key, m.group(2), languages);
                text(doc, pointer, m.group(1), m.group(2), field.getValue().asText(), texts);
            } else {
                text(doc, pointer, key, defaultLanguage, field.getValue().asText(), texts);
            }
        }
    }

    private void text(Document doc, String pointer, String key, String lang, String text, Map<String, Map<String, String>> texts) {
        if (text.isBlank()) {
            problems.add(doc, pointer, "'" + pointer.substring(pointer.lastIndexOf('/') + 1) + "' is empty", "write the text");
            return;
        }
        Placeholders.check(doc, pointer, text, Placeholders.BUSINESS, problems);
        texts.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(lang, text);
    }

    private void checkLanguage(Document doc, String pointer, String key, String lang, List<String> languages) {
        if (!languages.contains(lang)) {
            problems.add(doc.file(), doc.keyLine(pointer), key + " is for '" + lang + "', which is not in languages " + languages,
                    "add " + lang + " to languages in business.yaml, or remove " + key);
        }
    }

    private static Map<String, Map<String, String>> freeze(Map<String, Map<String, String>> texts) {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        texts.forEach((k, v) -> out.put(k, Map.copyOf(v)));
        return out;
    }
}
