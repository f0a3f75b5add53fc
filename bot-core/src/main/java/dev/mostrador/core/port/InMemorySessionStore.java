package dev.mostrador.core.port;

import dev.mostrador.core.engine.SessionState;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Session state kept in memory: for the batch command, the plugin's tests and core tests. */
public final class InMemorySessionStore implements SessionStore {
    private final ConcurrentHashMap<String, SessionState> states = new ConcurrentHashMap<>();

    @Override
    public Optional<SessionState> load(String sessionId) {
        return Optional.ofNullable(states.get(sessionId));
    }

    @Override
    public void save(SessionState state) {
        states.put(state.sessionId(), state);
    }
}
