package dev.mostrador.runtime.orders;

import static dev.mostrador.runtime.orders.OrderFixtures.query;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.icegreen.greenmail.util.GreenMail;
import dev.mostrador.runtime.bot.BotLoading;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Ordering through POST /api/chat on the real Netty server, with the example business, a real SQLite file
 * and a real SMTP server (GreenMail): the order is stored, the owner emailed, and a restart mid-flow loses
 * nothing.
 */
class OrderChatTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Path dataDir = OrderFixtures.tempDataDir("order-chat");
    private final int smtpPort = OrderFixtures.freePort();
    private GreenMail smtp;
    private EmbeddedServer server;

    @AfterEach
    void stop() {
        if (server != null) server.getApplicationContext().close();
        if (smtp != null) smtp.stop();
    }

    private EmbeddedServer startServer() {
        Map<String, Object> props = new HashMap<>();
        props.put("micronaut.server.port", -1);
        props.put("bot.business-dir", OrderFixtures.businessDir().toString());
        props.put("bot.data-dir", dataDir.toString());
        props.put("bot.rate-limit.session-per-min", "1000");
        props.put("bot.rate-limit.client-per-min", "1000");
        props.put("bot.smtp.host", "127.0.0.1");
        props.put("bot.smtp.port", String.valueOf(smtpPort));
        props.put("bot.smtp.tls", "none");
        props.put("bot.smtp.from", "bot@tacoselguero.example");
        props.put("bot.outbox.interval", "200ms");
        EmbeddedServer started = ApplicationContext.run(EmbeddedServer.class, props, "test");
        assertThat(started.getApplicationContext().getBean(BotLoading.class).awaitLoaded()).isInstanceOf(BotLoading.Status.Ready.class);
        return started;
    }

    @Test
    void anOrderTakenInTheChatIsStoredAndTheOwnerIsEmailed() throws Exception {
        smtp = OrderFixtures.smtpServer(smtpPort);
        server = startServer();
        String session = "web-e2e-tacos";

        JsonNode first = chat(session, "quiero 2 tacos al pastor y una coca");
        assertThat(first.at("/flow/id").asText()).as(first.toString()).isEqualTo("quick_order");
        // "una coca" could be either Coca-Cola: the engine asks which one before going on.
        JsonNode last = answerUntilConfirm(session, first, "Luis", "8888 1234", "efectivo");
        assertThat(text(last)).contains("2 × Taco al pastor", "C$ 165.00", "Luis");

        JsonNode done = chat(session, "si");

        assertThat(done.get("flow").isNull()).as(done.toString()).isTrue();
        List<Map<String, Object>> orders = query(dataDir, "SELECT * FROM orders WHERE session_id = '" + session + "'");
        assertThat(orders).hasSize(1);
        Map<String, Object> order = orders.get(0);
        String reference = OrderNumbers.reference(((Number) order.get("number")).longValue());
        assertThat(text(done)).contains(reference);
        assertThat(order).containsEntry("customer_name", "Luis").containsEntry("phone", "88881234")
                .containsEntry("payment_method", "efectivo").containsEntry("total", "165").containsEntry("currency", "NIO")
                .containsEntry("channel", "web").containsEntry("status", "new");
        assertThat(query(dataDir, "SELECT item_id, quantity, unit_price FROM order_lines WHERE order_id = " + order.get("id")
                + " ORDER BY position")).containsExactly(
                Map.of("item_id", "taco-pastor", "quantity", 2, "unit_price", "60"),
                Map.of("item_id", "coca-normal", "quantity", 1, "unit_price", "45"));

        assertThat(smtp.waitForIncomingEmail(15_000, 1)).as("the owner's email arrives").isTrue();
        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertThat(mail.getSubject()).isEqualTo("Pedido nuevo " + reference + " · Tacos El Güero");
        assertThat((String) mail.getContent()).contains("Nombre: Luis", "2 × Taco al pastor a C$ 60.00 = C$ 120.00",
                "Total: C$ 165.00", "Pago: efectivo", "Canal: web");

        // A second "si" after the confirmation is no new order, and the customer is told so.
        JsonNode again = chat(session, "si");
        assertThat(text(again)).contains("ya está confirmado");
        Thread.sleep(600);
        assertThat(query(dataDir, "SELECT COUNT(*) AS n FROM orders WHERE session_id = '" + session + "'").get(0)).containsEntry("n", 1);
        assertThat(smtp.getReceivedMessages()).hasSize(1);

        // Asking for a person reaches the owner by email too, through the same outbox.
        JsonNode handoff = chat(session, "ey quiero hablar con una persona porfa");
        assertThat(handoff.get("intent").asText()).as(handoff.toString()).isEqualTo("handoff");
        assertThat(smtp.waitForIncomingEmail(15_000, 2)).as("the hand-off email arrives").isTrue();
        MimeMessage handoffMail = smtp.getReceivedMessages()[1];
        assertThat(handoffMail.getSubject()).isEqualTo("Un cliente pide hablar con una persona");
        assertThat((String) handoffMail.getContent()).contains(session, "ey quiero hablar con una persona porfa");
    }

    @Test
    void aConfirmationThatCannotBeStoredIsNotConfirmedAndCanBeRetried() throws Exception {
        smtp = OrderFixtures.smtpServer(smtpPort);
        server = startServer();
        String session = "web-e2e-falla";
        answerUntilConfirm(session, chat(session, "buenas, quiero 2 horchatas y 1 burrito"), "Pepe", "88776655", "efectivo");
        // The database refuses the owner's email (disk trouble, say): the order must not be half stored.
        OrderFixtures.execute(dataDir, "CREATE TRIGGER outbox_down BEFORE INSERT ON outbox"
                + " BEGIN SELECT RAISE(ABORT, 'outbox is down'); END");
        HttpResponse<String> failed;
        try {
            failed = post(session, "si");
        } finally {
            OrderFixtures.execute(dataDir, "DROP TRIGGER outbox_down");
        }

        // The customer is told plainly that it did not go through, and the flow waits at the confirmation.
        assertThat(failed.statusCode()).as(failed.body()).isEqualTo(200);
        JsonNode failedBody = JSON.readTree(failed.body());
        assertThat(text(failedBody)).contains("no pude registrar").doesNotContain("Listo", "confirmado");
        assertThat(failedBody.at("/flow/step").asText()).isEqualTo("confirm");
        assertThat(query(dataDir, "SELECT COUNT(*) AS n FROM orders WHERE session_id = '" + session + "'").get(0)).containsEntry("n", 0);

        // The flow is still waiting for the confirmation: the customer's next "si" stores it.
        JsonNode done = chat(session, "si");
        assertThat(text(done)).containsPattern("Tu pedido #\\d{4} quedó confirmado");
        assertThat(query(dataDir, "SELECT total FROM orders WHERE session_id = '" + session + "'"))
                .containsExactly(Map.of("total", "230"));
        assertThat(smtp.waitForIncomingEmail(15_000, 1)).isTrue();
    }

    @Test
    void aDoubleSubmittedConfirmationStoresOneOrder() throws Exception {
        smtp = OrderFixtures.smtpServer(smtpPort);
        server = startServer();
        String session = "web-e2e-doble";
        JsonNode last = answerUntilConfirm(session, chat(session, "me das 3 de asada porfa"), "Marta", "87654321", "tarjeta");
        assertThat(last.at("/flow/step").asText()).as(last.toString()).isNotEmpty();

        // The widget's double tap: the same "sí" twice at once.
        CompletableFuture<JsonNode> one = CompletableFuture.supplyAsync(() -> chatUnchecked(session, "sí"));
        CompletableFuture<JsonNode> two = CompletableFuture.supplyAsync(() -> chatUnchecked(session, "sí"));
        List<String> texts = List.of(text(one.get()), text(two.get()));

        List<Map<String, Object>> orders = query(dataDir, "SELECT number FROM orders WHERE session_id = '" + session + "'");
        assertThat(orders).hasSize(1);
        String reference = OrderNumbers.reference(((Number) orders.get(0).get("number")).longValue());
        assertThat(texts).anySatisfy(t -> assertThat(t).contains(reference));
        assertThat(smtp.waitForIncomingEmail(15_000, 1)).isTrue();
        Thread.sleep(600);
        assertThat(smtp.getReceivedMessages()).hasSize(1);
    }

    @Test
    void anOrderInProgressSurvivesARestartAndIsStoredAfterIt() throws Exception {
        smtp = OrderFixtures.smtpServer(smtpPort);
        server = startServer();
        String session = "web-e2e-reinicio";
        JsonNode asked = chat(session, "hola, quiero 3 tacos de pastor");
        assertThat(asked.at("/flow/id").asText()).as(asked.toString()).isEqualTo("quick_order");
        JsonNode named = chat(session, "Ana");
        String stepBefore = named.at("/flow/step").asText();
        assertThat(stepBefore).as(named.toString()).isNotEmpty();

        // The runtime is stopped mid-flow (a deploy, a crash) and started again on the same data folder.
        server.getApplicationContext().close();
        server = startServer();

        JsonNode last = answerUntilConfirm(session, named, "Ana", "8765 4321", "transferencia");
        assertThat(text(last)).contains("3 × Taco al pastor", "Ana");
        JsonNode done = chat(session, "dale");

        assertThat(done.get("flow").isNull()).as(done.toString()).isTrue();
        List<Map<String, Object>> orders = query(dataDir, "SELECT * FROM orders WHERE session_id = '" + session + "'");
        assertThat(orders).singleElement().satisfies(o -> assertThat(o).containsEntry("customer_name", "Ana")
                .containsEntry("total", "180").containsEntry("payment_method", "transferencia"));
        assertThat(smtp.waitForIncomingEmail(15_000, 1)).isTrue();
        assertThat((String) smtp.getReceivedMessages()[0].getContent()).contains("3 × Taco al pastor", "Nombre: Ana");
    }

    /** Answers each step the bot asks (which coke, name, phone, payment) until it asks to confirm. */
    private JsonNode answerUntilConfirm(String session, JsonNode reply, String name, String phone, String payment) throws Exception {
        for (int turn = 0; turn < 8; turn++) {
            assertThat(reply.at("/flow/id").asText()).as("a running order: " + reply).isEqualTo("quick_order");
            String step = reply.at("/flow/step").asText();
            String answer = switch (step) {
                case "items" -> "coca normal"; // the engine does not take "la normal" yet
                case "name" -> name;
                case "phone" -> phone;
                case "payment" -> payment;
                default -> null;
            };
            if (answer == null) return reply; // the confirmation step
            reply = chat(session, answer);
            assertThat(reply.at("/flow/id").asText()).as(reply.toString()).isEqualTo("quick_order");
        }
        throw new AssertionError("the flow never reached its confirmation: " + reply);
    }

    private JsonNode chatUnchecked(String session, String text) {
        try {
            return chat(session, text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode chat(String session, String text) throws IOException, InterruptedException {
        HttpResponse<String> res = post(session, text);
        assertThat(res.statusCode()).as(text + " -> " + res.body()).isEqualTo(200);
        return JSON.readTree(res.body());
    }

    private HttpResponse<String> post(String session, String text) throws IOException, InterruptedException {
        ObjectNode body = JSON.createObjectNode().put("session_id", session).put("text", text);
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.getURL() + "/api/chat")).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8)).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String text(JsonNode reply) {
        return reply.at("/replies/0/text").asText();
    }
}
