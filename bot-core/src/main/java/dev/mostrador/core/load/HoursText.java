package dev.mostrador.core.load;

import dev.mostrador.core.model.TimeRange;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The owner's words for days and opening ranges: "mon-fri", "sat, sun", "lun-vie"; "08:00-12:00, 14:00-18:00",
 * "closed", "cerrado". A parse either gives a value or the reason with the fix, never an exception.
 */
final class HoursText {
    static final String DAY_KEYS = "mon tue wed thu fri sat sun (or lun mar mie jue vie sab dom), ranges like mon-fri, lists like \"sat, sun\"";
    static final String RANGE_FIX = "write it like 08:00-18:00 (several: 08:00-12:00, 14:00-18:00), or closed";
    private static final Map<String, DayOfWeek> DAYS = new LinkedHashMap<>();
    private static final Pattern RANGE = Pattern.compile("(\\d{1,2}):(\\d{2})\\s*[-–]\\s*(\\d{1,2}):(\\d{2})");

    static {
        String[][] names = {
            {"mon", "lun"}, {"tue", "mar"}, {"wed", "mie"}, {"thu", "jue"}, {"fri", "vie"}, {"sat", "sab"}, {"sun", "dom"}
        };
        for (int i = 0; i < 7; i++) {
            for (String n : names[i]) DAYS.put(n, DayOfWeek.of(i + 1));
        }
        DAYS.put("mié", DayOfWeek.WEDNESDAY);
        DAYS.put("sáb", DayOfWeek.SATURDAY);
        // whole names too, as owners write them: "lunes-viernes", "saturday"
        String[][] whole = {
            {"monday", "lunes"}, {"tuesday", "martes"}, {"wednesday", "miercoles", "miércoles"}, {"thursday", "jueves"},
            {"friday", "viernes"}, {"saturday", "sabado", "sábado"}, {"sunday", "domingo"}
        };
        for (int i = 0; i < 7; i++) {
            for (String n : whole[i]) DAYS.put(n, DayOfWeek.of(i + 1));
        }
    }

    /** A parse result: the value, or why it failed and how to fix it. */
    record Parsed<T>(T value, String error, String fix) {
        static <T> Parsed<T> ok(T value) {
            return new Parsed<>(value, null, null);
        }

        static <T> Parsed<T> fail(String error, String fix) {
            return new Parsed<>(null, error, fix);
        }

        boolean failed() {
            return error != null;
        }
    }

    private HoursText() {}

    static Parsed<Set<DayOfWeek>> days(String text) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String part : text.split(",")) {
            String p = part.trim().toLowerCase(Locale.ROOT);
            if (p.isEmpty()) continue;
            String[] ends = p.split("\\s*-\\s*", -1);
            if (ends.length > 2 || Arrays.stream(ends).anyMatch(String::isEmpty)) return Parsed.fail("'" + part.trim() + "' is not a day or a range of days", "use " + DAY_KEYS);
            DayOfWeek from = DAYS.get(ends[0]);
            DayOfWeek to = ends.length == 2 ? DAYS.get(ends[1]) : from;
            for (String end : ends) {
                if (!DAYS.containsKey(end)) {
                    String hint = Spelling.didYouMean(end, DAYS.keySet(), "", "");
                    return Parsed.fail("unknown day '" + end + "'", hint + "use " + DAY_KEYS);
                }
            }
            // a range may wrap around the week: fri-mon
            for (DayOfWeek d = from; ; d = d.plus(1)) {
                days.add(d);
                if (d == to) break;
            }
        }
        if (days.isEmpty()) return Parsed.fail("no days given", "use " + DAY_KEYS);
        return Parsed.ok(days);
    }

    /** Ranges of one day; an empty list means closed. */
    static Parsed<List<TimeRange>> ranges(String text) {
        String t = text.trim();
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.equals("closed") || lower.equals("cerrado")) return Parsed.ok(List.of());
        List<TimeRange> ranges = new ArrayList<>();
        for (String part : t.split("[,;]")) {
            String p = part.trim();
            Matcher m = RANGE.matcher(p);
            if (!m.matches()) return Parsed.fail("\"" + p + "\" is not a time range", RANGE_FIX);
            LocalTime from = time(m.group(1), m.group(2), false);
            LocalTime to = time(m.group(3), m.group(4), true);
            if (from == null || to == null) {
                return Parsed.fail("\"" + p + "\" has an impossible time", "hours go from 00:00 to 24:00 and minutes from 00 to 59");
            }
            if (!to.isAfter(from)) {
                return Parsed.fail("range " + p + " ends before it starts",
                        "write the earlier time first; for hours past midnight write ..-24:00 on this day and 00:00-.. on the next");
            }
            ranges.add(new TimeRange(from, to));
        }
        for (int i = 1; i < ranges.size(); i++) {
            if (ranges.get(i).from().isBefore(ranges.get(i - 1).to())) {
                return Parsed.fail("ranges " + ranges.get(i - 1) + " and " + ranges.get(i) + " overlap", "list the ranges in order without overlapping");
            }
        }
        return Parsed.ok(ranges);
    }

    private static LocalTime time(String h, String m, boolean end) {
        int hour = Integer.parseInt(h);
        int minute = Integer.parseInt(m);
        if (end && hour == 24 && minute == 0) return LocalTime.MAX;
        if (hour > 23 || minute > 59) return null;
        return LocalTime.of(hour, minute);
    }
}
