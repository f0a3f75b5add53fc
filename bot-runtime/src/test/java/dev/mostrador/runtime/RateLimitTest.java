package dev.mostrador.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mostrador.runtime.bot.BotLoading;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Too many messages from one session, or from one client across sessions, get a 429 with Retry-After. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RateLimitTest implements TestPropertyProvider {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject EmbeddedServer server;
    @Inject BotLoading bot;

    @Override
    public Map<String, String> getProperties() {
        return Map.of(
                "bot.business-dir", TestBusiness.dir().toString(),
                "bot.data-dir", TestDirs.dir("mostrador-limits-").toString(),
                "bot.rate-limit.session-per-min", "3",
                "bot.rate-limit.client-per-min", "8");
    }

    @BeforeEach
    void botIsLoaded() {
        assertThat(bot.awaitLoaded()).isInstanceOf(BotLoading.Status.Ready.class);
    }

    @Test
    void limitsOneSessionThenOneClient() throws Exception {
        URI base = URI.create(server.getURL().toString());
        for (int i = 0; i < 3; i++) {
            assertThat(Http.postJson(base, "{\"session_id\": \"web-rapido\", \"text\": \"hola\"}").statusCode()).isEqualTo(200);
        }
        HttpResponse<String> limited = Http.postJson(base, "{\"session_id\": \"web-rapido\", \"text\": \"hola??\"}");
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).hasValueSatisfying(v ->
                assertThat(Integer.parseInt(v)).isBetween(1, 60));
        assertThat(JSON.readTree(limited.body()).get("error").asText()).contains("too many messages");

        // Same client, fresh sessions: 4 more fit in the client's 8, then its limit holds whatever the session.
        for (int i = 0; i < 4; i++) {
            assertThat(Http.postJson(base, "{\"session_id\": \"web-otra-" + i + "\", \"text\": \"menu\"}").statusCode())
                    .isEqualTo(200);
        }
        HttpResponse<String> client = Http.postJson(base, "{\"session_id\": \"web-nueva\", \"text\": \"menu\"}");
        assertThat(client.statusCode()).isEqualTo(429);
        assertThat(client.headers().firstValue("Retry-After")).isPresent();
    }
}
