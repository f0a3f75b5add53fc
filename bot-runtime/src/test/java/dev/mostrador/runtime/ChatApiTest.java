package dev.mostrador.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mostrador.core.engine.SessionState;
import dev.mostrador.runtime.bot.BotLoading;
import dev.mostrador.runtime.store.SqliteSessionStore;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The chat API through the real Netty server, the example business and a real SQLite file. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChatApiTest implements TestPropertyProvider {
    static final String WIDGET_SITE = "http://tienda.example";
    private static final ObjectMapper JSON = new ObjectMapper();

    private Path dataDir;

    @Inject EmbeddedServer server;
    @Inject BotLoading bot;
    @Inject SqliteSessionStore sessions;
    @Inject RuntimeSettings settings;

    @Override
    public Map<String, String> getProperties() {
        // Not created: the runtime must create the data folder itself.
        dataDir = TestDirs.dir("mostrador-runtime-").resolve("data");
        return Map.of(
                "bot.business-dir", TestBusiness.dir().toString(),
                "bot.data-dir", dataDir.toString(),
                "bot.cors-origins", WIDGET_SITE + ", https://otra.example/",
                "bot.rate-limit.session-per-min", "1000",
                "bot.rate-limit.client-per-min", "1000");
    }

    @BeforeEach
    void botIsLoaded() {
        assertThat(bot.awaitLoaded()).isInstanceOf(BotLoading.Status.Ready.class);
    }

    URI base() {
        return URI.create(server.getURL().toString());
    }

    @Test
    void answersTheOpeningHoursInSpanish() throws Exception {
        HttpResponse<String> res = Http.postJson(base(), "{\"session_id\": \"web-horario-1\", \"text\": \"hola, a q hora abren?\"}");

        assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
        assertThat(res.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        JsonNode body = JSON.readTree(res.body());
        assertThat(body.get("session_id").asText()).isEqualTo("web-horario-1");
        assertThat(body.get("lang").asText()).isEqualTo("es");
        assertThat(body.get("source").get("kind").asText()).isEqualTo("faq");
        assertThat(body.get("source").get("id").asText()).isEqualTo("horarios");
        assertThat(body.get("replies")).isNotEmpty();
        assertThat(body.get("replies").get(0).get("text").asText()).contains("11:00");
        assertThat(body.get("replies").get(0).has("quick_replies")).isTrue();
        assertThat(body.has("flow")).isTrue();
        assertThat(body.get("flow").isNull()).isTrue();
        assertThat(body.has("intent")).isTrue();
    }

    @Test
    void writesEveryFieldOfTheResponseEvenWhenNull() throws Exception {
        HttpResponse<String> res = Http.postJson(base(), "{\"session_id\": \"web-precio\", \"text\": \"cuanto cuesta el taco al pastor\"}");
        assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
        JsonNode body = JSON.readTree(res.body());
        assertThat(body.fieldNames()).toIterable()
                .containsExactlyInAnyOrder("session_id", "replies", "intent", "source", "flow", "lang");
        assertThat(body.get("source").fieldNames()).toIterable().containsExactlyInAnyOrder("kind", "id", "score");
        assertThat(body.get("source").get("id").asText()).isEqualTo("taco-pastor");
        assertThat(body.get("replies").get(0).fieldNames()).toIterable().containsExactlyInAnyOrder("text", "quick_replies");
    }

    @Test
    void recordsEveryTurnInTheSqliteFile() throws Exception {
        HttpResponse<String> res = Http.postJson(base(), "{\"session_id\": \"web-log-1\", \"text\": \"aceptan tarjeta?\"}");
        assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
        JsonNode body = JSON.readTree(res.body());

        Path db = dataDir.resolve("bot.db");
        assertThat(db).exists();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             PreparedStatement q = c.prepareStatement("SELECT channel, text_in, text_out, intent, source_kind, lang,"
                     + " latency_micros, created_at FROM turns WHERE session_id = ?")) {
            q.setString(1, "web-log-1");
            try (ResultSet rs = q.executeQuery()) {
                assertThat(rs.next()).as("a turns row for the session").isTrue();
                assertThat(rs.getString("channel")).isEqualTo("web");
                assertThat(rs.getString("text_in")).isEqualTo("aceptan tarjeta?");
                assertThat(rs.getString("text_out")).isEqualTo(body.get("replies").get(0).get("text").asText());
                assertThat(rs.getString("intent")).isEqualTo(body.get("intent").asText());
                assertThat(rs.getString("lang")).isEqualTo("es");
                assertThat(rs.getLong("latency_micros")).isPositive();
                assertThat(Instant.parse(rs.getString("created_at"))).isAfter(Instant.now().minusSeconds(120));
                assertThat(rs.next()).isFalse();
            }
        }
        assertThat(journalMode(db)).isEqualToIgnoringCase("wal");
    }

    @Test
    void storesAConfirmedOrder() throws Exception {
        JsonNode last = null;
        for (String text : new String[] {"quiero hacer un pedido", "2 de pastor y una horchata", "Ana", "8888 7777",
                "efectivo", "si"}) {
            HttpResponse<String> res = Http.postJson(base(), "{\"session_id\": \"web-pedido\", \"text\": \"" + text + "\"}");
            assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
            last = JSON.readTree(res.body());
        }
        assertThat(last.get("flow").isNull()).as(last.toString()).isTrue();

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("bot.db"));
             PreparedStatement q = c.prepareStatement("SELECT o.number, o.flow_id, o.customer_name, o.total, l.item_id"
                     + " FROM orders o JOIN order_lines l ON l.order_id = o.id WHERE o.session_id = ? ORDER BY l.position")) {
            q.setString(1, "web-pedido");
            try (ResultSet rs = q.executeQuery()) {
                assertThat(rs.next()).as("an orders row; last answer: " + last).isTrue();
                assertThat(rs.getString("flow_id")).isEqualTo("quick_order");
                assertThat(rs.getString("customer_name")).isEqualTo("Ana");
                assertThat(rs.getString("item_id")).isEqualTo("taco-pastor");
                assertThat(new java.math.BigDecimal(rs.getString("total"))).isPositive();
                assertThat(last.get("replies").get(0).get("text").asText())
                        .contains(String.format("#%04d", rs.getLong("number")));
            }
        }
    }

    @Test
    void keepsTheSessionStateInSqlite() throws Exception {
        assertThat(Http.postJson(base(), "{\"session_id\": \"web-sesion-1\", \"text\": \"do you take cards?\"}").statusCode())
                .isEqualTo(200);

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("bot.db"));
             PreparedStatement q = c.prepareStatement("SELECT state_json FROM sessions WHERE session_id = ?")) {
            q.setString(1, "web-sesion-1");
            try (ResultSet rs = q.executeQuery()) {
                assertThat(rs.next()).as("a sessions row").isTrue();
                assertThat(JSON.readTree(rs.getString(1)).get("session_id").asText()).isEqualTo("web-sesion-1");
            }
        }
        assertThat(sessions.load("web-sesion-1")).hasValueSatisfying(s -> assertThat(s.sessionId()).isEqualTo("web-sesion-1"));
    }

    @Test
    void sessionStateRoundTripsWithARunningFlow() {
        Instant now = Instant.parse("2026-11-25T15:00:00Z");
        SessionState state = new SessionState("web-flujo-1", "es", "order", "flow", "quick_order",
                new SessionState.FlowState("quick_order", "name", Map.of("phone", "+505 8888 0000", "count", 2), now), now);

        sessions.save(state);
        sessions.save(state); // the second save updates the same row

        SessionState back = sessions.load("web-flujo-1").orElseThrow();
        assertThat(back.flow().flowId()).isEqualTo("quick_order");
        assertThat(back.flow().vars()).containsEntry("phone", "+505 8888 0000").containsEntry("count", 2);
        assertThat(back.updatedAt()).isEqualTo(now);
        assertThat(sessions.load("web-nunca-visto")).isEmpty();
    }

    @Test
    void ignoresUnknownFields() throws Exception {
        HttpResponse<String> res = Http.postJson(base(),
                "{\"session_id\": \"web-extra\", \"text\": \"donde estan hoy\", \"page\": \"/menu\", \"meta\": {\"a\": [1, 2]}}");
        assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
        assertThat(JSON.readTree(res.body()).get("session_id").asText()).isEqualTo("web-extra");
    }

    @Test
    void acceptsTextOfExactlyTheLimit() {
        String text = "ñ".repeat(2048); // 2 bytes each in UTF-8: exactly 4096 bytes
        HttpResponse<String> res = Http.postJson(base(), "{\"session_id\": \"web-limite\", \"text\": \"" + text + "\"}");
        assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "empty body                | ''                                                 | empty body",
        "not JSON                  | hola, a q hora abren?                              | not valid JSON",
        "truncated JSON            | '{\"session_id\": \"web-1\", \"text\": \"hola'       | not valid JSON",
        "trailing garbage          | '{\"session_id\": \"web-1\", \"text\": \"hola\"} x'  | not valid JSON",
        "array                     | '[\"web-1\", \"hola\"]'                              | JSON object",
        "missing session_id        | '{\"text\": \"hola\"}'                               | session_id is required",
        "null session_id           | '{\"session_id\": null, \"text\": \"hola\"}'         | session_id is required",
        "numeric session_id        | '{\"session_id\": 42, \"text\": \"hola\"}'           | session_id must be a string",
        "empty session_id          | '{\"session_id\": \"\", \"text\": \"hola\"}'         | session_id must be 1-64",
        "session_id with spaces    | '{\"session_id\": \"web 1\", \"text\": \"hola\"}'    | session_id must be 1-64",
        "session_id with a slash   | '{\"session_id\": \"../etc\", \"text\": \"hola\"}'   | session_id must be 1-64",
        "session_id with an accent | '{\"session_id\": \"sesión\", \"text\": \"hola\"}'   | session_id must be 1-64",
        "missing text              | '{\"session_id\": \"web-1\"}'                        | text is required",
        "empty text                | '{\"session_id\": \"web-1\", \"text\": \"\"}'        | text is empty",
        "blank text                | '{\"session_id\": \"web-1\", \"text\": \"   \"}'     | text is empty",
        "text is an object         | '{\"session_id\": \"web-1\", \"text\": {\"a\": 1}}'  | text must be a string",
    })
    void rejectsBadBodiesWithA400(String name, String body, String expectedError) throws Exception {
        HttpResponse<String> res = Http.post(base(), "/api/chat", body.getBytes(StandardCharsets.UTF_8),
                Map.of("Content-Type", "application/json"));
        assertBadRequest(res, expectedError);
    }

    @Test
    void rejectsASessionIdLongerThan64() throws Exception {
        String id = "a".repeat(65);
        assertBadRequest(Http.postJson(base(), "{\"session_id\": \"" + id + "\", \"text\": \"hola\"}"), "session_id must be 1-64");
        assertThat(Http.postJson(base(), "{\"session_id\": \"" + "a".repeat(64) + "\", \"text\": \"hola\"}").statusCode())
                .isEqualTo(200);
    }

    @Test
    void rejectsA100KbText() throws Exception {
        String text = "quiero tacos ".repeat(8000); // ~100 KB
        HttpResponse<String> res = Http.postJson(base(), "{\"session_id\": \"web-largo\", \"text\": \"" + text + "\"}");
        assertBadRequest(res, "text is too long");
        assertThat(res.body()).contains("4096");
    }

    @Test
    void measuresTheLimitInUtf8Bytes() throws Exception {
        String text = "ñ".repeat(2049); // 2049 characters, 4098 bytes
        assertBadRequest(Http.postJson(base(), "{\"session_id\": \"web-bytes\", \"text\": \"" + text + "\"}"), "text is too long");
    }

    @Test
    void rejectsInvalidUtf8Bytes() throws Exception {
        byte[] prefix = "{\"session_id\": \"web-utf\", \"text\": \"hola ".getBytes(StandardCharsets.US_ASCII);
        byte[] bad = {(byte) 0xC3, (byte) 0x28, (byte) 0xFF};
        byte[] suffix = "\"}".getBytes(StandardCharsets.US_ASCII);
        byte[] body = new byte[prefix.length + bad.length + suffix.length];
        System.arraycopy(prefix, 0, body, 0, prefix.length);
        System.arraycopy(bad, 0, body, prefix.length, bad.length);
        System.arraycopy(suffix, 0, body, prefix.length + bad.length, suffix.length);

        assertBadRequest(Http.post(base(), "/api/chat", body, Map.of("Content-Type", "application/json")), "not valid UTF-8");
    }

    @Test
    void acceptsJsonSentAsPlainText() {
        // Some embedders post with text/plain to avoid a CORS preflight: the body is what counts.
        HttpResponse<String> res = Http.post(base(), "/api/chat",
                "{\"session_id\": \"web-plano\", \"text\": \"hola\"}".getBytes(StandardCharsets.UTF_8),
                Map.of("Content-Type", "text/plain;charset=UTF-8"));
        assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
    }

    @Test
    void refusesAHugeBodyWithAJsonError() throws Exception {
        byte[] body = new byte[1024 * 1024];
        java.util.Arrays.fill(body, (byte) 'a');
        HttpResponse<String> res = Http.post(base(), "/api/chat", body, Map.of("Content-Type", "application/json"));
        assertThat(res.statusCode()).as(res.body()).isEqualTo(413);
        assertThat(JSON.readTree(res.body()).get("error").asText()).isNotBlank();
    }

    @Test
    void unknownPathsAnswerWithTheApiErrorShape() throws Exception {
        HttpResponse<String> res = Http.get(base(), "/api/nada");
        assertThat(res.statusCode()).as(res.body()).isEqualTo(404);
        assertThat(JSON.readTree(res.body()).get("error").asText()).isNotBlank();
        assertThat(res.body()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @ParameterizedTest
    @CsvSource({"GET, /beans", "GET, /routes", "GET, /flyway", "GET, /threaddump", "GET, /info", "GET, /health/liveness",
                "POST, /refresh"})
    void exposesNoManagementEndpoints(String method, String path) {
        HttpResponse<String> res = method.equals("GET") ? Http.get(base(), path)
                : Http.post(base(), path, new byte[0], Map.of("Content-Type", "application/json"));
        assertThat(res.statusCode()).as(method + " " + path + ": " + res.body()).isIn(404, 405);
    }

    @Test
    void healthIsUpOnceTheBotIsLoaded() throws Exception {
        HttpResponse<String> res = Http.get(base(), "/health");
        assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
        assertThat(JSON.readTree(res.body())).isEqualTo(JSON.readTree("{\"status\":\"UP\"}"));
    }

    @Test
    void servesTheDemoPageWithTheBusinessName() {
        HttpResponse<String> res = Http.get(base(), "/demo");
        assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
        assertThat(res.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
        assertThat(res.body()).contains("<script src=\"/widget.js\" defer></script>")
                .contains("data-business=\"Tacos El Güero\"");
    }

    @Test
    void servesTheWidgetAsJavascript() {
        HttpResponse<String> res = Http.get(base(), "/widget.js");
        assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
        assertThat(res.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/javascript"));
        assertThat(res.body()).contains("/api/chat").contains("textContent").doesNotContain("innerHTML");
    }

    @Test
    void allowsThePreflightOfAConfiguredOrigin() {
        HttpResponse<String> res = Http.options(base(), "/api/chat", Map.of(
                "Origin", WIDGET_SITE,
                "Access-Control-Request-Method", "POST",
                "Access-Control-Request-Headers", "content-type"));
        assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
        assertThat(res.headers().firstValue("Access-Control-Allow-Origin")).hasValue(WIDGET_SITE);
        assertThat(res.headers().allValues("Access-Control-Allow-Methods")).anySatisfy(v -> assertThat(v).contains("POST"));

        HttpResponse<String> post = Http.post(base(), "/api/chat",
                "{\"session_id\": \"web-cors\", \"text\": \"hola\"}".getBytes(StandardCharsets.UTF_8),
                Map.of("Content-Type", "application/json", "Origin", WIDGET_SITE));
        assertThat(post.statusCode()).isEqualTo(200);
        assertThat(post.headers().firstValue("Access-Control-Allow-Origin")).hasValue(WIDGET_SITE);
        assertThat(post.headers().allValues("Access-Control-Expose-Headers")).anySatisfy(v -> assertThat(v).contains("Retry-After"));

        HttpResponse<String> second = Http.options(base(), "/api/chat", Map.of(
                "Origin", "https://otra.example", "Access-Control-Request-Method", "POST"));
        assertThat(second.headers().firstValue("Access-Control-Allow-Origin")).as(second.statusCode() + " " + second.headers().map())
                .hasValue("https://otra.example");
    }

    @Test
    void readsTheOriginListFromOneCommaSeparatedSetting() {
        assertThat(settings.corsOriginList()).containsExactly(WIDGET_SITE, "https://otra.example");
    }

    @Test
    void doesNotAllowOtherOrigins() {
        HttpResponse<String> res = Http.options(base(), "/api/chat", Map.of(
                "Origin", "https://malo.example",
                "Access-Control-Request-Method", "POST",
                "Access-Control-Request-Headers", "content-type"));
        assertThat(res.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();

        HttpResponse<String> post = Http.post(base(), "/api/chat",
                "{\"session_id\": \"web-malo\", \"text\": \"hola\"}".getBytes(StandardCharsets.UTF_8),
                Map.of("Content-Type", "application/json", "Origin", "https://malo.example"));
        assertThat(post.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    private static void assertBadRequest(HttpResponse<String> res, String expectedError) throws IOException {
        assertThat(res.statusCode()).as(res.body()).isEqualTo(400);
        assertThat(res.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        JsonNode body = JSON.readTree(res.body());
        assertThat(body.size()).isEqualTo(1);
        assertThat(body.get("error").asText()).contains(expectedError);
    }

    private static String journalMode(Path db) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             ResultSet rs = c.createStatement().executeQuery("PRAGMA journal_mode")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
