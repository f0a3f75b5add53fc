package dev.mostrador.runtime.notify;

import dev.mostrador.core.port.Notifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine's notifier in the runtime: hand-offs and complaints become outbox emails to the owner.
 * Orders are not queued here: the order sink writes the order's email in the order's own transaction, so
 * the engine's "order" notification that follows would be a second copy.
 */
public final class OutboxNotifier implements Notifier {
    private static final Logger LOG = LoggerFactory.getLogger("mostrador.owner");

    private final Outbox outbox;
    private final String recipient;

    public OutboxNotifier(Outbox outbox, String recipient) {
        this.outbox = outbox;
        this.recipient = recipient;
    }

    @Override
    public void notifyOwner(OwnerNotification n) {
        if ("order".equals(n.kind())) {
            LOG.debug("Order {}: its email was queued with the order", n.reference());
            return;
        }
        try {
            outbox.enqueue(new OwnerMessage(n.kind(), n.reference(), recipient, n.subject(), n.body()));
        } catch (RuntimeException e) {
            // The customer still gets the answer; the whole message goes to the log so it is not lost.
            LOG.error("Could not queue [{}] {} {} ({}):\n{}", n.kind(), n.reference(), n.subject(), e, n.body());
            return;
        }
        LOG.info("[{}] {} {}: queued for {}", n.kind(), n.reference(), n.subject(), recipient == null ? "(no owner email)" : recipient);
    }
}
