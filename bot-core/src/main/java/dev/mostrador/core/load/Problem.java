package dev.mostrador.core.load;

import java.util.Objects;

/**
 * One mistake in the owner's files: where it is, what is wrong and how to fix it.
 * Rendered as {@code business/menu.csv:7: price "4,50" is not a number; write 4.50}
 * ({@code file:line:column:} when the column helps).
 */
public record Problem(String file, int line, int column, String message, String fix) implements Comparable<Problem> {
    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
    }

    public static Problem at(String file, int line, String message, String fix) {
        return new Problem(file, line, 0, message, fix);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) sb.append(':').append(line);
        if (line > 0 && column > 0) sb.append(':').append(column);
        sb.append(": ").append(message);
        if (fix != null && !fix.isBlank()) sb.append("; ").append(fix);
        return sb.toString();
    }

    @Override
    public int compareTo(Problem o) {
        int c = file.compareTo(o.file);
        if (c != 0) return c;
        c = Integer.compare(line, o.line);
        return c != 0 ? c : Integer.compare(column, o.column);
    }
}
