package dev.mostrador.core.model;

import java.time.DayOfWeek;
import java.util.Set;

/** Where a moving business stands on some weekdays. */
public record Location(Set<DayOfWeek> days, String place) {
    public Location {
        days = Set.copyOf(days);
    }
}
