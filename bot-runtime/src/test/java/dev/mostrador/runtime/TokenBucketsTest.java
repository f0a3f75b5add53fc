package dev.mostrador.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mostrador.runtime.web.TokenBuckets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class TokenBucketsTest {
    private static final long SECOND = Duration.ofSeconds(1).toNanos();

    @Test
    void allowsABurstThenRefillsEvenlyOverAMinute() {
        TokenBuckets buckets = new TokenBuckets(6); // one token every 10 s
        long t0 = 1_000 * SECOND;
        for (int i = 0; i < 6; i++) assertThat(buckets.take("web-1", t0)).isEmpty();

        assertThat(buckets.take("web-1", t0)).hasValueSatisfying(wait ->
                assertThat(wait).isBetween(Duration.ofMillis(9_990), Duration.ofSeconds(10)));
        assertThat(buckets.take("web-1", t0 + 5 * SECOND)).hasValueSatisfying(wait ->
                assertThat(wait).isBetween(Duration.ofMillis(4_990), Duration.ofSeconds(5)));
        assertThat(buckets.take("web-1", t0 + 10 * SECOND)).isEmpty();
        assertThat(buckets.take("web-2", t0)).as("other keys have their own bucket").isEmpty();
    }

    @Test
    void neverHoldsMoreThanItsCapacity() {
        TokenBuckets buckets = new TokenBuckets(2);
        long t0 = 0;
        assertThat(buckets.take("a", t0)).isEmpty();
        long later = t0 + 3600 * SECOND;
        assertThat(buckets.take("a", later)).isEmpty();
        assertThat(buckets.take("a", later)).isEmpty();
        assertThat(buckets.take("a", later)).isPresent();
    }

    @Test
    void zeroMeansNoLimit() {
        TokenBuckets buckets = new TokenBuckets(0);
        for (int i = 0; i < 1000; i++) assertThat(buckets.take("a", 0)).isEmpty();
    }
}
