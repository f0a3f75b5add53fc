package dev.mostrador.core.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The optional vocabularies: synonyms.yaml (groups of equivalent words; stored as first word to the whole group,
 * groups with the same first word are merged) and intents.yaml (intent name to example messages).
 */
final class ExtrasReader {
    private ExtrasReader() {}

    static Map<String, List<String>> synonyms(Document doc) {
        Map<String, LinkedHashSet<String>> groups = new LinkedHashMap<>();
        if (doc == null || !doc.root().isArray()) return Map.of();
        for (JsonNode group : doc.root()) {
            List<String> words = BusinessReader.strings(group).stream().map(w -> w.trim().toLowerCase(Locale.ROOT)).filter(w -> !w.isEmpty()).toList();
            if (words.isEmpty()) continue;
            groups.computeIfAbsent(words.get(0), k -> new LinkedHashSet<>()).addAll(words);
        }
        Map<String, List<String>> out = new LinkedHashMap<>();
        groups.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return out;
    }

    static Map<String, List<String>> intents(Document doc) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (doc == null || !doc.root().isObject()) return out;
        doc.root().fields().forEachRemaining(f -> out.put(f.getKey(), new ArrayList<>(BusinessReader.strings(f.getValue()))));
        return out;
    }
}
