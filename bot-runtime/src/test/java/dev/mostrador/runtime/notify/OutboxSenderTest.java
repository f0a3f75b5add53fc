package dev.mostrador.runtime.notify;

import static dev.mostrador.runtime.orders.OrderFixtures.query;
import static dev.mostrador.runtime.orders.OrderFixtures.tacosAndCoke;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import dev.mostrador.core.engine.EnginePorts;
import dev.mostrador.core.model.Business;
import dev.mostrador.core.port.Notifier.OwnerNotification;
import dev.mostrador.runtime.orders.OrderDesk;
import dev.mostrador.runtime.orders.OrderFixtures;
import io.micronaut.context.ApplicationContext;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The outbox against a real GreenMail SMTP server: content, retries with backoff, a server that goes down. */
class OutboxSenderTest {
    private static final Business TACOS = OrderFixtures.business();

    private final Path dataDir = OrderFixtures.tempDataDir("outbox");
    private final int smtpPort = OrderFixtures.freePort();
    private GreenMail smtp;
    private ApplicationContext context;

    @AfterEach
    void stop() {
        if (context != null) context.close();
        if (smtp != null) smtp.stop();
    }

    private ApplicationContext start(boolean withSmtp, Map<String, String> extra) {
        Map<String, Object> props = new HashMap<>();
        props.put("bot.data-dir", dataDir.toString());
        // No bot is needed: a bundle that does not exist fails loading at once instead of loading MiniLM.
        props.put("bot.bundle", dataDir.resolve("none.zip").toString());
        props.put("bot.outbox.interval", "1h");
        if (withSmtp) {
            props.put("bot.smtp.host", "127.0.0.1");
            props.put("bot.smtp.port", String.valueOf(smtpPort));
            props.put("bot.smtp.tls", "none");
            props.put("bot.smtp.from", "bot@tacoselguero.example");
        }
        props.putAll(extra);
        return ApplicationContext.run(props, "test");
    }

    @Test
    void sendsTheOrderSummaryInTheOwnersSpanish() throws Exception {
        smtp = OrderFixtures.smtpServer(smtpPort);
        context = start(true, Map.of());
        String reference = context.getBean(OrderDesk.class).sinkFor(TACOS).place(tacosAndCoke("web-correo", Instant.now()));

        OutboxSender.Round round = context.getBean(OutboxSender.class).sendDue();

        assertThat(round).isEqualTo(new OutboxSender.Round(1, 0, 0));
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        MimeMessage mail = received[0];
        assertThat(mail.getSubject()).isEqualTo("Pedido nuevo " + reference + " · Tacos El Güero");
        assertThat(mail.getAllRecipients()).extracting(Object::toString).containsExactly("pedidos@tacoselguero.example");
        assertThat(mail.getFrom()).extracting(Object::toString).containsExactly("bot@tacoselguero.example");
        String body = ((String) mail.getContent()).replace("\r\n", "\n").stripTrailing() + "\n";
        assertThat(body).isEqualTo("""
                Pedido %s
                Nombre: Luis
                Teléfono: 88881234

                2 × Taco al pastor a C$ 60.00 = C$ 120.00
                1 × Coca-Cola 600 ml a C$ 45.00 = C$ 45.00
                Total: C$ 165.00

                Entrega: para recoger
                Pago: efectivo
                Canal: web (sesión web-correo)
                Flujo: quick_order
                """.formatted(reference));
        Map<String, Object> row = query(dataDir, "SELECT * FROM outbox WHERE reference = '" + reference + "'").get(0);
        assertThat(row).containsEntry("attempts", 1).containsEntry("last_error", null);
        assertThat(row.get("sent_at")).isNotNull();

        // Sent once: the next round finds nothing due.
        assertThat(context.getBean(OutboxSender.class).sendDue()).isEqualTo(new OutboxSender.Round(0, 0, 0));
        assertThat(smtp.getReceivedMessages()).hasSize(1);
    }

    @Test
    void keepsTheOrderWhileTheMailServerIsDownAndSendsItWhenItComesBack() throws Exception {
        // The scheduled sender itself, fast: every 100 ms, retries after 200 ms, 400 ms, ... at most 800 ms.
        context = start(true, Map.of("bot.outbox.interval", "100ms", "bot.outbox.retry-first", "200ms",
                "bot.outbox.retry-max", "800ms"));
        smtp = OrderFixtures.smtpServer(smtpPort);
        smtp.stop(); // the mail server is down when the order comes in

        String reference = context.getBean(OrderDesk.class).sinkFor(TACOS).place(tacosAndCoke("web-caido", Instant.now()));

        String outboxRow = "SELECT * FROM outbox WHERE reference = '" + reference + "'";
        await("two failed attempts", () -> ((Number) query(dataDir, outboxRow).get(0).get("attempts")).intValue() >= 2);
        Map<String, Object> failing = query(dataDir, outboxRow).get(0);
        assertThat(failing.get("sent_at")).isNull();
        assertThat((String) failing.get("last_error")).contains("Connect");
        assertThat(query(dataDir, "SELECT session_id FROM orders WHERE session_id = 'web-caido'")).hasSize(1);

        smtp = OrderFixtures.smtpServer(smtpPort); // back up, same port
        assertThat(smtp.waitForIncomingEmail(15_000, 1)).as("email delivered after the server came back").isTrue();

        assertThat(smtp.getReceivedMessages()[0].getSubject()).contains(reference);
        await("marked sent", () -> query(dataDir, outboxRow).get(0).get("sent_at") != null);
        Map<String, Object> sent = query(dataDir, outboxRow).get(0);
        assertThat(((Number) sent.get("attempts")).intValue()).isGreaterThanOrEqualTo(3);
        assertThat(sent.get("last_error")).isNull();
        Thread.sleep(300);
        assertThat(smtp.getReceivedMessages()).as("sent exactly once").hasSize(1);
    }

