package dev.mostrador.core.engine;

import java.time.Duration;

/**
 * Limits of guided flows that bot.yaml does not (yet) carry: how long a flow may sit idle before it is
 * dropped, and the largest quantity one order line may have. Read from system properties
 * {@code mostrador.flow.idle-minutes} (default 30) and {@code mostrador.order.max-per-line} (default 20),
 * so an operator can tune them without a schema change.
 */
public record FlowOptions(Duration idle, int maxPerLine) {
    public static final Duration DEFAULT_IDLE = Duration.ofMinutes(30);
    public static final int DEFAULT_MAX_PER_LINE = 20;
    public static final String IDLE_PROPERTY = "mostrador.flow.idle-minutes";
    public static final String MAX_PROPERTY = "mostrador.order.max-per-line";

    public FlowOptions {
        if (idle == null || idle.isNegative() || idle.isZero()) idle = DEFAULT_IDLE;
        if (maxPerLine < 1) maxPerLine = DEFAULT_MAX_PER_LINE;
    }

    public static FlowOptions defaults() {
        return new FlowOptions(DEFAULT_IDLE, DEFAULT_MAX_PER_LINE);
    }

    /** The defaults, overridden by the system properties when they hold positive whole numbers. */
    public static FlowOptions fromSystemProperties() {
        long minutes = positive(System.getProperty(IDLE_PROPERTY), DEFAULT_IDLE.toMinutes());
        long max = positive(System.getProperty(MAX_PROPERTY), DEFAULT_MAX_PER_LINE);
        return new FlowOptions(Duration.ofMinutes(minutes), (int) Math.min(max, 10_000));
    }

    private static long positive(String value, long fallback) {
        if (value == null || value.isBlank()) return fallback;
        try {
            long v = Long.parseLong(value.strip());
            return v > 0 ? v : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
