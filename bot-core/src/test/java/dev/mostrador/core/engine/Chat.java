package dev.mostrador.core.engine;

import dev.mostrador.core.port.InMemorySessionStore;
import dev.mostrador.core.port.Notifier.OwnerNotification;
import dev.mostrador.core.port.OrderSink;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** One customer talking to the real engine over the Carrito bundle, with what the owner was told recorded. */
final class Chat {
    final List<OwnerNotification> notifications = new ArrayList<>();
    final List<OrderSink.PlacedOrder> orders = new ArrayList<>();
    final List<TurnRecord> turns = new ArrayList<>();
    final InMemorySessionStore sessions = new InMemorySessionStore();
    private final ChatEngine engine;
    private final String sessionId;

    Chat(Clock clock) {
        this(clock, "web-test");
    }

    Chat(Clock clock, String sessionId) {
        EnginePorts ports = new EnginePorts(sessions, turns::add, clock, notifications::add, null).withOrders(o -> {
            orders.add(o);
            return "P-" + orders.size();
        });
        this.engine = new ChatEngine(Carrito.bundle(), ports);
        this.sessionId = sessionId;
    }

    static Chat wednesday() {
        return new Chat(Carrito.at(Carrito.WEDNESDAY_10AM));
    }

    static Chat at(String localDateTime) {
        return new Chat(Carrito.at(localDateTime));
    }

    ChatResponse say(String text) {
        return engine.handle(new ChatRequest("web", sessionId, text));
    }

    SessionState state() {
        return sessions.load(sessionId).orElseThrow();
    }
}
