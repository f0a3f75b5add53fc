package dev.mostrador.core.engine;

import java.util.Locale;

/** What the customer wants from one message; {@link #key()} is the chat API's intent value. */
public enum Intent {
    GREETING, FAQ, MENU, ORDER, HANDOFF, COMPLAINT, SMALLTALK, FALLBACK;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The intent named {@code key} (as in intents.yaml or flows' start_when), or null. */
    public static Intent of(String key) {
        for (Intent i : values()) if (i.key().equals(key == null ? "" : key.trim().toLowerCase(Locale.ROOT))) return i;
        return null;
    }
}
