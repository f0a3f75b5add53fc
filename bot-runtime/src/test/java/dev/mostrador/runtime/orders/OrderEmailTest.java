package dev.mostrador.runtime.orders;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mostrador.core.model.Business;
import dev.mostrador.core.port.OrderSink;
import dev.mostrador.runtime.notify.OwnerMessage;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The owner's order email in the owner's language, and the columns read from a flow's answers. */
class OrderEmailTest {
    private static final Business TACOS = OrderFixtures.business();

    @Test
    void anEnglishSpeakingOwnerReadsEnglish() {
        Business english = new Business("Joe's Tacos", "en", List.of("en", "es"), TACOS.timezone(), "USD", TACOS.address(),
                TACOS.mapsUrl(), TACOS.phone(), TACOS.hours(), TACOS.locations(), TACOS.paymentMethods(), TACOS.delivery(),
                TACOS.owner());
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("name", "Mary");
        answers.put("phone", "+1 555 0100");
        answers.put("payment", "card");
        answers.put("delivery", "delivery please");
        answers.put("notes", "no onions");
        OrderSink.PlacedOrder order = new OrderSink.PlacedOrder("web", "web-en", "quick_order", answers,
                List.of(new OrderSink.Line("taco-pastor", "Taco al pastor", 3, new BigDecimal("2.50"))),
                new BigDecimal("7.50"), "USD", Instant.parse("2026-11-25T18:00:00Z"));

        OwnerMessage mail = new OrderEmail(english).render("#0007", order, OrderDetails.of(order));

        assertThat(mail.subject()).isEqualTo("New order #0007 · Joe's Tacos");
        assertThat(mail.recipient()).isEqualTo("pedidos@tacoselguero.example");
        assertThat(mail.body()).isEqualTo("""
                Order #0007
                Name: Mary
                Phone: +1 555 0100

                3 × Taco al pastor at $2.50 = $7.50
                Total: $7.50

                Fulfilment: delivery
                Payment: card
                notes: no onions
                Channel: web (session web-en)
                Flow: quick_order
                """);
    }

    @Test
    void aQuoteWithoutLinesListsItsAnswers() {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("guests", "40");
        answers.put("when_where", "sabado 12 en Los Robles");
        answers.put("star_taco", "Taco al pastor");
        answers.put("name", "Carla");
        answers.put("phone", "85551234");
        OrderSink.PlacedOrder quote = new OrderSink.PlacedOrder("web", "web-taquiza", "taquiza", answers, List.of(),
                BigDecimal.ZERO, "NIO", Instant.parse("2026-11-25T18:00:00Z"));

        String body = new OrderEmail(TACOS).render("#0012", quote, OrderDetails.of(quote)).body();

        assertThat(body).contains("Nombre: Carla", "guests: 40", "when_where: sabado 12 en Los Robles", "Flujo: taquiza")
                .doesNotContain("Total");
    }

    @ParameterizedTest
    @CsvSource({
            "a domicilio, delivery",
            "Envío porfa, delivery",
            "delivery, delivery",
            "si, delivery",
            "paso a recoger, pickup",
            "para llevar, pickup",
            "pickup, pickup",
            "no, pickup"})
    void howTheCustomerGetsTheOrder(String answer, String expected) {
        OrderSink.PlacedOrder order = new OrderSink.PlacedOrder("web", "s", "quick_order", Map.of("entrega", answer), List.of(),
                BigDecimal.ZERO, "NIO", Instant.EPOCH);
        assertThat(OrderDetails.of(order).fulfilment()).isEqualTo(expected);
    }

    @Test
    void aFlowThatDoesNotAskIsAPickup() {
        OrderSink.PlacedOrder order = OrderFixtures.tacosAndCoke("s", Instant.EPOCH);
        assertThat(OrderDetails.of(order)).isEqualTo(new OrderDetails("Luis", "88881234", "efectivo", "pickup"));
    }
}
