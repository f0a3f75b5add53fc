package dev.mostrador.runtime.web;

import dev.mostrador.runtime.RuntimeSettings;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Optional;

/** The per-session and per-client limits on chat messages (BOT_RATE_LIMIT_*_PER_MIN). */
@Singleton
public class RateLimits {
    private final TokenBuckets perSession;
    private final TokenBuckets perClient;

    public RateLimits(RuntimeSettings settings) {
        this.perSession = new TokenBuckets(settings.sessionPerMin());
        this.perClient = new TokenBuckets(settings.clientPerMin());
    }

    /** Empty when the message may be answered; else the whole seconds to wait (at least 1). */
    public Optional<Long> retryAfterSeconds(String sessionId, String clientAddress) {
        long now = System.nanoTime();
        Optional<Duration> wait = perClient.take(clientAddress, now).or(() -> perSession.take(sessionId, now));
        return wait.map(d -> Math.max(1, (d.toMillis() + 999) / 1000));
    }
}
