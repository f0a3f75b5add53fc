package dev.mostrador.core.load;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mostrador.core.model.BotConfig;

/** bot.yaml into {@link BotConfig}; ranges and names are checked by bot.schema.json. */
final class BotReader {
    private BotReader() {}

    static BotConfig read(Document doc) {
        if (doc == null || !doc.root().isObject()) return BotConfig.DEFAULT;
        JsonNode root = doc.root();
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
