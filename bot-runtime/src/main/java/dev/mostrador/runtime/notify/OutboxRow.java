package dev.mostrador.runtime.notify;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** One message to the owner waiting to be sent (sent_at null) or already sent. */
@MappedEntity("outbox")
public record OutboxRow(
        @Id @GeneratedValue @Nullable Long id,
        String kind,
        String reference,
        @Nullable String recipient,
        String subject,
        String body,
        int attempts,
        String nextAttemptAt,
        @Nullable String lastError,
        @Nullable String sentAt,
        String createdAt) {}
