package dev.mostrador.core.order;

import static dev.mostrador.core.order.TacoTruckMenu.byId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mostrador.core.model.Delivery;
import dev.mostrador.core.model.MenuItem;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderTotalTest {
    private static final Delivery TERMS = new Delivery(true, new BigDecimal("30"), new BigDecimal("150"), "30-45 min", "3 km");

    @Test
    void pickupHasNoFeeAndNoMinimum() {
        OrderTotal t = OrderTotal.of(List.of(new OrderLine(byId("taco-pastor"), 2)), TERMS, Fulfilment.PICKUP);
        assertThat(t.subtotal()).isEqualByComparingTo("50");
        assertThat(t.deliveryFee()).isEqualByComparingTo("0");
        assertThat(t.total()).isEqualByComparingTo("50");
        assertThat(t.meetsMinimum()).isTrue();
    }

    @Test
    void deliveryAddsTheFeeAndChecksTheMinimumOnTheSubtotal() {
        List<OrderLine> lines = List.of(new OrderLine(byId("taco-pastor"), 3), new OrderLine(byId("horchata"), 2));
        OrderTotal t = OrderTotal.of(lines, TERMS, Fulfilment.DELIVERY);
        assertThat(t.subtotal()).isEqualByComparingTo("125");
        assertThat(t.total()).isEqualByComparingTo("155");
        assertThat(t.meetsMinimum()).isFalse(); // 125 < 150 even though 155 with the fee is above it
        assertThat(t.missingForMinimum()).isEqualByComparingTo("25");
        assertThat(t.itemCount()).isEqualTo(5);
    }

    @Test
    void deliveryAtExactlyTheMinimumIsAccepted() {
        OrderTotal t = OrderTotal.of(List.of(new OrderLine(byId("taco-pastor"), 6)), TERMS, Fulfilment.DELIVERY);
        assertThat(t.subtotal()).isEqualByComparingTo("150");
        assertThat(t.meetsMinimum()).isTrue();
        assertThat(t.missingForMinimum()).isEqualByComparingTo("0");
        assertThat(t.total()).isEqualByComparingTo("180");
    }

    @Test
    void centsAreExact() {
        MenuItem cafe = new MenuItem("cafe", "Café", "Bebidas", new BigDecimal("0.10"), "", true, null, false, false, null);
        OrderTotal t = OrderTotal.of(List.of(new OrderLine(cafe, 3)),
                new Delivery(true, new BigDecimal("0.20"), BigDecimal.ZERO, "", ""), Fulfilment.DELIVERY);
        assertThat(t.subtotal()).isEqualTo(new BigDecimal("0.30")); // 0.1 * 3 in double would be 0.30000000000000004
        assertThat(t.total()).isEqualTo(new BigDecimal("0.50"));
    }

    @Test
    void deliveryFromABusinessThatDoesNotDeliverIsRejected() {
        assertThat(OrderTotal.deliveryOffered(Delivery.NONE)).isFalse();
        assertThatThrownBy(() -> OrderTotal.of(List.of(new OrderLine(byId("flan"), 1)), Delivery.NONE, Fulfilment.DELIVERY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not deliver");
    }

    @Test
    void textsForConfirmationAndOwner() {
        OrderTotal t = OrderTotal.of(List.of(new OrderLine(byId("taco-pastor"), 2), new OrderLine(byId("coca"), 1)),
                TERMS, Fulfilment.PICKUP);
        assertThat(t.itemsText()).isEqualTo("2 × Taco al pastor, 1 × Coca-Cola 600 ml");
        assertThat(t.detailText("NIO", "es")).isEqualTo("2 × Taco al pastor — C$ 50.00\n1 × Coca-Cola 600 ml — C$ 30.00");
    }

    @Test
    void fromAParsedMessageToATotal() {
        ParsedOrder order = new OrderParser(TacoTruckMenu.ITEMS).parse("6 de pastor y 2 horchatas a domicilio", "es");
        Fulfilment how = SlotExtractor.fulfilment("6 de pastor y 2 horchatas a domicilio").orElseThrow();
        OrderTotal t = OrderTotal.of(order.lines(), TERMS, how);
        assertThat(Money.format(t.total(), "NIO", "es")).isEqualTo("C$ 230.00");
    }

    @Test
    void aLineNeedsAPositiveQuantity() {
        assertThatThrownBy(() -> new OrderLine(byId("flan"), 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
