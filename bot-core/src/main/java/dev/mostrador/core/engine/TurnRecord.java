package dev.mostrador.core.engine;

import java.time.Instant;

/** What one turn was: stored by the runtime for analytics and audits. */
public record TurnRecord(
        String channel,
        String sessionId,
        String textIn,
        String textOut,
        String intent,
        String sourceKind,
        String sourceId,
        Double score,
        String lang,
        long latencyMicros,
        Instant at) {}
