package dev.mostrador.runtime.orders;

import dev.mostrador.core.model.Business;
import dev.mostrador.core.order.Money;
import dev.mostrador.core.port.OrderSink.Line;
import dev.mostrador.core.port.OrderSink.PlacedOrder;
import dev.mostrador.runtime.notify.OwnerMessage;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

/** The owner's email about a new order, in the business's language (Spanish unless it is English). */
public final class OrderEmail {
    /** Answers shown in their own lines; any other answer (guests, date...) is listed after them. */
    private static final Set<String> SHOWN = Set.of("items", "name", "phone", "payment");

    private final Business business;

    public OrderEmail(Business business) {
        this.business = business;
    }

    public OwnerMessage render(String reference, PlacedOrder order, OrderDetails details) {
        boolean en = "en".equals(business.language());
        String subject = (en ? "New order " : "Pedido nuevo ") + reference + " · " + business.name();
        StringBuilder b = new StringBuilder();
        b.append(en ? "Order " : "Pedido ").append(reference).append('\n');
        line(b, en ? "Name" : "Nombre", details.customerName());
        line(b, en ? "Phone" : "Teléfono", details.phone());
        if (!order.lines().isEmpty()) {
            b.append('\n');
            for (Line l : order.lines()) {
                BigDecimal subtotal = l.unitPrice().multiply(BigDecimal.valueOf(l.quantity()));
                b.append(l.quantity()).append(" × ").append(l.name()).append(en ? " at " : " a ").append(money(l.unitPrice(), order.currency()))
                        .append(" = ").append(money(subtotal, order.currency())).append('\n');
            }
            b.append("Total: ").append(money(order.total(), order.currency())).append('\n').append('\n');
        }
        line(b, en ? "Fulfilment" : "Entrega", fulfilment(details.fulfilment(), en));
        line(b, en ? "Payment" : "Pago", details.paymentMethod());
        for (Map.Entry<String, String> a : order.answers().entrySet()) {
            if (!SHOWN.contains(a.getKey()) && !OrderDetails.isFulfilmentKey(a.getKey())) line(b, a.getKey(), a.getValue());
        }
        line(b, en ? "Channel" : "Canal", order.channel() + (en ? " (session " : " (sesión ") + order.sessionId() + ")");
        line(b, en ? "Flow" : "Flujo", order.flowId());
        return new OwnerMessage("order", reference, business.owner().email(), subject, b.toString());
    }

    private String money(BigDecimal amount, String currency) {
        return Money.format(amount, currency, business.language());
    }

    private static String fulfilment(String value, boolean en) {
        if ("delivery".equals(value)) return en ? "delivery" : "a domicilio";
        return en ? "pickup" : "para recoger";
    }

    private static void line(StringBuilder b, String label, String value) {
        if (value != null && !value.isBlank()) b.append(label).append(": ").append(value).append('\n');
    }
}
