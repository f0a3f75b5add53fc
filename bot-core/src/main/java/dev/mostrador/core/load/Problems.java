package dev.mostrador.core.load;

import java.util.ArrayList;
import java.util.List;

/** Collects every mistake found while loading, so the owner sees them all at once instead of one per build. */
final class Problems {
    private final List<Problem> found = new ArrayList<>();

    void add(String file, int line, String message, String fix) {
        found.add(new Problem(file, line, 0, message, fix));
    }

    void add(String file, int line, int column, String message, String fix) {
        found.add(new Problem(file, line, column, message, fix));
    }

    void add(Document doc, String pointer, String message, String fix) {
        found.add(new Problem(doc.file(), doc.line(pointer), 0, message, fix));
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    int size() {
        return found.size();
    }

    List<Problem> all() {
        // the same mistake can be seen by the schema and by a reader; report it once
        return found.stream().distinct().sorted().toList();
    }
}
