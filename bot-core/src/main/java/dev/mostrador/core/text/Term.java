package dev.mostrador.core.text;

/**
 * One analyzed unit of a text: a stem (or a joined multi-word phrase such as "sin_carne"), and the synonym group
 * it belongs to, or null. Two terms match when their stems are equal or they share a group.
 */
public record Term(String stem, String group) {
    public Term {
        if (stem == null || stem.isEmpty()) throw new IllegalArgumentException("empty term");
    }

    public static Term of(String stem) {
        return new Term(stem, null);
    }

    public boolean hasGroup() {
        return group != null;
    }
}
