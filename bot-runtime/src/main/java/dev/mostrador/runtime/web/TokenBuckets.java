package dev.mostrador.runtime.web;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One token bucket per key, in memory: {@code perMinute} messages in a burst, refilled evenly over a minute.
 * Idle buckets are dropped once many keys are held, so a stream of fresh session ids cannot grow the heap.
 */
public final class TokenBuckets {
    private static final int PRUNE_ABOVE = 10_000;

    private final int perMinute;
    private final double tokensPerNano;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public TokenBuckets(int perMinute) {
        this.perMinute = perMinute;
        this.tokensPerNano = perMinute / (double) Duration.ofMinutes(1).toNanos();
    }

    /** Empty when the key may go ahead (a token is taken); else how long until it may. */
    public Optional<Duration> take(String key, long nowNanos) {
        if (perMinute <= 0) return Optional.empty();
        if (buckets.size() > PRUNE_ABOVE) prune(nowNanos);
        Bucket bucket = buckets.computeIfAbsent(key, k -> new Bucket(perMinute, nowNanos));
        synchronized (bucket) {
            bucket.refill(nowNanos, perMinute, tokensPerNano);
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return Optional.empty();
            }
            return Optional.of(Duration.ofNanos((long) Math.ceil((1 - bucket.tokens) / tokensPerNano)));
        }
    }

    int size() {
        return buckets.size();
    }

    private void prune(long nowNanos) {
        buckets.entrySet().removeIf(e -> {
            synchronized (e.getValue()) {
                e.getValue().refill(nowNanos, perMinute, tokensPerNano);
                return e.getValue().tokens >= perMinute;
            }
        });
    }

    private static final class Bucket {
        double tokens;
        long at;

        Bucket(double tokens, long at) {
            this.tokens = tokens;
            this.at = at;
        }

        void refill(long now, int capacity, double perNano) {
            if (now > at) {
                tokens = Math.min(capacity, tokens + (now - at) * perNano);
                at = now;
            }
        }
    }
}
