package dev.mostrador.runtime.notify;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import jakarta.mail.MessagingException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the outbox's due messages every BOT_OUTBOX_INTERVAL. A failure is counted and retried with
 * exponential backoff (BOT_OUTBOX_RETRY_FIRST doubled per attempt, at most BOT_OUTBOX_RETRY_MAX); nothing is
 * ever dropped. Without BOT_SMTP_HOST messages stay pending and the count is logged when it changes.
 */
@Singleton
public class OutboxSender {
    private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);
    private static final int BATCH = 20;

    private final Outbox outbox;
    private final SmtpMailer mailer;
    private final MailSettings settings;
    private final Clock clock;
    private long lastPendingLogged = -1;

    public OutboxSender(Outbox outbox, SmtpMailer mailer, MailSettings settings, Clock clock) {
        this.outbox = outbox;
        this.mailer = mailer;
        this.settings = settings;
        this.clock = clock;
        LOG.info("Owner emails: {}", settings);
    }

    /** What one round did, for tests and the log. */
    public record Round(int sent, int failed, long pending) {}

    @Scheduled(fixedDelay = "${bot.outbox.interval:5s}", initialDelay = "${bot.outbox.interval:5s}")
    void scheduled() {
        try {
            sendDue();
        } catch (RuntimeException e) {
            // The database may be busy or closing; the next round tries again.
            LOG.warn("Outbox round failed: {}", e.toString());
        }
    }

    /** Sends every due message once; synchronized so a manual call never races the scheduled one. */
    public synchronized Round sendDue() {
        if (!mailer.enabled()) {
            long pending = outbox.pending();
            if (pending != lastPendingLogged) {
                if (pending > 0) LOG.warn("{} owner notification(s) pending in the outbox: BOT_SMTP_HOST is not set", pending);
                lastPendingLogged = pending;
            }
            return new Round(0, 0, pending);
        }
        int sent = 0;
        int failed = 0;
        List<OutboxRow> due = outbox.due(clock.instant(), BATCH);
        for (OutboxRow row : due) {
            if (send(row)) sent++;
            else failed++;
        }
        long pending = outbox.pending();
        lastPendingLogged = pending;
        return new Round(sent, failed, pending);
    }

    private boolean send(OutboxRow row) {
        int attempts = row.attempts() + 1;
        if (row.recipient() == null) {
            fail(row, attempts, "no owner email: set owner.email in business.yaml");
            return false;
        }
        try {
            mailer.send(row.recipient(), row.subject(), row.body());
            outbox.markSent(row.id(), clock.instant());
            LOG.info("Sent {} {} to the owner", row.kind(), row.reference());
            return true;
        } catch (MessagingException | RuntimeException e) {
            fail(row, attempts, describe(e));
            return false;
        }
    }

    private void fail(OutboxRow row, int attempts, String error) {
        Instant next = clock.instant().plus(backoff(attempts));
        outbox.markFailed(row.id(), attempts, next, error);
        LOG.warn("Could not send {} {} (attempt {}), retrying at {}: {}", row.kind(), row.reference(), attempts, next, error);
    }

    /** retryFirst × 2^(attempts-1), capped at retryMax. */
    Duration backoff(int attempts) {
        Duration wait = settings.retryFirst();
        for (int i = 1; i < attempts && wait.compareTo(settings.retryMax()) < 0; i++) wait = wait.multipliedBy(2);
        return wait.compareTo(settings.retryMax()) > 0 ? settings.retryMax() : wait;
    }

    private static String describe(Exception e) {
        StringBuilder s = new StringBuilder(e.toString());
        for (Throwable c = e.getCause(); c != null && s.length() < 400; c = c.getCause()) s.append(" <- ").append(c);
        return s.length() > 500 ? s.substring(0, 500) : s.toString();
    }
}
