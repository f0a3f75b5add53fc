package dev.mostrador.core.model;

/** The answering engine's settings from bot.yaml. */
public record BotConfig(String mode, Llm llm, Retrieval retrieval) {
    public static final BotConfig DEFAULT = new BotConfig("rag_only", null, Retrieval.DEFAULT);

    public BotConfig {
        mode = mode == null ? "rag_only" : mode;
        retrieval = retrieval == null ? Retrieval.DEFAULT : retrieval;
    }

    public record Llm(String provider, String model, double temperature, String baseUrl) {}

    public record Retrieval(int topK, double minScore) {
        public static final Retrieval DEFAULT = new Retrieval(4, 0.5);
    }
}
