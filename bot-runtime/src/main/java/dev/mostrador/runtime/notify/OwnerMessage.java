package dev.mostrador.runtime.notify;

import java.util.Objects;

/**
 * A message for the owner, rendered in the owner's language. {@code recipient} is the owner's email from
 * business.yaml, or null when there is none (the message waits in the outbox until one is configured).
 */
public record OwnerMessage(String kind, String reference, String recipient, String subject, String body) {
    public OwnerMessage {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
        recipient = recipient == null || recipient.isBlank() ? null : recipient.trim();
    }
}
