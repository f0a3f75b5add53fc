package dev.mostrador.runtime.notify;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;

/** SQL for the outbox table. Callers own the transaction ({@link Outbox}). */
@JdbcRepository(dialect = Dialect.ANSI)
public interface OutboxRepository extends GenericRepository<OutboxRow, Long> {
    OutboxRow save(OutboxRow row);

    @Query("SELECT * FROM outbox WHERE sent_at IS NULL AND next_attempt_at <= :now ORDER BY id LIMIT :limit")
    List<OutboxRow> findDue(String now, int limit);

    @Query("UPDATE outbox SET recipient = :recipient, next_attempt_at = :now WHERE recipient IS NULL AND sent_at IS NULL")
    void addressUnaddressed(String recipient, String now);

    @Query("SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL")
    long countPending();

    @Query("UPDATE outbox SET attempts = attempts + 1, sent_at = :sentAt, last_error = NULL WHERE id = :id")
    void markSent(long id, String sentAt);

    @Query("UPDATE outbox SET attempts = :attempts, next_attempt_at = :nextAttemptAt, last_error = :lastError WHERE id = :id")
    void markFailed(long id, int attempts, String nextAttemptAt, String lastError);
}
