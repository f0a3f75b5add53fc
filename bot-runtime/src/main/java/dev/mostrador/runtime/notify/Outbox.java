package dev.mostrador.runtime.notify;

import dev.mostrador.runtime.orders.StoredTime;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The outbox: messages to the owner are written here (inside the caller's transaction when there is one, so
 * an order and its email commit together) and sent later by {@link OutboxSender}.
 */
@Singleton
@Transactional
public class Outbox {
    private final OutboxRepository rows;
    private final Clock clock;

    public Outbox(OutboxRepository rows, Clock clock) {
        this.rows = rows;
        this.clock = clock;
    }

    /** Queues a message, due now. Joins the caller's transaction. */
    public OutboxRow enqueue(OwnerMessage m) {
        String now = StoredTime.of(clock.instant());
        return rows.save(new OutboxRow(null, m.kind(), m.reference(), m.recipient(), m.subject(), m.body(), 0, now, null, null, now));
    }

    /** Pending messages queued while business.yaml had no owner email go to this one, now. */
    public void addressUnaddressed(String recipient) {
        if (recipient != null && !recipient.isBlank()) rows.addressUnaddressed(recipient.trim(), StoredTime.of(clock.instant()));
    }

    public List<OutboxRow> due(Instant now, int limit) {
        return rows.findDue(StoredTime.of(now), limit);
    }

    public long pending() {
        return rows.countPending();
    }

    public void markSent(long id, Instant at) {
        rows.markSent(id, StoredTime.of(at));
    }

    public void markFailed(long id, int attempts, Instant nextAttempt, String error) {
        rows.markFailed(id, attempts, StoredTime.of(nextAttempt), error);
    }
}
