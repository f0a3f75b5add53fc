package dev.mostrador.core.model;

/** Where orders and hand-offs are sent. Secrets never live here. */
public record Owner(String whatsapp, String telegramChatId, String email) {
    public static final Owner NONE = new Owner(null, null, null);
}
