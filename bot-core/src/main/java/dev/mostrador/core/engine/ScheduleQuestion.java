package dev.mostrador.core.engine;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A question about when or where the business is: open now, hours on a day, the week's hours, where it is.
 * {@code date} is the day asked about (today when none was named).
 */
public record ScheduleQuestion(Kind kind, LocalDate date, boolean dayNamed) {

    public enum Kind { OPEN_NOW, DAY, WEEK, LOCATION }

    private static final List<String> HOURS = List.of(
            "abren", "abre", "abrir", "abrimos", "abierto", "abiertos", "abierta", "cierran", "cierra", "cerrado",
            "cerrados", "cerraron", "cerro", "abrieron", "abrio", "horario", "horarios", "atienden", "atiende",
            "atendiendo", "trabajan", "abriran", "open", "opening", "close",
            "closing", "closed", "hours", "a que hora", "what time", "hasta que hora");
    private static final List<String> OPEN_NOW = List.of(
            "estan abiertos", "esta abierto", "estan abiertas", "abierto ahora", "abiertos ahora", "ya abrieron",
            "ya abrio", "estan atendiendo", "atienden ahora", "siguen abiertos", "todavia abiertos", "siguen atendiendo",
            "todavia atienden", "ya cerraron", "ya cerro", "estan cerrados", "esta cerrado", "are you open",
            "are you closed", "closed now",
            "open now", "still open", "ahorita", "ahora");
    private static final List<String> LOCATION = List.of(
            "donde estan", "donde esta", "donde queda", "donde quedan", "donde se ubican", "donde los encuentro",
            "donde los encuentr", "ubicacion", "ubicados", "ubicacion hoy", "direccion", "donde", "where are you",
            "where is", "location", "address", "where", "en que parte", "que parte de", "en que zona", "por que zona",
            "como llego", "como llegar", "como les llego", "what part of", "which part of", "what area",
            "how do i get there", "how to get there", "how do i get to you");
    /**
     * "a donde hacen envios?", "where do you deliver": where the delivery reaches, not where the business is. Not
     * "llevar": "para llevar" is take-away, and "llevan el camión" the catering.
     */
    private static final List<String> DELIVERY = List.of(
            "delivery", "deliver", "delivers", "domicilio", "envio", "envios", "envian", "enviar", "entregan", "llegan",
            "reparten", "reparto", "ship", "hasta donde llevan", "a donde llevan", "adonde llevan", "donde llevan");
    /**
     * "donde" that asks for a place to do something there ("¿hay dónde sentarse?", "¿tienen dónde parquear?", "¿dónde
     * pago?"), not where the business is.
     */
    private static final List<String> NOT_LOCATION = List.of("donde pago", "hay donde", "tienen donde", "tenes donde",
            "tiene donde", "hay algun lugar donde", "hay lugar donde", "un lugar donde", "is there somewhere",
            "is there a place", "anywhere to", "somewhere to", "donde puedo", "donde podemos", "donde se puede",
            "donde parqueo", "donde estaciono", "donde dejo", "where can i", "where can we", "where do i", "where do we",
            "where to");
    /** "¿dónde los puedo encontrar?", "where can I find you?": asking for a place to find the business is where it is. */
    private static final List<String> FIND = List.of("encontrar", "encontrarlos", "encontrarte", "encuentro",
            "ubicarlos", "hallarlos", "find you", "find the truck", "find your", "meet you");
    private static final Map<String, DayOfWeek> DAYS = Map.ofEntries(
            Map.entry("lunes", DayOfWeek.MONDAY), Map.entry("martes", DayOfWeek.TUESDAY),
            Map.entry("miercoles", DayOfWeek.WEDNESDAY), Map.entry("jueves", DayOfWeek.THURSDAY),
            Map.entry("viernes", DayOfWeek.FRIDAY), Map.entry("sabado", DayOfWeek.SATURDAY),
            Map.entry("domingo", DayOfWeek.SUNDAY), Map.entry("monday", DayOfWeek.MONDAY),
            Map.entry("tuesday", DayOfWeek.TUESDAY), Map.entry("wednesday", DayOfWeek.WEDNESDAY),
            Map.entry("thursday", DayOfWeek.THURSDAY), Map.entry("friday", DayOfWeek.FRIDAY),
            Map.entry("saturday", DayOfWeek.SATURDAY), Map.entry("sunday", DayOfWeek.SUNDAY),
            Map.entry("sabados", DayOfWeek.SATURDAY), Map.entry("domingos", DayOfWeek.SUNDAY),
            Map.entry("mondays", DayOfWeek.MONDAY), Map.entry("tuesdays", DayOfWeek.TUESDAY),
            Map.entry("wednesdays", DayOfWeek.WEDNESDAY), Map.entry("thursdays", DayOfWeek.THURSDAY),
            Map.entry("fridays", DayOfWeek.FRIDAY), Map.entry("saturdays", DayOfWeek.SATURDAY),
            Map.entry("sundays", DayOfWeek.SUNDAY));
    /** The weekend as a whole: both its days are answered (see {@link #weekendIn}). */
    private static final List<String> WEEKEND = List.of("weekend", "weekends", "fin de semana", "fines de semana",
            "finde", "findes");
    private static final Map<String, Month> MONTHS = Map.ofEntries(
            Map.entry("enero", Month.JANUARY), Map.entry("febrero", Month.FEBRUARY), Map.entry("marzo", Month.MARCH),
            Map.entry("abril", Month.APRIL), Map.entry("mayo", Month.MAY), Map.entry("junio", Month.JUNE),
            Map.entry("julio", Month.JULY), Map.entry("agosto", Month.AUGUST), Map.entry("septiembre", Month.SEPTEMBER),
            Map.entry("setiembre", Month.SEPTEMBER), Map.entry("octubre", Month.OCTOBER),
            Map.entry("noviembre", Month.NOVEMBER), Map.entry("diciembre", Month.DECEMBER),
            Map.entry("january", Month.JANUARY), Map.entry("february", Month.FEBRUARY), Map.entry("march", Month.MARCH),
            Map.entry("april", Month.APRIL), Map.entry("may", Month.MAY), Map.entry("june", Month.JUNE),
            Map.entry("july", Month.JULY), Map.entry("august", Month.AUGUST), Map.entry("september", Month.SEPTEMBER),
            Map.entry("october", Month.OCTOBER), Map.entry("november", Month.NOVEMBER), Map.entry("december", Month.DECEMBER));
    private static final Pattern DAY_MONTH = Pattern.compile("\\b(\\d{1,2}) (?:de )?([a-z]+)\\b");
    private static final Pattern SLASH_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})");
    /** "el 25", "on the 24th": a day of the month without the month (the next such day). */
    private static final Pattern DAY_ONLY = Pattern.compile("\\b(?:el|este|on the|the)\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b");

    /**
     * Words that ask when or whether the business is somewhere, said with the name of one of its locations:
     * "¿cuándo están en Plaza Los Robles?", "¿qué días llegan a la rotonda?", "when are you at the plaza?".
     */
    private static final List<String> BEING_AT = List.of("cuando", "que dias", "que dia", "estan", "tan", "estaran",
            "esta", "estas", "van a estar", "vas a estar", "llegan", "vienen", "pasan", "andan", "paran", "se ponen",
            "se parquean", "como llego", "como llegar", "como llegamos", "when", "what days", "which days", "what day", "are you", "will you be", "do you come",
            "do you go", "you guys at", "be at", "how do i get", "how to get", "directions");

    /** "a qué hora pasan por la rotonda?": a question about the hours too. */
    public static boolean asksHours(Message m) {
        return m.hasAny(HOURS) || m.hasAny("hora", "time");
    }

    /** A message naming one of the locations asks when the business is there (not, say, about parking there). */
    public static boolean asksWhenAt(Message m) {
        return m.hasAny(BEING_AT) || asksWhere(m);
    }

    /** "¿dónde puedo parquear?", "where can I park?": a place to do something, not where the business is. */
    public static boolean asksPlaceToDoSomething(Message m) {
        return m.hasAny(LOCATION) && !notAPlaceToDoSomething(m);
    }

    /** "¿dónde están?", "where can I find you?": where the business is (not a place to do something there). */
    private static boolean asksWhere(Message m) {
        return m.hasAny(LOCATION) && notAPlaceToDoSomething(m);
    }

    /** A "where" that is not about doing something there ("¿dónde puedo parquear?"), or that asks how to find it. */
    private static boolean notAPlaceToDoSomething(Message m) {
        return !m.hasAny(NOT_LOCATION) || m.hasAny(FIND);
    }

    /** Where a customer wants the order brought: "¿llegan a mi casa?", "do you deliver to my office?". */
    private static final List<String> DESTINATION = List.of("mi casa", "a casa", "mi trabajo", "mi oficina",
            "mi barrio", "mi colonia", "mi residencial", "mi direccion", "mi negocio", "mi hotel", "my house", "my place",
            "my home", "my office", "my work", "my address", "my hotel");

    /**
     * "¿hasta dónde llegan?", "where do you deliver", "¿llegan a mi casa?": where the delivery reaches (a delivery
     * word with a "donde" or with where the customer is).
     */
    public static boolean asksDeliveryReach(Message m) {
        return m.hasAny(DELIVERY) && (asksWhere(m) || m.hasAny(DESTINATION));
    }

    private static final Pattern AT_TIME = Pattern.compile(
            "\\b(?:a las|a la|at|para las|by)\\s+(\\d{1,2})(?:[:.](\\d{2}))?\\s*(pm|p m|am|a m|de la noche|de la tarde|de la manana|de la mañana|en la noche|en la tarde|de la madrugada)?");

    /**
     * The time of day in "¿están abiertos a las 10 de la noche?", "open at 9pm?": with pm/noche/tarde the afternoon
     * hour; without, an hour that has passed today reads as the evening one ("a las 10" asked at 13:00 is 22:00).
     */
    public static Optional<java.time.LocalTime> timeIn(Message m, java.time.LocalTime now) {
        Matcher t = AT_TIME.matcher(m.normalized());
        if (!t.find()) return Optional.empty();
        int h = Integer.parseInt(t.group(1));
        int min = t.group(2) == null ? 0 : Integer.parseInt(t.group(2));
        if (h > 23 || min > 59) return Optional.empty();
        String part = t.group(3) == null ? "" : t.group(3);
        boolean afternoon = part.startsWith("p") || part.contains("noche") || part.contains("tarde");
        if (h < 12 && (afternoon || (part.isEmpty() && (h < 7 || h < now.getHour())))) h += 12;
        if (h == 24) h = 12;
        return Optional.of(java.time.LocalTime.of(h % 24, min));
    }

    /** "¿ya cerraron?", "están cerrados?", "are you closed?": whether the business is closed (not when it closes). */
    public static boolean asksIfClosed(Message m) {
        return m.hasAny("cerraron", "cerro", "cerrado", "cerrados", "cerrada", "cerradas", "closed");
    }

    /**
     * "abren el fin de semana?", "are you open this weekend?": the weekend's days still to come (Saturday and Sunday;
     * only Sunday on a Sunday), or empty when the message names no weekend.
     */
    public static List<LocalDate> weekendIn(Message m, LocalDate today) {
        if (!m.hasAny(WEEKEND)) return List.of();
        if (today.getDayOfWeek() == DayOfWeek.SUNDAY) return List.of(today);
        LocalDate saturday = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
        return List.of(saturday, saturday.plusDays(1));
    }

    /** The schedule question this message asks, if it asks one. */
    public static Optional<ScheduleQuestion> parse(Message m, LocalDate today) {
        Optional<LocalDate> day = dayIn(m, today);
        LocalDate date = day.orElse(today);
        if (asksWhere(m) && !m.hasAny(DELIVERY)) {
            return Optional.of(new ScheduleQuestion(Kind.LOCATION, date, day.isPresent()));
        }
        if (!m.hasAny(HOURS) && !m.hasAny("estan abiertos", "esta abierto")) return Optional.empty();
        if (day.isPresent()) return Optional.of(new ScheduleQuestion(Kind.DAY, date, true));
        if (m.hasAny(OPEN_NOW)) return Optional.of(new ScheduleQuestion(Kind.OPEN_NOW, today, false));
        if (m.hasAny("hoy", "today", "tonight", "hoy dia")) return Optional.of(new ScheduleQuestion(Kind.DAY, today, true));
        return Optional.of(new ScheduleQuestion(Kind.WEEK, today, false));
    }

    /** A day named in the message: hoy/mañana, a weekday (the next one, today included), "25 de diciembre", "25/12". */
    public static Optional<LocalDate> dayIn(Message m, LocalDate today) {
        String raw = m.raw();
        Matcher slash = SLASH_DATE.matcher(raw);
        if (slash.find()) {
            Optional<LocalDate> d = dated(today, Integer.parseInt(slash.group(1)), Integer.parseInt(slash.group(2)));
            if (d.isPresent()) return d;
        }
        Matcher dm = DAY_MONTH.matcher(m.normalized());
        while (dm.find()) {
            Month month = MONTHS.get(dm.group(2));
            if (month != null) {
                Optional<LocalDate> d = dated(today, Integer.parseInt(dm.group(1)), month.getValue());
                if (d.isPresent()) return d;
            }
        }
        Matcher only = DAY_ONLY.matcher(m.normalized());
        if (only.find()) {
            int d = Integer.parseInt(only.group(1));
            for (int ahead = 0; ahead <= 2; ahead++) {
                LocalDate month = today.withDayOfMonth(1).plusMonths(ahead);
                if (d < 1 || d > month.lengthOfMonth()) continue;
                LocalDate date = month.withDayOfMonth(d);
                if (!date.isBefore(today)) return Optional.of(date);
            }
        }
        for (String w : m.words()) {
            DayOfWeek d = DAYS.get(w);
            if (d != null) return Optional.of(today.with(TemporalAdjusters.nextOrSame(d)));
        }
        // "el finde", "this weekend": its first day still to come (today on a Sunday)
        List<LocalDate> weekend = weekendIn(m, today);
        if (!weekend.isEmpty()) return Optional.of(weekend.get(0));
        if (m.hasAny("pasado mañana", "pasado manana")) return Optional.of(today.plusDays(2));
        // "mañana" alone means tomorrow; "en la mañana"/"por la mañana" means in the morning.
        if ((m.has("manana") || m.has("mañana")) && !m.hasAny("la manana", "la mañana", "las mananas")) {
            return Optional.of(today.plusDays(1));
        }
        if (m.has("tomorrow")) return Optional.of(today.plusDays(1));
        if (m.hasAny("navidad", "christmas")) return dated(today, 25, 12);
        if (m.hasAny("año nuevo", "ano nuevo", "new year")) return dated(today, 1, 1);
        return Optional.empty();
    }

    private static Optional<LocalDate> dated(LocalDate today, int day, int month) {
        try {
            LocalDate d = LocalDate.of(today.getYear(), month, day);
            return Optional.of(d.isBefore(today) ? d.plusYears(1) : d);
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }
}
