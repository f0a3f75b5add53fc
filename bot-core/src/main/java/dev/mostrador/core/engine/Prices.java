package dev.mostrador.core.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/** Prices as customers read them in the business currency: "C$ 25", "C$ 12.50", "$ 3.50". */
final class Prices {
    private static final Map<String, String> SYMBOLS = Map.of(
            "NIO", "C$", "USD", "$", "MXN", "$", "EUR", "€", "CRC", "₡", "GTQ", "Q", "HNL", "L", "COP", "$", "ARS", "$",
            "PEN", "S/");

    private Prices() {}

    /** The order module's formatting, so menu answers and order totals read the same: "C$ 25.00". */
    static String format(BigDecimal amount, String currency, String lang) {
        try {
            return dev.mostrador.core.order.Money.format(amount, currency, lang);
        } catch (IllegalArgumentException unknownCurrency) {
            return symbol(currency) + " " + number(amount);
        }
    }

    /** "C$" for NIO; the ISO code itself when we know no symbol. */
    static String symbol(String currency) {
        return SYMBOLS.getOrDefault(currency, currency);
    }

    /** "60", "10.50": whole amounts without decimals. */
    static String number(BigDecimal amount) {
        BigDecimal a = amount.setScale(2, RoundingMode.HALF_UP);
        return a.stripTrailingZeros().scale() <= 0 ? a.setScale(0, RoundingMode.UNNECESSARY).toPlainString() : a.toPlainString();
    }
}
