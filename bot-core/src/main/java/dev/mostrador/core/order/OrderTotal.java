package dev.mostrador.core.order;

import dev.mostrador.core.model.Delivery;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The money side of an order, exact to the cent: the lines' subtotal, the delivery fee when the customer
 * chose delivery, and whether the business's delivery minimum is met (the minimum is on the subtotal,
 * before the fee, and applies only to delivery).
 */
public record OrderTotal(
        List<OrderLine> lines,
        BigDecimal subtotal,
        Fulfilment fulfilment,
        BigDecimal deliveryFee,
        BigDecimal minimumOrder,
        BigDecimal total) {

    public OrderTotal {
        lines = List.copyOf(lines);
        Objects.requireNonNull(subtotal, "subtotal");
        Objects.requireNonNull(fulfilment, "fulfilment");
        Objects.requireNonNull(deliveryFee, "deliveryFee");
        Objects.requireNonNull(minimumOrder, "minimumOrder");
        Objects.requireNonNull(total, "total");
    }

    /**
     * Totals for the lines. Delivery with a business that does not deliver is rejected: the flow should
     * have offered pickup only ({@link #deliveryOffered}).
     */
    public static OrderTotal of(List<OrderLine> lines, Delivery terms, Fulfilment fulfilment) {
        Objects.requireNonNull(lines, "lines");
        Delivery delivery = terms == null ? Delivery.NONE : terms;
        Fulfilment how = fulfilment == null ? Fulfilment.PICKUP : fulfilment;
        if (how == Fulfilment.DELIVERY && !delivery.enabled()) {
            throw new IllegalArgumentException("this business does not deliver; offer pickup instead");
        }
        BigDecimal subtotal = lines.stream().map(OrderLine::subtotal).reduce(BigDecimal.ZERO, BigDecimal::add);
        boolean delivered = how == Fulfilment.DELIVERY;
        BigDecimal fee = delivered ? delivery.fee() : BigDecimal.ZERO;
        BigDecimal minimum = delivered ? delivery.minimumOrder() : BigDecimal.ZERO;
        return new OrderTotal(lines, subtotal, how, fee, minimum, subtotal.add(fee));
    }

    public static boolean deliveryOffered(Delivery terms) {
        return terms != null && terms.enabled();
    }

    /** False only for a delivery order whose subtotal is under the business's minimum. */
    public boolean meetsMinimum() {
        return subtotal.compareTo(minimumOrder) >= 0;
    }

    /** How much more the customer must add to reach the delivery minimum (zero when met). */
    public BigDecimal missingForMinimum() {
        return meetsMinimum() ? BigDecimal.ZERO : minimumOrder.subtract(subtotal);
    }

    public int itemCount() {
        return lines.stream().mapToInt(OrderLine::quantity).sum();
    }

    /** "2 × Taco al pastor, 1 × Coca-Cola 600 ml" for confirmations and owner notifications. */
    public String itemsText() {
        return lines.stream().map(l -> l.quantity() + " × " + l.item().name()).collect(Collectors.joining(", "));
    }

    /** One line per item with its subtotal: "2 × Taco al pastor — C$ 50.00". */
    public String detailText(String currencyCode, String lang) {
        return lines.stream()
                .map(l -> l.quantity() + " × " + l.item().name() + " — " + Money.format(l.subtotal(), currencyCode, lang))
                .collect(Collectors.joining("\n"));
    }
}
