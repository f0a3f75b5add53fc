package dev.mostrador.runtime.store;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** One confirmed order; answers and lines as JSON, the total as exact decimal text. */
@MappedEntity("orders")
public record OrderRow(
        @Id @GeneratedValue @Nullable Long id,
        String channel,
        String sessionId,
        String flowId,
        String answersJson,
        String linesJson,
        @Nullable String total,
        @Nullable String currency,
        String createdAt) {}
