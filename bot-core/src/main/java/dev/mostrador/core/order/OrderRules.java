package dev.mostrador.core.order;

/** Limits the parser applies to what a customer asks for. */
public record OrderRules(int maxQuantityPerLine) {
    public static final OrderRules DEFAULT = new OrderRules(20);

    public OrderRules {
        if (maxQuantityPerLine < 1) {
            throw new IllegalArgumentException("maxQuantityPerLine must be at least 1, was " + maxQuantityPerLine);
        }
    }
}
