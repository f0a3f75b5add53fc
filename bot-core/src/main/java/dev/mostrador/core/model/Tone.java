package dev.mostrador.core.model;

import java.util.List;
import java.util.Map;

/**
 * How the bot talks. {@code texts} maps a key (greeting, fallback, escalate, closed_now, or a template name)
 * to its per-language texts (language code to text). Built-in defaults are filled in by the loader.
 */
public record Tone(String style, Map<String, Map<String, String>> texts, Map<String, List<String>> quickReplies) {
    public Tone {
        style = style == null ? "cercano" : style;
        texts = Map.copyOf(texts);
        quickReplies = Map.copyOf(quickReplies);
    }

    /** The text for {@code key} in {@code lang}, else in {@code defaultLang}, else null. */
    public String text(String key, String lang, String defaultLang) {
        Map<String, String> byLang = texts.get(key);
        if (byLang == null) return null;
        String t = byLang.get(lang);
        return t != null ? t : byLang.get(defaultLang);
    }

    public List<String> quickReplies(String lang, String defaultLang) {
        List<String> q = quickReplies.get(lang);
        return q != null ? q : quickReplies.getOrDefault(defaultLang, List.of());
    }
}
