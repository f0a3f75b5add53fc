package dev.mostrador.core.engine;

import dev.mostrador.core.model.Business;
import dev.mostrador.core.model.Location;
import dev.mostrador.core.model.OpeningHours;
import dev.mostrador.core.model.TimeRange;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Opening hours and locations read at one moment in the business's timezone, as text a customer reads:
 * "lun-vie 08:00-18:00, sáb 09:00-14:00, dom cerrado", "Sí, estamos abiertos hasta las 18:00".
 */
public final class Schedule {
    private static final String[] DAY_ES = {"lun", "mar", "mié", "jue", "vie", "sáb", "dom"};
    private static final String[] DAY_EN = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    private static final String[] FULL_ES = {"lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"};
    private static final String[] FULL_EN = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

    private final Business business;
    private final OpeningHours hours;
    private final ZonedDateTime now;

    public Schedule(Business business, ZonedDateTime now) {
        this.business = business;
        this.hours = business.hours();
        this.now = now.withZoneSameInstant(business.timezone());
    }

    public ZonedDateTime now() {
        return now;
    }

    public LocalDate today() {
        return now.toLocalDate();
    }

    /** Whether the business opens at all on the date (exceptions included). */
    public boolean isOpenOn(LocalDate date) {
        return !hours.rangesOn(date).isEmpty();
    }

    public boolean isOpenNow() {
        return hours.isOpenAt(now);
    }

    /** The weekly hours, consecutive days with the same ranges grouped: "lun-vie 08:00-18:00, dom cerrado". */
    public String weekly(String lang) {
        List<String> parts = new ArrayList<>();
        DayOfWeek[] days = DayOfWeek.values();
        int i = 0;
        while (i < days.length) {
            List<TimeRange> r = hours.weekly().getOrDefault(days[i], List.of());
            int j = i;
            while (j + 1 < days.length && Objects.equals(hours.weekly().getOrDefault(days[j + 1], List.of()), r)) j++;
            String label = shortDay(days[i], lang) + (j > i ? "-" + shortDay(days[j], lang) : "");
            parts.add(label + " " + ranges(r, lang));
            i = j + 1;
        }
        return String.join(", ", parts);
    }

    /** "08:00-12:00 y 14:00-18:00", or "cerrado" / "closed". */
    public static String ranges(List<TimeRange> ranges, String lang) {
        if (ranges.isEmpty()) return en(lang) ? "closed" : "cerrado";
        List<String> texts = ranges.stream().map(TimeRange::toString).toList();
        return Texts.joinList(texts, lang);
    }

    public String todayHours(String lang) {
        return ranges(hours.rangesOn(today()), lang);
    }

    /** "Sí, estamos abiertos hasta las 18:00" or "Ahora estamos cerrados; abrimos mañana a las 08:00". */
    public String openNow(String lang) {
        return openNow(lang, false);
    }

    /**
     * As {@link #openNow(String)}, for a customer who asks whether the business is closed ("¿ya cerraron?") when
     * {@code askedIfClosed}: then an open business answers "No, seguimos abiertos…", not a "Sí" that reads as closed.
     */
    public String openNow(String lang, boolean askedIfClosed) {
        LocalTime t = now.toLocalTime();
        for (TimeRange r : hours.rangesOn(today())) {
            if (r.contains(t)) {
                String until = hhmm(r.to());
                if (askedIfClosed) {
                    return en(lang) ? "No, we're still open until " + until + "." : "No, seguimos abiertos hasta las " + until + ".";
                }
                return en(lang) ? "Yes, we are open until " + until + "." : "Sí, estamos abiertos hasta las " + until + ".";
            }
        }
        Optional<ZonedDateTime> next = nextOpening();
        if (next.isEmpty()) return en(lang) ? "We are closed right now." : "Ahora estamos cerrados.";
        String when = when(next.get().toLocalDate(), lang) + (en(lang) ? " at " : " a las ") + hhmm(next.get().toLocalTime());
        return en(lang) ? "We are closed right now; we open " + when + "." : "Ahora estamos cerrados; abrimos " + when + ".";
    }

    /** The next moment the business opens after now, looking two weeks ahead. */
    public Optional<ZonedDateTime> nextOpening() {
        for (int d = 0; d < 15; d++) {
            LocalDate date = today().plusDays(d);
            for (TimeRange r : hours.rangesOn(date)) {
                if (d > 0 || r.from().isAfter(now.toLocalTime())) {
                    return Optional.of(date.atTime(r.from()).atZone(business.timezone()));
                }
            }
        }
        return Optional.empty();
    }

