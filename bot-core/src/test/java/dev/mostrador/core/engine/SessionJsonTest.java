package dev.mostrador.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.mostrador.core.port.SessionStore;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The runtime persists sessions as JSON: a half-taken order must survive the round trip every turn. */
class SessionJsonTest {

    /** Keeps only JSON text between turns, like a database column would. */
    static final class JsonSessionStore implements SessionStore {
        final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());
        final Map<String, String> rows = new HashMap<>();

        @Override
        public Optional<SessionState> load(String sessionId) {
            String row = rows.get(sessionId);
            if (row == null) return Optional.empty();
            try {
                return Optional.of(json.readValue(row, SessionState.class));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void save(SessionState state) {
            try {
                rows.put(state.sessionId(), json.writeValueAsString(state));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Test
    void anOrderInProgressSurvivesJsonBetweenTurns() {
        JsonSessionStore store = new JsonSessionStore();
        ChatEngine engine = new ChatEngine(Carrito.bundle(),
                new EnginePorts(store, t -> {}, Carrito.at(Carrito.WEDNESDAY_10AM), n -> {}, null));
        engine.handle(new ChatRequest("web", "s1", "quiero 2 de pastor y un taco"));
        assertThat(store.rows.get("s1")).contains("\"_order\"", "\"ambiguities\"", "\"fallbacks\":0", "\"flow_id\":\"quick_order\"");
        engine.handle(new ChatRequest("web", "s1", "de pollo"));
        engine.handle(new ChatRequest("web", "s1", "Rosa"));
        engine.handle(new ChatRequest("web", "s1", "8888 2222"));
        ChatResponse confirm = engine.handle(new ChatRequest("web", "s1", "efectivo"));
        assertThat(confirm.text()).contains("2 × Taco al pastor y 1 × Taco de pollo — total C$ 72.00", "Rosa");
        assertThat(engine.handle(new ChatRequest("web", "s1", "si")).flow()).isNull();
    }

    @Test
    void aHalfTakenOrderSurvivesARestartOfTheEngine() {
        JsonSessionStore store = new JsonSessionStore();
        ChatEngine before = new ChatEngine(Carrito.bundle(),
                new EnginePorts(store, t -> {}, Carrito.at(Carrito.WEDNESDAY_10AM), n -> {}, null));
        before.handle(new ChatRequest("web", "s3", "quiero 3 de pastor y un taco a nombre de Rosa, pago con tarjeta"));
        // A new engine over the same stored sessions, as after the runtime restarts.
        java.util.List<dev.mostrador.core.port.OrderSink.PlacedOrder> placed = new java.util.ArrayList<>();
        ChatEngine after = new ChatEngine(Carrito.bundle(),
                new EnginePorts(store, t -> {}, Carrito.at(Carrito.WEDNESDAY_10AM), n -> {}, null).withOrders(o -> {
                    placed.add(o);
                    return "7";
                }));
        assertThat(after.handle(new ChatRequest("web", "s3", "de pollo")).flow().step()).isEqualTo("phone");
        ChatResponse confirm = after.handle(new ChatRequest("web", "s3", "8888 2222"));
        assertThat(confirm.text()).contains("3 × Taco al pastor y 1 × Taco de pollo — total C$ 97.00", "Rosa");
        assertThat(after.handle(new ChatRequest("web", "s3", "dale")).text()).contains("Tu pedido #7 quedó confirmado");
        assertThat(placed).singleElement().satisfies(o -> assertThat(o.answers()).containsEntry("payment", "tarjeta"));
    }

    @Test
    void fallbacksInARowAreCountedAcrossJson() {
        JsonSessionStore store = new JsonSessionStore();
        ChatEngine engine = new ChatEngine(Carrito.bundle(),
                new EnginePorts(store, t -> {}, Carrito.at(Carrito.WEDNESDAY_10AM), n -> {}, null));
        engine.handle(new ChatRequest("web", "s2", "quien gano el mundial de futbol 2022"));
        ChatResponse second = engine.handle(new ChatRequest("web", "s2", "zxqw plorf"));
        assertThat(second.text()).contains("te paso con una persona");
        assertThat(store.load("s2").orElseThrow().pending()).isEqualTo("handoff");
    }
}
