package dev.mostrador.runtime.store;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** One row of the turns table; created_at is ISO-8601 UTC text so the file stays readable with sqlite3. */
@MappedEntity("turns")
public record TurnRow(
        @Id @GeneratedValue @Nullable Long id,
        String channel,
        String sessionId,
        String textIn,
        String textOut,
        @Nullable String intent,
        @Nullable String sourceKind,
        @Nullable String sourceId,
        @Nullable Double score,
        @Nullable String lang,
        long latencyMicros,
        String createdAt) {}