    /** The answer for one date: "El domingo 29/11 estamos cerrados." / "Hoy abrimos de 08:00 a 18:00." */
    public String dayAnswer(LocalDate date, String lang) {
        List<TimeRange> r = hours.rangesOn(date);
        boolean special = hours.exceptions().containsKey(date);
        String when = when(date, lang);
        String whenCap = Character.toUpperCase(when.charAt(0)) + when.substring(1);
        String note = special ? (en(lang) ? " (special hours)" : " (horario especial)") : "";
        if (r.isEmpty()) {
            return en(lang) ? whenCap + " we are closed" + note + "." : whenCap + " estamos cerrados" + note + ".";
        }
        List<String> spans = r.stream()
                .map(x -> en(lang) ? "from " + hhmm(x.from()) + " to " + hhmm(x.to()) : "de " + hhmm(x.from()) + " a " + hhmm(x.to()))
                .toList();
        String open = Texts.joinList(spans, lang);
        return en(lang) ? whenCap + " we are open " + open + note + "." : whenCap + " abrimos " + open + note + ".";
    }

    /**
     * Whether the business is open at a time of a date: "Hoy a las 22:00 ya estamos cerrados. Hoy abrimos de 11:00 a
     * 15:00 y de 17:00 a 21:00." / "El sábado 28/11 a las 22:00 estamos abiertos: abrimos de 11:00 a 23:00."
     */
    public String openAt(LocalDate date, LocalTime time, String lang) {
        boolean open = hours.rangesOn(date).stream().anyMatch(r -> r.contains(time));
        String when = when(date, lang);
        String whenCap = Character.toUpperCase(when.charAt(0)) + when.substring(1);
        String at = en(lang) ? " at " + hhmm(time) : " a las " + hhmm(time);
        String day = dayAnswer(date, lang);
        if (open) {
            return en(lang) ? whenCap + at + " we are open: " + lowerFirst(day) : whenCap + at + " estamos abiertos: " + lowerFirst(day);
        }
        return en(lang) ? whenCap + at + " we are closed. " + day : whenCap + at + " estamos cerrados. " + day;
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    /** "hoy", "mañana", "el domingo 29/11" (en: "today", "tomorrow", "on Sunday 11/29"). */
    public String when(LocalDate date, String lang) {
        long days = date.toEpochDay() - today().toEpochDay();
        if (days == 0) return en(lang) ? "today" : "hoy";
        if (days == 1) return en(lang) ? "tomorrow" : "mañana";
        int i = date.getDayOfWeek().getValue() - 1;
        return en(lang)
                ? "on " + FULL_EN[i] + " " + date.getMonthValue() + "/" + date.getDayOfMonth()
                : "el " + FULL_ES[i] + " " + date.getDayOfMonth() + "/" + date.getMonthValue();
    }

    /** Where the business stands on a date, or null when it has no moving locations for that weekday. */
    public String locationOn(LocalDate date) {
        for (Location l : business.locations()) {
            if (l.days().contains(date.getDayOfWeek())) return l.place();
        }
        return null;
    }

    /** Words of a place name that say nothing of which place it is ("frente al parqueo", "150 m al sur"). */
    private static final java.util.Set<String> PLACE_FILLER = java.util.Set.of("frente", "junto", "costado", "contiguo",
            "entre", "cerca", "detras", "enfrente", "esquina", "cuadra", "cuadras", "metros", "norte", "este", "oeste",
            "arriba", "abajo", "lado", "calle", "avenida", "near", "next", "across", "from", "front", "behind",
            "corner", "street", "avenue", "block", "north", "south", "east", "west", "the");

    /**
     * The moving location whose name (its place up to the first comma: "Plaza Los Robles") the message says, by a
     * word of four letters or more that no other location's name has: "cuando están en plaza los robles?", "van a
     * estar en la rotonda?". Empty when none, or when two locations are named as much.
     */
    public Optional<Location> locationNamed(Message m) {
        List<Location> all = business.locations();
        if (all.isEmpty()) return Optional.empty();
        List<java.util.Set<String>> names = new ArrayList<>();
        java.util.Map<String, Integer> seen = new java.util.HashMap<>();
        for (Location l : all) {
            java.util.Set<String> words = new java.util.LinkedHashSet<>();
            String name = l.place().split(",", 2)[0];
            for (String w : Message.normalize(name).split(" ")) {
                if (w.length() >= 4 && !PLACE_FILLER.contains(w) && !w.chars().allMatch(Character::isDigit)) words.add(w);
            }
            names.add(words);
            for (String w : words) seen.merge(w, 1, Integer::sum);
        }
        Location best = null;
        int bestCount = 0;
        boolean tie = false;
        for (int i = 0; i < all.size(); i++) {
            int count = 0;
            for (String w : names.get(i)) if (seen.get(w) == 1 && m.words().contains(w)) count++;
            if (count > bestCount) {
                best = all.get(i);
                bestCount = count;
                tie = false;
            } else if (count > 0 && count == bestCount && !all.get(i).place().equals(best.place())) {
                tie = true;
            }
        }
        return tie || best == null ? Optional.empty() : Optional.of(best);
    }

    /**
     * When the business is at a named location: "Estamos en Plaza Los Robles, frente al parqueo, de jueves a sábado.
     * Hoy estamos en Rotonda El Güegüense, 150 m al sur." With a day asked about, whether it is there that day, and
     * where it is instead.
     */
    public String locationAnswer(Location at, Optional<LocalDate> day, boolean withHours, String lang) {
        String text = locationAnswer(at, day, lang);
        if (!withHours) return text;
        // "a qué hora pasan por la rotonda?": the hours of the day asked about, or of the next day it is there
        LocalDate date = day.filter(d -> at.days().contains(d.getDayOfWeek())).orElse(null);
        for (int d = 0; date == null && d < 7; d++) {
            if (at.days().contains(today().plusDays(d).getDayOfWeek())) date = today().plusDays(d);
        }
        return date == null ? text : text + " " + dayAnswer(date, lang);
    }

    private String locationAnswer(Location at, Optional<LocalDate> day, String lang) {
        String days = daysText(at.days(), lang);
        // "Estamos en Plaza Los Robles, frente al parqueo, de jueves a sábado": a place with a comma gets another
        Map<String, String> v = new java.util.HashMap<>(Map.of("place", at.place(), "days", days,
                "place_days", at.place() + (at.place().contains(",") ? "," : "")));
        if (day.isPresent()) {
            String when = when(day.get(), lang);
            v.put("when", when);
            v.put("When", Character.toUpperCase(when.charAt(0)) + when.substring(1));
            if (at.days().contains(day.get().getDayOfWeek())) return Texts.fill(Texts.get("location_named_yes", lang), v);
            String other = locationOn(day.get());
            if (other == null) return Texts.fill(Texts.get("location_named_off", lang), v);
            v.put("other", other);
            return Texts.fill(Texts.get("location_named_no", lang), v);
        }
        String text = Texts.fill(Texts.get("location_named", lang), v);
        String today = locationOn(today());
        if (at.days().contains(today().getDayOfWeek())) return text + " " + Texts.get("location_named_today", lang);
        if (today != null) return text + " " + Texts.fill(Texts.get("location_named_elsewhere", lang), Map.of("today", today));
        return text;
    }

    /**
     * Weekdays as a customer says them: "de jueves a sábado", "los lunes y miércoles", "de lunes a miércoles y los
     * sábados", "todos los días" (en: "from Thursday to Saturday", "on Mondays and Wednesdays", "every day").
     */
    public static String daysText(java.util.Set<DayOfWeek> days, String lang) {
        if (days.size() == 7) return en(lang) ? "every day" : "todos los días";
        DayOfWeek[] week = DayOfWeek.values();
        List<String> parts = new ArrayList<>();
        List<String> singles = new ArrayList<>();
        int i = 0;
        while (i < week.length) {
            if (!days.contains(week[i])) {
                i++;
                continue;
            }
            int j = i;
            while (j + 1 < week.length && days.contains(week[j + 1])) j++;
            if (j - i >= 2) {
                flushSingles(singles, parts, lang);
                parts.add(en(lang) ? "from " + FULL_EN[i] + " to " + FULL_EN[j] : "de " + FULL_ES[i] + " a " + FULL_ES[j]);
            } else {
                for (int k = i; k <= j; k++) singles.add(en(lang) ? FULL_EN[k] + "s" : plural(FULL_ES[k]));
            }
            i = j + 1;
        }
        flushSingles(singles, parts, lang);
        return Texts.joinList(parts, lang);
    }

    private static void flushSingles(List<String> singles, List<String> parts, String lang) {
        if (singles.isEmpty()) return;
        parts.add((en(lang) ? "on " : "los ") + Texts.joinList(List.copyOf(singles), lang));
        singles.clear();
    }

    /** "sábado" → "sábados"; "lunes" stays. */
    private static String plural(String day) {
        return day.endsWith("s") ? day : day + "s";
    }

    /** Today's place, falling back to the fixed address. */
    public String locationToday() {
        String place = locationOn(today());
        return place != null ? place : Objects.requireNonNullElse(business.address(), "");
    }

    static String hhmm(LocalTime t) {
        return t.equals(LocalTime.MAX) ? "24:00" : String.format("%02d:%02d", t.getHour(), t.getMinute());
    }

    public static String dayName(DayOfWeek d, String lang) {
        return en(lang) ? FULL_EN[d.getValue() - 1] : FULL_ES[d.getValue() - 1];
    }

    private static String shortDay(DayOfWeek d, String lang) {
        return en(lang) ? DAY_EN[d.getValue() - 1] : DAY_ES[d.getValue() - 1];
    }

    private static boolean en(String lang) {
        return "en".equals(lang);
    }
}
