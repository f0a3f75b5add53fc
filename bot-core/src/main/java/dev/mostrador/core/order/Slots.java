package dev.mostrador.core.order;

import java.util.List;
import java.util.Optional;

/**
 * Answers to other order questions found in the same message ("... a nombre de Luis, pago en efectivo"),
 * so the flow can skip those steps. {@code payment} is spelled as in the business's payment_methods.
 */
public record Slots(
        Optional<String> name,
        Optional<String> phone,
        Optional<String> payment,
        Optional<Fulfilment> fulfilment,
        List<Span> consumed) {

    public static final Slots NONE = new Slots(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of());

    public Slots {
        name = name == null ? Optional.empty() : name;
        phone = phone == null ? Optional.empty() : phone;
        payment = payment == null ? Optional.empty() : payment;
        fulfilment = fulfilment == null ? Optional.empty() : fulfilment;
        consumed = List.copyOf(consumed);
    }
}
