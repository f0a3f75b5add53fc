package dev.mostrador.core.model;

import java.time.LocalTime;
import java.util.Objects;

/** One opening range within a day, e.g. 08:00-18:00. {@code to} may be 24:00, written as LocalTime.MAX. */
public record TimeRange(LocalTime from, LocalTime to) {
    public TimeRange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("range must end after it starts: " + from + "-" + to);
        }
    }

    public boolean contains(LocalTime t) {
        return !t.isBefore(from) && t.isBefore(to);
    }

    @Override
    public String toString() {
        return fmt(from) + "-" + fmt(to);
    }

    private static String fmt(LocalTime t) {
        return t.equals(LocalTime.MAX) ? "24:00" : String.format("%02d:%02d", t.getHour(), t.getMinute());
    }
}
