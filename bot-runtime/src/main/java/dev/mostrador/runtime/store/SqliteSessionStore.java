package dev.mostrador.runtime.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.mostrador.core.engine.SessionState;
import dev.mostrador.core.port.SessionStore;
import io.micronaut.data.connection.annotation.Connectable;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps each conversation's state in SQLite as JSON, so an order in progress survives a restart.
 * State written by an older version that no longer reads is dropped: the customer starts afresh.
 * {@code @Connectable}: Micronaut Data would open finders' connections read-only, which SQLite's driver
 * refuses once a connection is open; a plain connection around the call avoids that.
 */
@Singleton
@Connectable
public class SqliteSessionStore implements SessionStore {
    private static final Logger LOG = LoggerFactory.getLogger(SqliteSessionStore.class);
    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final SessionRepository sessions;

    public SqliteSessionStore(SessionRepository sessions) {
        this.sessions = sessions;
    }

    @Override
    public Optional<SessionState> load(String sessionId) {
        return sessions.findById(sessionId).flatMap(row -> {
            try {
                return Optional.of(JSON.readValue(row.stateJson(), SessionState.class));
            } catch (JsonProcessingException e) {
                LOG.warn("Dropping unreadable state of session {}: {}", sessionId, e.getOriginalMessage());
                return Optional.empty();
            }
        });
    }

    @Override
    public void save(SessionState state) {
        String json;
        try {
            json = JSON.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("session state is not serializable: " + e.getOriginalMessage(), e);
        }
        Instant at = state.updatedAt() != null ? state.updatedAt() : Instant.now();
        sessions.upsert(state.sessionId(), json, at.toString());
    }
}
