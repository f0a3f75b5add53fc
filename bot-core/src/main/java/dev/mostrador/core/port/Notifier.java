package dev.mostrador.core.port;

/** Tells the owner about an order or a hand-off (email, Telegram, WhatsApp in the runtime). */
public interface Notifier {
    void notifyOwner(OwnerNotification notification);

    /** What the owner is told, already rendered in the owner's language. */
    record OwnerNotification(String kind, String reference, String subject, String body) {}
}
