package dev.mostrador.core.model;

import java.math.BigDecimal;

/** Delivery terms; {@link #NONE} when the business does not deliver. */
public record Delivery(boolean enabled, BigDecimal fee, BigDecimal minimumOrder, String eta, String area) {
    public static final Delivery NONE = new Delivery(false, BigDecimal.ZERO, BigDecimal.ZERO, "", "");

    public Delivery {
        fee = fee == null ? BigDecimal.ZERO : fee;
        minimumOrder = minimumOrder == null ? BigDecimal.ZERO : minimumOrder;
        eta = eta == null ? "" : eta;
        area = area == null ? "" : area;
    }
}
