package dev.mostrador.runtime.orders;

import dev.mostrador.core.engine.EnginePorts;
import dev.mostrador.core.model.Business;
import dev.mostrador.runtime.notify.Outbox;
import dev.mostrador.runtime.notify.OutboxNotifier;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;

/**
 * Connects the engine to orders and the owner once the business is known (its owner's email and language):
 * confirmed orders go to SQLite, owner notifications to the outbox.
 */
@Singleton
public class OrderDesk {
    private final OrderBook book;
    private final Outbox outbox;
    private final Duration duplicateWindow;

    /** @param duplicateWindow BOT_ORDERS_DUPLICATE_WINDOW: the same draft confirmed again within it is the same order */
    public OrderDesk(OrderBook book, Outbox outbox, @Value("${bot.orders.duplicate-window:30m}") Duration duplicateWindow) {
        this.book = book;
        this.outbox = outbox;
        this.duplicateWindow = duplicateWindow;
    }

    public SqliteOrderSink sinkFor(Business business) {
        return new SqliteOrderSink(book, new OrderEmail(business), duplicateWindow);
    }

    public OutboxNotifier notifierFor(Business business) {
        return new OutboxNotifier(outbox, business.owner().email());
    }

    /** The engine's ports with this business's order sink and outbox notifier (called once the bot is loaded). */
    public EnginePorts bind(EnginePorts ports, Business business) {
        // Messages queued before the owner set owner.email are sent to it once the business is loaded.
        outbox.addressUnaddressed(business.owner().email());
        return new EnginePorts(ports.sessions(), ports.turns(), ports.clock(), notifierFor(business), ports.llm())
                .withOrders(sinkFor(business));
    }
}
