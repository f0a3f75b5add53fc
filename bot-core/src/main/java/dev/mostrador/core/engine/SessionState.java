package dev.mostrador.core.engine;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Map;

/**
 * A conversation's state between turns, serializable to JSON so the runtime can persist it.
 * {@code lastIntent}/{@code lastSourceKind}/{@code lastSourceId} give short follow-ups their context;
 * {@code flow} is the running guided flow, or null. {@code fallbacks} counts fallbacks in a row (a hand-off
 * is offered after two); {@code pending} names what a bare "sí" would accept next (e.g. "handoff"), or null.
 */
public record SessionState(
        @JsonProperty("session_id") String sessionId,
        @JsonProperty("lang") String lang,
        @JsonProperty("last_intent") String lastIntent,
        @JsonProperty("last_source_kind") String lastSourceKind,
        @JsonProperty("last_source_id") String lastSourceId,
        @JsonProperty("flow") FlowState flow,
        @JsonProperty("updated_at") Instant updatedAt,
        @JsonProperty("fallbacks") int fallbacks,
        @JsonProperty("pending") String pending) {

    @JsonCreator
    public SessionState {}

    public SessionState(String sessionId, String lang, String lastIntent, String lastSourceKind, String lastSourceId,
                        FlowState flow, Instant updatedAt) {
        this(sessionId, lang, lastIntent, lastSourceKind, lastSourceId, flow, updatedAt, 0, null);
    }

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
