package dev.mostrador.core.engine;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Map;

/**
 * A conversation's state between turns, serializable to JSON so the runtime can persist it.
 * {@code lastIntent}/{@code lastSourceKind}/{@code lastSourceId} give short follow-ups their context;
 * {@code flow} is the running guided flow, or null.
 */
public record SessionState(
        @JsonProperty("session_id") String sessionId,
        @JsonProperty("lang") String lang,
        @JsonProperty("last_intent") String lastIntent,
        @JsonProperty("last_source_kind") String lastSourceKind,
        @JsonProperty("last_source_id") String lastSourceId,
        @JsonProperty("flow") FlowState flow,
        @JsonProperty("updated_at") Instant updatedAt) {

    public static SessionState fresh(String sessionId, String lang, Instant now) {
        return new SessionState(sessionId, lang, null, null, null, null, now);
    }

    /** A running flow: which step is being asked and what the customer gave so far (var to JSON-able value). */
    public record FlowState(
            @JsonProperty("flow_id") String flowId,
            @JsonProperty("step") String step,
            @JsonProperty("vars") Map<String, Object> vars,
            @JsonProperty("started_at") Instant startedAt) {}
}
