package dev.mostrador.runtime.bot;

import dev.mostrador.core.engine.ChatEngine;
import dev.mostrador.core.engine.EnginePorts;
import dev.mostrador.core.port.Notifier;
import dev.mostrador.core.port.SessionStore;
import dev.mostrador.core.port.TurnLog;
import dev.mostrador.runtime.orders.OrderDesk;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the bot in the background once the server is up, so /health can say 503 while the embedding model
 * loads (several seconds) and 200 once customers can be answered.
 */
@Singleton
public class BotLoading {
    private static final Logger LOG = LoggerFactory.getLogger(BotLoading.class);

    /** Where loading stands: still loading, ready with an engine, or failed with a message for the owner. */
    public sealed interface Status {
        record Loading() implements Status {}

        record Ready(ChatEngine engine, String businessName, String description) implements Status {}

        record Failed(String message) implements Status {}
    }

    private final BundleSource source;
    private final EnginePorts ports;
    private final OrderDesk orders;
    private final CompletableFuture<Status> loaded = new CompletableFuture<>();

    public BotLoading(BundleSource source, SessionStore sessions, TurnLog turns, Clock clock, Notifier notifier,
                      OrderDesk orders) {
        this.source = source;
        this.orders = orders;
        this.ports = new EnginePorts(sessions, turns, clock, notifier, null);
    }

    @EventListener
    void onStartup(StartupEvent event) {
        Thread loader = new Thread(this::load, "bot-loading");
        loader.setDaemon(true);
        loader.start();
    }

    private void load() {
        long start = System.nanoTime();
        try {
            BundleSource.Loaded bundle = source.load();
            // Orders go to SQLite and owner notifications to the outbox, addressed to this business's owner.
            ChatEngine engine = new ChatEngine(bundle.bundle(), orders.bind(ports, bundle.bundle().business().business()));
            // The embedding models load on first use (seconds each): pay that now, so /health turns UP only when
            // the first customer gets a fast answer (the English second look's model too).
            bundle.bundle().retriever().warmUp();
            bundle.bundle().retriever().search("hola", bundle.bundle().business().business().language(), 1);
            LOG.info("Bot ready from {} in {} ms", bundle.description(), (System.nanoTime() - start) / 1_000_000);
            loaded.complete(new Status.Ready(engine, bundle.bundle().business().business().name(), bundle.description()));
        } catch (BundleSource.CannotLoad e) {
            LOG.error("Bot failed to load:\n{}", e.getMessage());
            loaded.complete(new Status.Failed(e.getMessage()));
        } catch (RuntimeException | Error e) {
            // A bug, not an owner's mistake: keep the trace in the log, tell the operator in one line.
            LOG.error("Bot failed to load", e);
            loaded.complete(new Status.Failed("unexpected error while loading the bot: " + e));
        }
    }

    public Status status() {
        return loaded.getNow(new Status.Loading());
    }

    public Optional<ChatEngine> engine() {
        return status() instanceof Status.Ready ready ? Optional.of(ready.engine()) : Optional.empty();
    }

    /** Blocks until loading ends, either way. */
    public Status awaitLoaded() {
        return loaded.join();
    }
}
