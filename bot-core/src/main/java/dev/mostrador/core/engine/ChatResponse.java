package dev.mostrador.core.engine;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The engine's answer, shaped exactly as the chat API's response (../shared/spec/chat-api.md). */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ChatResponse(
        @JsonProperty("session_id") String sessionId,
        @JsonProperty("replies") List<Reply> replies,
        @JsonProperty("intent") String intent,
        @JsonProperty("source") Source source,
        @JsonProperty("flow") FlowRef flow,
        @JsonProperty("lang") String lang) {

    public ChatResponse {
        replies = List.copyOf(replies);
    }

    public record Reply(@JsonProperty("text") String text, @JsonProperty("quick_replies") List<String> quickReplies) {
        public Reply {
            quickReplies = quickReplies == null ? List.of() : List.copyOf(quickReplies);
        }
    }

    /** kind: faq menu doc flow template llm fallback handoff; score in [0,1] where one applies. */
    public record Source(@JsonProperty("kind") String kind, @JsonProperty("id") String id, @JsonProperty("score") Double score) {}

    public record FlowRef(@JsonProperty("id") String id, @JsonProperty("step") String step) {}

    /** All reply texts joined, for tests and logs. */
    public String text() {
        return String.join("\n", replies.stream().map(Reply::text).toList());
    }
}
