package dev.mostrador.core.model;

import java.util.List;
import java.util.Map;

/**
 * Everything an owner wrote, loaded and validated. {@code synonyms} (optional synonyms.yaml: a word to its
 * equivalents) and {@code intentExamples} (optional intents.yaml: intent name to example messages) extend the
 * built-in vocabularies.
 */
public record BusinessFolder(
        Business business,
        List<Faq> faqs,
        List<MenuItem> menu,
        Map<String, Flow> flows,
        Tone tone,
        BotConfig bot,
        List<DocChunk> docs,
        List<ConversationTest> tests,
        Map<String, List<String>> synonyms,
        Map<String, List<String>> intentExamples) {
    public BusinessFolder {
        faqs = List.copyOf(faqs);
        menu = menu == null ? List.of() : List.copyOf(menu);
        flows = flows == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(flows));
        bot = bot == null ? BotConfig.DEFAULT : bot;
        docs = docs == null ? List.of() : List.copyOf(docs);
        tests = tests == null ? List.of() : List.copyOf(tests);
        synonyms = synonyms == null ? Map.of() : Map.copyOf(synonyms);
        intentExamples = intentExamples == null ? Map.of() : Map.copyOf(intentExamples);
    }
}
