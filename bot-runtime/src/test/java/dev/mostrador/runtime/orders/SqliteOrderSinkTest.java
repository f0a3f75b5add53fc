package dev.mostrador.runtime.orders;

import static dev.mostrador.runtime.orders.OrderFixtures.query;
import static dev.mostrador.runtime.orders.OrderFixtures.tacosAndCoke;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mostrador.core.port.OrderSink;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The order sink against a real SQLite file: one transaction, idempotent, readable numbers, exact money. */
@MicronautTest(transactional = false) // the sink commits its own transactions; the test must not wrap them
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SqliteOrderSinkTest implements TestPropertyProvider {
    private static final Instant NOON = Instant.parse("2026-11-25T18:00:00Z");

    private final Path dataDir = OrderFixtures.tempDataDir("orders");
    private OrderSink sink;

    @Inject OrderDesk desk;
    @Inject OrderBook book;

    @Override
    public Map<String, String> getProperties() {
        // No bot is needed here: a bundle that does not exist makes loading fail at once instead of loading MiniLM.
        return Map.of("bot.data-dir", dataDir.toString(), "bot.bundle", dataDir.resolve("none.zip").toString(),
                "bot.outbox.interval", "1h");
    }

    @BeforeAll
    void sinkForTheExampleBusiness() {
        sink = desk.sinkFor(OrderFixtures.business());
    }

    @Test
    void storesTheOrderItsLinesAndTheOwnersEmailInOneGo() {
        String reference = sink.place(tacosAndCoke("web-uno", NOON));

        assertThat(reference).matches("#\\d{4}");
        long number = Long.parseLong(reference.substring(1));
        Map<String, Object> order = query(dataDir, "SELECT * FROM orders WHERE number = " + number).get(0);
        assertThat(order).containsEntry("customer_name", "Luis").containsEntry("phone", "88881234")
                .containsEntry("total", "165").containsEntry("currency", "NIO").containsEntry("fulfilment", "pickup")
                .containsEntry("payment_method", "efectivo").containsEntry("status", "new").containsEntry("channel", "web")
                .containsEntry("session_id", "web-uno").containsEntry("flow_id", "quick_order")
                .containsEntry("created_at", "2026-11-25T18:00:00.000Z");
        assertThat(query(dataDir, "SELECT position, item_id, name, quantity, unit_price FROM order_lines WHERE order_id = "
                + order.get("id") + " ORDER BY position")).containsExactly(
                Map.of("position", 1, "item_id", "taco-pastor", "name", "Taco al pastor", "quantity", 2, "unit_price", "60"),
                Map.of("position", 2, "item_id", "coca-normal", "name", "Coca-Cola 600 ml", "quantity", 1, "unit_price", "45"));
        List<Map<String, Object>> outbox = query(dataDir, "SELECT * FROM outbox WHERE reference = '" + reference + "'");
        assertThat(outbox).hasSize(1);
        assertThat(outbox.get(0)).containsEntry("kind", "order").containsEntry("recipient", "pedidos@tacoselguero.example")
                .containsEntry("attempts", 0).containsEntry("sent_at", null);
        assertThat((String) outbox.get(0).get("body")).contains("Luis", "C$ 165.00");
    }

    @Test
    void numbersReadInOrder() {
        String first = sink.place(tacosAndCoke("web-num-1", NOON));
        String second = sink.place(tacosAndCoke("web-num-2", NOON));
        String third = sink.place(tacosAndCoke("web-num-3", NOON));

        long n = Long.parseLong(first.substring(1));
        assertThat(List.of(second, third)).containsExactly(OrderNumbers.reference(n + 1), OrderNumbers.reference(n + 2));
        assertThat(OrderNumbers.reference(1)).isEqualTo("#0001");
        assertThat(OrderNumbers.reference(42)).isEqualTo("#0042");
        assertThat(OrderNumbers.reference(12345)).isEqualTo("#12345");
    }

    @Test
    void aRepeatedSiOrARetriedRequestKeepsOneOrder() {
        String first = sink.place(tacosAndCoke("web-dos-veces", NOON));
        // The retry arrives a few seconds later: the request time is not part of the draft.
        String again = sink.place(tacosAndCoke("web-dos-veces", NOON.plusSeconds(4)));

        assertThat(again).isEqualTo(first);
        assertThat(query(dataDir, "SELECT COUNT(*) AS n FROM orders WHERE session_id = 'web-dos-veces'").get(0)).containsEntry("n", 1);
        assertThat(query(dataDir, "SELECT COUNT(*) AS n FROM outbox WHERE reference = '" + first + "'").get(0)).containsEntry("n", 1);
    }

    @Test
    void concurrentDoubleSubmitsStoreOneOrder() throws Exception {
        int submits = 6;
        ExecutorService pool = Executors.newFixedThreadPool(submits);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        try {
            for (int i = 0; i < submits; i++) {
                Instant at = NOON.plusMillis(i * 7L);
                Callable<String> submit = () -> {
                    go.await();
                    return sink.place(tacosAndCoke("web-doble-click", at));
                };
                results.add(pool.submit(submit));
            }
            go.countDown();
            List<String> references = new ArrayList<>();
            for (Future<String> f : results) references.add(f.get());
            assertThat(references).hasSize(submits).containsOnly(references.get(0));
        } finally {
            pool.shutdownNow();
        }
        assertThat(query(dataDir, "SELECT COUNT(*) AS n FROM orders WHERE session_id = 'web-doble-click'").get(0)).containsEntry("n", 1);
        assertThat(query(dataDir, "SELECT COUNT(*) AS n FROM outbox o JOIN orders r ON o.reference = '#' || printf('%04d', r.number)"
                + " WHERE r.session_id = 'web-doble-click'").get(0)).containsEntry("n", 1);
    }

    @Test
    void theSameOrderAnHourLaterIsANewOrder() {
        String lunch = sink.place(tacosAndCoke("web-cliente-fiel", NOON));
        String dinner = sink.place(tacosAndCoke("web-cliente-fiel", NOON.plus(Duration.ofHours(1))));
        String dinnerRetried = sink.place(tacosAndCoke("web-cliente-fiel", NOON.plus(Duration.ofHours(1)).plusSeconds(2)));

        assertThat(dinner).isNotEqualTo(lunch);
        assertThat(dinnerRetried).isEqualTo(dinner);
        assertThat(query(dataDir, "SELECT COUNT(*) AS n FROM orders WHERE session_id = 'web-cliente-fiel'").get(0)).containsEntry("n", 2);
    }

    @Test
    void aDifferentDraftInTheSameSessionIsANewOrder() {
        OrderSink.PlacedOrder tacos = tacosAndCoke("web-cambio", NOON);
        OrderSink.PlacedOrder more = new OrderSink.PlacedOrder("web", "web-cambio", "quick_order", tacos.answers(),
                List.of(new OrderSink.Line("taco-pastor", "Taco al pastor", 3, new BigDecimal("60"))), new BigDecimal("180"), "NIO", NOON);

        assertThat(sink.place(more)).isNotEqualTo(sink.place(tacos));
    }

    @Test
    void whenTheOwnersEmailCannotBeQueuedTheOrderIsNotKeptEither() {
        // A real failure inside the transaction: SQLite refuses the outbox insert after the order and lines went in.
        OrderFixtures.execute(dataDir, "CREATE TRIGGER outbox_down BEFORE INSERT ON outbox"
                + " BEGIN SELECT RAISE(ABORT, 'outbox is down'); END");
        try {
            assertThatThrownBy(() -> sink.place(tacosAndCoke("web-sin-outbox", NOON))).hasStackTraceContaining("outbox is down");
        } finally {
            OrderFixtures.execute(dataDir, "DROP TRIGGER outbox_down");
        }
        assertThat(query(dataDir, "SELECT COUNT(*) AS n FROM orders WHERE session_id = 'web-sin-outbox'").get(0)).containsEntry("n", 0);
        assertThat(query(dataDir, "SELECT COUNT(*) AS n FROM order_lines WHERE order_id NOT IN (SELECT id FROM orders)").get(0))
                .containsEntry("n", 0);

        // Once the outbox works again the same confirmation stores the order.
        String reference = sink.place(tacosAndCoke("web-sin-outbox", NOON.plusSeconds(10)));
        assertThat(book.byNumber(Long.parseLong(reference.substring(1)))).hasValueSatisfying(o ->
                assertThat(o.sessionId()).isEqualTo("web-sin-outbox"));
    }

    @Test
    void moneyIsKeptExactly() {
        OrderSink.PlacedOrder cents = new OrderSink.PlacedOrder("web", "web-centavos", "quick_order", Map.of("name", "Ana"),
                List.of(new OrderSink.Line("churros", "Churros con cajeta", 3, new BigDecimal("12.35"))),
                new BigDecimal("37.05"), "NIO", NOON);

        String reference = sink.place(cents);

        OrderRow row = book.byNumber(Long.parseLong(reference.substring(1))).orElseThrow();
        assertThat(new BigDecimal(row.total())).isEqualByComparingTo("37.05");
        assertThat(book.lines(row.id())).singleElement().satisfies(l -> assertThat(l.unitPrice()).isEqualTo("12.35"));
        assertThat(query(dataDir, "SELECT typeof(total) AS t FROM orders WHERE id = " + row.id()).get(0)).containsEntry("t", "text");
    }

    @Test
    void aDeliveryAnswerIsStoredAsDelivery() {
        OrderSink.PlacedOrder base = tacosAndCoke("web-domicilio", NOON);
        Map<String, String> answers = new java.util.HashMap<>(base.answers());
        answers.put("fulfilment", "a domicilio");
        String reference = sink.place(new OrderSink.PlacedOrder("web", "web-domicilio", "quick_order", answers, base.lines(),
                base.total(), "NIO", NOON));

        assertThat(book.byNumber(Long.parseLong(reference.substring(1)))).hasValueSatisfying(o ->
                assertThat(o.fulfilment()).isEqualTo("delivery"));
    }
}
