package dev.mostrador.core.match;

import java.util.Objects;

/**
 * One searchable text: an FAQ phrasing (question or an {@code also} line), a menu item field, or a doc chunk.
 * Several texts may share a (kind, id); the thing's score is its best text's.
 */
public record IndexedText(String kind, String id, String text) {
    public IndexedText {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }
}
