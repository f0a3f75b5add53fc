package dev.mostrador.core.load;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mostrador.core.model.BotConfig;
import java.util.List;

/**
 * bot.yaml into {@link BotConfig}; ranges and names are checked by bot.schema.json. A mode that uses a language
 * model needs {@code llm:} with a model, and a provider we know or a base_url.
 */
final class BotReader {
    static final List<String> PROVIDERS = List.of("openai", "groq", "gemini", "ollama");

    private BotReader() {}

    static BotConfig read(Document doc, Problems problems) {
        if (doc == null || !doc.root().isObject()) return BotConfig.DEFAULT;
        JsonNode root = doc.root();
        String mode = BusinessReader.text(root, "mode");
        JsonNode llmNode = root.get("llm");
        boolean usesModel = "api_llm".equals(mode) || "local_llm".equals(mode);
        if (usesModel && (llmNode == null || llmNode.isObject() && BusinessReader.text(llmNode, "model") == null)) {
            problems.add(doc.file(), doc.keyLine(llmNode == null ? "/mode" : "/llm"), "mode " + mode + " needs a language model, but llm: has no model",
                    "add llm: with provider and model (e.g. provider: openai, model: gpt-4o-mini), or use mode: rag_only");
        }
        if (llmNode != null && llmNode.isObject()) {
            String provider = BusinessReader.text(llmNode, "provider");
            if (provider != null && !PROVIDERS.contains(provider) && BusinessReader.text(llmNode, "base_url") == null) {
                problems.add(doc, "/llm/provider", "unknown provider '" + provider + "'",
                        Spelling.didYouMean(provider, PROVIDERS, "", "") + "use " + String.join(", ", PROVIDERS)
                                + ", or add base_url: for any OpenAI-compatible service");
            }
        }
        BotConfig.Llm llm = null;
        JsonNode l = root.get("llm");
        if (l != null && l.isObject()) {
            llm = new BotConfig.Llm(BusinessReader.text(l, "provider"), BusinessReader.text(l, "model"),
                    l.path("temperature").isNumber() ? l.get("temperature").asDouble() : 0.2, BusinessReader.text(l, "base_url"));
        }
        JsonNode r = root.get("retrieval");
        BotConfig.Retrieval retrieval = BotConfig.Retrieval.DEFAULT;
        if (r != null && r.isObject()) {
            retrieval = new BotConfig.Retrieval(
                    r.path("top_k").isIntegralNumber() ? r.get("top_k").asInt() : retrieval.topK(),
                    r.path("min_score").isNumber() ? r.get("min_score").asDouble() : retrieval.minScore());
        }
        return new BotConfig(BusinessReader.text(root, "mode"), llm, retrieval);
    }
}
