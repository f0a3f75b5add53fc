package dev.mostrador.core.port;

import dev.mostrador.core.engine.SessionState;
import java.util.Optional;

/** Keeps each conversation's state between turns (and across restarts, in the runtime). */
public interface SessionStore {
    Optional<SessionState> load(String sessionId);

    void save(SessionState state);
}
