package dev.mostrador.core.engine;

import dev.mostrador.core.bundle.Bundle;
import dev.mostrador.core.bundle.BundleCompiler;
import dev.mostrador.core.load.BusinessLoader;
import dev.mostrador.core.port.InMemorySessionStore;
import dev.mostrador.core.port.Notifier.OwnerNotification;
import dev.mostrador.core.port.OrderSink;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * One customer talking to the real engine over the repository's example business (business/: Tacos El Güero,
 * NIO, delivery fee 60 and minimum 300, two Coca-Colas), with a clock the test can move and a sink that
 * numbers orders like the runtime does (#0001).
 */
final class Taqueria {
    private static Bundle bundle;

    final List<OrderSink.PlacedOrder> orders = new ArrayList<>();
    final List<OwnerNotification> notifications = new ArrayList<>();
    final InMemorySessionStore sessions = new InMemorySessionStore();
    final MovingClock clock;
    /** While true the order store fails, as a database that is down would. */
    boolean storeDown;
    private final ChatEngine engine;
    private final String sessionId = "web-taqueria";

    Taqueria() {
        ZoneId zone = ZoneId.of("America/Managua");
        this.clock = new MovingClock(LocalDateTime.parse("2026-11-25T12:00").atZone(zone).toInstant(), zone);
        EnginePorts ports = new EnginePorts(sessions, t -> {}, clock, notifications::add, null).withOrders(o -> {
            if (storeDown) throw new IllegalStateException("database is down");
            orders.add(o);
            return String.format("#%04d", orders.size());
        });
        this.engine = new ChatEngine(bundle(), ports);
    }

    static synchronized Bundle bundle() {
        if (bundle == null) {
            try {
                bundle = new BundleCompiler().compile(BusinessLoader.load(Path.of("..", "business")));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return bundle;
    }

    ChatResponse say(String text) {
        return engine.handle(new ChatRequest("web", sessionId, text));
    }

    /** Name, phone and cash for the order in progress: the confirmation it gets to. */
    String checkout() {
        say("Ana");
        say("8888 1111");
        return say("efectivo").text();
    }

    String step(String text) {
        ChatResponse r = say(text);
        return r.flow() == null ? null : r.flow().step();
    }

    SessionState state() {
        return sessions.load(sessionId).orElseThrow();
    }

    /** A clock the conversation can move forward, for idle flows. */
    static final class MovingClock extends Clock {
        private Instant now;
        private final ZoneId zone;

        MovingClock(Instant now, ZoneId zone) {
            this.now = now;
            this.zone = zone;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override public ZoneId getZone() { return zone; }
        @Override public Clock withZone(ZoneId z) { return new MovingClock(now, z); }
        @Override public Instant instant() { return now; }
    }
}
