package dev.mostrador.runtime.store;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Optional;

/** SQL for the sessions table. */
@JdbcRepository(dialect = Dialect.ANSI)
public interface SessionRepository extends GenericRepository<SessionRow, String> {
    Optional<SessionRow> findById(String sessionId);

    /** One statement, so concurrent turns of one session never fail on a duplicate key. */
    @Query("INSERT INTO sessions (session_id, state_json, updated_at) VALUES (:sessionId, :stateJson, :updatedAt)"
            + " ON CONFLICT (session_id) DO UPDATE SET state_json = excluded.state_json, updated_at = excluded.updated_at")
    void upsert(String sessionId, String stateJson, String updatedAt);
}
