package dev.mostrador.runtime.bot;

import dev.mostrador.core.port.Notifier;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Tells the owner through the log until email and messaging notifications exist. */
@Singleton
public class LogNotifier implements Notifier {
    private static final Logger LOG = LoggerFactory.getLogger("mostrador.owner");

    @Override
    public void notifyOwner(OwnerNotification n) {
        LOG.info("[{}] {} {}\n{}", n.kind(), n.reference(), n.subject(), n.body());
    }
}
