package dev.mostrador.runtime.store;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** One conversation's state as JSON, keyed by the client's session id. */
@MappedEntity("sessions")
public record SessionRow(@Id String sessionId, String stateJson, String updatedAt) {}
