package dev.mostrador.core.engine;

import dev.mostrador.core.port.InMemorySessionStore;
import dev.mostrador.core.port.LanguageModel;
import dev.mostrador.core.port.Notifier;
import dev.mostrador.core.port.OrderSink;
import dev.mostrador.core.port.SessionStore;
import dev.mostrador.core.port.TurnLog;
import java.time.Clock;
import java.util.Objects;

/**
 * What the engine needs from the outside world. {@code llm} is null in rag_only mode; {@code orders} receives
 * confirmed orders (a sink that keeps nothing unless set with {@link #withOrders}).
 */
public record EnginePorts(
        SessionStore sessions, TurnLog turns, Clock clock, Notifier notifier, LanguageModel llm, OrderSink orders) {
    public EnginePorts {
        Objects.requireNonNull(sessions, "sessions");
        Objects.requireNonNull(turns, "turns");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(notifier, "notifier");
        orders = orders == null ? OrderSink.NONE : orders;
    }

    public EnginePorts(SessionStore sessions, TurnLog turns, Clock clock, Notifier notifier, LanguageModel llm) {
        this(sessions, turns, clock, notifier, llm, OrderSink.NONE);
    }

    /** In-memory sessions, no turn log, no notifications: batch answering and tests. */
    public static EnginePorts inMemory(Clock clock) {
        return new EnginePorts(new InMemorySessionStore(), t -> {}, clock, n -> {}, null);
    }

    public EnginePorts withOrders(OrderSink orders) {
        return new EnginePorts(sessions, turns, clock, notifier, llm, orders);
    }
}
