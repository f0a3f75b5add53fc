package dev.mostrador.runtime.orders;

import dev.mostrador.core.port.OrderSink.PlacedOrder;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the orders table keeps in its own columns, read from a flow's answers by the usual variable names
 * (flows.yaml names them: name, phone, payment; a delivery step as fulfilment or delivery). A flow that does
 * not ask how the customer gets the order is a pickup.
 */
public record OrderDetails(String customerName, String phone, String paymentMethod, String fulfilment) {
    private static final List<String> NAME = List.of("name", "nombre", "customer_name");
    private static final List<String> PHONE = List.of("phone", "telefono", "tel", "whatsapp");
    private static final List<String> PAYMENT = List.of("payment", "payment_method", "pago", "forma_de_pago");
    private static final List<String> FULFILMENT = List.of("fulfilment", "fulfillment", "delivery", "entrega", "modalidad");
    private static final List<String> DELIVERY_WORDS = List.of("domicilio", "delivery", "envio", "enviar", "llevar a", "mandar", "a casa", "si");

    public static OrderDetails of(PlacedOrder order) {
        Map<String, String> a = order.answers();
        return new OrderDetails(first(a, NAME), first(a, PHONE), first(a, PAYMENT), fulfilment(first(a, FULFILMENT)));
    }

    static boolean isFulfilmentKey(String key) {
        return FULFILMENT.contains(key);
    }

    private static String first(Map<String, String> answers, List<String> keys) {
        for (String k : keys) {
            String v = answers.get(k);
            if (v != null && !v.isBlank()) return v.trim();
        }
        return null;
    }

    /** "a domicilio", "delivery", "envío", "sí" (to "¿te lo llevamos?") are deliveries; anything else is a pickup. */
    private static String fulfilment(String answer) {
        if (answer == null) return "pickup";
        String plain = Normalizer.normalize(answer.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "").trim();
        if (plain.contains("recoger") || plain.contains("pickup") || plain.contains("pick up") || plain.contains("para llevar")) {
            return "pickup";
        }
        for (String w : DELIVERY_WORDS) {
            if (plain.equals(w) || plain.contains(w) && w.length() > 2) return "delivery";
        }
        return "pickup";
    }
}
