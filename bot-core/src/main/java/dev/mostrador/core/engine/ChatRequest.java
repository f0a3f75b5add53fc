package dev.mostrador.core.engine;

import java.util.Objects;

/** A normalized customer message from any channel (web, telegram, whatsapp, batch). */
public record ChatRequest(String channel, String sessionId, String text) {
    public ChatRequest {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(sessionId, "sessionId");
        text = text == null ? "" : text;
    }
}