    @Test
    void withoutAnSmtpHostNotificationsWaitInTheOutboxUntilOneIsSet() throws Exception {
        context = start(false, Map.of());
        OrderDesk desk = context.getBean(OrderDesk.class);
        String reference = desk.sinkFor(TACOS).place(tacosAndCoke("web-sin-smtp", Instant.now()));
        desk.notifierFor(TACOS).notifyOwner(new OwnerNotification("handoff", "web-sin-smtp",
                "Un cliente pide hablar con una persona", "session: web-sin-smtp (web)\nquiero hablar con alguien"));

        assertThat(context.getBean(OutboxSender.class).sendDue()).isEqualTo(new OutboxSender.Round(0, 0, 2));
        assertThat(query(dataDir, "SELECT kind, attempts, sent_at FROM outbox ORDER BY id")).containsExactly(
                mapOf("kind", "order", "attempts", 0, "sent_at", null), mapOf("kind", "handoff", "attempts", 0, "sent_at", null));

        // The operator sets BOT_SMTP_HOST and restarts: nothing was lost.
        context.close();
        smtp = OrderFixtures.smtpServer(smtpPort);
        context = start(true, Map.of());
        assertThat(context.getBean(OutboxSender.class).sendDue()).isEqualTo(new OutboxSender.Round(2, 0, 0));
        assertThat(smtp.getReceivedMessages()).extracting(MimeMessage::getSubject).containsExactly(
                "Pedido nuevo " + reference + " · Tacos El Güero", "Un cliente pide hablar con una persona");
    }

    @Test
    void handOffsAndComplaintsAreEmailedButAnOrderIsNotQueuedTwice() throws Exception {
        smtp = OrderFixtures.smtpServer(smtpPort);
        context = start(true, Map.of());
        OrderDesk desk = context.getBean(OrderDesk.class);
        var notifier = desk.notifierFor(TACOS);
        notifier.notifyOwner(new OwnerNotification("complaint", "web-queja", "Queja de un cliente",
                "session: web-queja (web)\nlos tacos llegaron frios y tarde!!"));
        // The engine notifies "order" after the sink stored it; the sink already queued that email.
        notifier.notifyOwner(new OwnerNotification("order", "#0001", "Pedido nuevo", "items: 2 × Taco al pastor"));

        context.getBean(OutboxSender.class).sendDue();

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).isEqualTo("Queja de un cliente");
        assertThat((String) received[0].getContent()).contains("los tacos llegaron frios y tarde!!");
    }

    @Test
    void aMessageWithoutAnOwnerEmailWaitsForOne() {
        smtp = OrderFixtures.smtpServer(smtpPort);
        context = start(true, Map.of());
        new OutboxNotifier(context.getBean(Outbox.class), null).notifyOwner(new OwnerNotification("handoff", "web-x",
                "Un cliente pide hablar con una persona", "hola?"));

        OutboxSender.Round round = context.getBean(OutboxSender.class).sendDue();

        assertThat(round).isEqualTo(new OutboxSender.Round(0, 1, 1));
        assertThat(query(dataDir, "SELECT attempts, last_error FROM outbox").get(0)).containsEntry("attempts", 1)
                .containsEntry("last_error", "no owner email: set owner.email in business.yaml");

        // The owner adds owner.email; once the business is loaded again the waiting message goes to it.
        context.getBean(OrderDesk.class).bind(EnginePorts.inMemory(Clock.systemUTC()), TACOS);
        assertThat(context.getBean(OutboxSender.class).sendDue()).isEqualTo(new OutboxSender.Round(1, 0, 0));
        assertThat(smtp.getReceivedMessages()).singleElement().satisfies(m ->
                assertThat(m.getAllRecipients()).extracting(Object::toString).containsExactly("pedidos@tacoselguero.example"));
    }

    @Test
    void backoffDoublesUpToTheCap() {
        context = start(false, Map.of());
        OutboxSender sender = context.getBean(OutboxSender.class);

        assertThat(List.of(1, 2, 3, 4, 5, 6, 7, 20).stream().map(sender::backoff).toList()).containsExactly(
                Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4),
                Duration.ofMinutes(8), Duration.ofMinutes(15), Duration.ofMinutes(15), Duration.ofMinutes(15));
    }

    private static Map<String, Object> mapOf(Object... kv) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
        return m;
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) throw new AssertionError("timed out waiting for " + what);
            Thread.sleep(50);
        }
    }
}
