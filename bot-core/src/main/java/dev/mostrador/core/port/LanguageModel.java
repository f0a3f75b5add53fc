package dev.mostrador.core.port;

import java.util.List;
import java.util.Optional;

/**
 * An optional LLM (api_llm / local_llm modes). In rag_only mode there is none and the engine answers
 * from the business files alone. Empty when the model cannot answer (down, timed out, refused).
 */
public interface LanguageModel {
    Optional<String> complete(String system, List<String> context, String question, String lang);
}
