package dev.mostrador.core.classify;

import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;

/**
 * The in-process MiniLM (all-MiniLM-L6-v2) as a {@link TextEmbedder}. Loading takes seconds: create one and
 * share it. The runtime's shared embedder replaces this once it exists.
 */
public final class MiniLmTextEmbedder implements TextEmbedder {
    private final AllMiniLmL6V2EmbeddingModel model = new AllMiniLmL6V2EmbeddingModel();

    @Override
    public float[] embed(String text) {
        // MiniLM rejects empty input; a lone space embeds as "nothing said".
        String t = text == null || text.isBlank() ? " " : text;
        return model.embed(t).content().vector();
    }
}
