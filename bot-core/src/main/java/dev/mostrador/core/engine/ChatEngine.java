package dev.mostrador.core.engine;

import dev.mostrador.core.bundle.Bundle;

/**
 * The conversation engine: normalize, detect language, find the intent, route (running flow step, FAQ, menu,
 * doc, template, hand-off, fallback), render replies with quick replies, record the turn. One per business;
 * thread-safe; per-session state lives in the {@link dev.mostrador.core.port.SessionStore}.
 */
public final class ChatEngine {
    // TEMPORARY SKELETON: the engine task replaces this body.
    private final Bundle bundle;
    private final EnginePorts ports;

    public ChatEngine(Bundle bundle, EnginePorts ports) {
        this.bundle = bundle;
        this.ports = ports;
    }

    public ChatResponse handle(ChatRequest request) {
        throw new UnsupportedOperationException("not built yet");
    }
}
