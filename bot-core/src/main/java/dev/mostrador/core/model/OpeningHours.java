package dev.mostrador.core.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Weekly opening ranges plus dated exceptions. A day with no ranges is closed.
 * Exceptions replace the weekly ranges on their date (an empty list means closed that day).
 */
public record OpeningHours(Map<DayOfWeek, List<TimeRange>> weekly, Map<LocalDate, List<TimeRange>> exceptions) {

    public static final OpeningHours ALWAYS_CLOSED = new OpeningHours(Map.of(), Map.of());

    public OpeningHours {
        EnumMap<DayOfWeek, List<TimeRange>> w = new EnumMap<>(DayOfWeek.class);
        if (weekly != null) weekly.forEach((d, r) -> w.put(d, List.copyOf(r)));
        weekly = java.util.Collections.unmodifiableMap(w);
        TreeMap<LocalDate, List<TimeRange>> e = new TreeMap<>();
        if (exceptions != null) exceptions.forEach((d, r) -> e.put(d, List.copyOf(r)));
        exceptions = java.util.Collections.unmodifiableSortedMap(e);
    }

    /** The ranges that apply on a date: the exception if there is one, else the weekday's ranges. */
    public List<TimeRange> rangesOn(LocalDate date) {
        List<TimeRange> ex = exceptions.get(date);
        if (ex != null) return ex;
        return weekly.getOrDefault(date.getDayOfWeek(), List.of());
    }

    public boolean isOpenAt(ZonedDateTime time) {
        return rangesOn(time.toLocalDate()).stream().anyMatch(r -> r.contains(time.toLocalTime()));
    }
}
