package dev.mostrador.core.load;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mostrador.core.model.Business;
import dev.mostrador.core.model.Delivery;
import dev.mostrador.core.model.Location;
import dev.mostrador.core.model.OpeningHours;
import dev.mostrador.core.model.Owner;
import dev.mostrador.core.model.TimeRange;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** business.yaml into {@link Business}; type and key mistakes are left to the schema, meaning is checked here. */
final class BusinessReader {
    private final Document doc;
    private final Problems problems;

    BusinessReader(Document doc, Problems problems) {
        this.doc = doc;
        this.problems = problems;
    }

    Business read() {
        JsonNode root = doc.root();
        String name = text(root, "name");
        String language = text(root, "language");
        if (language == null) language = "es";
        List<String> languages = strings(root.get("languages"));
        if (languages.isEmpty()) languages = List.of(language);
        if (root.path("language").isTextual() && root.path("languages").isArray() && !languages.contains(language)) {
            problems.add(doc, "/language", "language '" + language + "' is not in languages " + languages,
                    "add " + language + " to languages, or choose one of " + String.join(", ", languages));
        }
        return new Business(
                name == null ? "" : name,
                language,
                languages,
                zone(root),
                currency(root),
                text(root, "address"),
                text(root, "maps_url"),
                text(root, "phone"),
                hours(root.get("hours")),
                locations(root.get("locations")),
                strings(root.get("payment_methods")),
                delivery(root.get("delivery")),
                owner(root.get("owner")));
    }

    private ZoneId zone(JsonNode root) {
        JsonNode node = root.get("timezone");
        if (node == null || !node.isTextual()) return ZoneId.of("UTC");
        String zone = node.asText().trim();
        try {
            if (!zone.contains("/") && !zone.equals("UTC")) throw new DateTimeException("not a region");
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            String hint = Spelling.didYouMean(zone, ZoneId.getAvailableZoneIds(), "", "");
            problems.add(doc, "/timezone", "timezone \"" + zone + "\" is not a known time zone",
                    hint + "write a region/city zone, e.g. America/Managua, America/Mexico_City, Europe/Madrid");
            return ZoneId.of("UTC");
        }
    }

    private String currency(JsonNode root) {
        JsonNode node = root.get("currency");
        if (node == null || !node.isTextual()) return "XXX";
        String code = node.asText().trim();
        try {
            if (!code.matches("[A-Z]{3}")) throw new IllegalArgumentException();
            return Currency.getInstance(code).getCurrencyCode();
        } catch (IllegalArgumentException e) {
            String upper = code.toUpperCase(Locale.ROOT);
            String fix = upper.matches("[A-Z]{3}") && isCurrency(upper)
                    ? "write " + upper
                    : "write the 3-letter ISO 4217 code, e.g. NIO, USD, MXN, EUR";
            problems.add(doc, "/currency", "currency \"" + code + "\" is not an ISO 4217 code", fix);
            return "XXX";
        }
    }

    private static boolean isCurrency(String code) {
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private OpeningHours hours(JsonNode hours) {
        if (hours == null || !hours.isObject()) return OpeningHours.ALWAYS_CLOSED;
        Map<DayOfWeek, List<TimeRange>> weekly = new EnumMap<>(DayOfWeek.class);
        Map<DayOfWeek, String> givenBy = new EnumMap<>(DayOfWeek.class);
        Map<LocalDate, List<TimeRange>> exceptions = new TreeMap<>();
        var fields = hours.fields();
        while (fields.hasNext()) {
            var field = fields.next();
            String key = field.getKey();
            String pointer = Document.child("/hours", key);
            if (key.equals("exceptions")) {
                exceptions(field.getValue(), pointer, exceptions);
                continue;
            }
            var days = HoursText.days(key);
            if (days.failed()) {
                problems.add(doc.file(), doc.keyLine(pointer), "hours: " + days.error(), days.fix() + ", and exceptions");
                continue;
            }
            List<TimeRange> ranges = ranges(field.getValue(), pointer);
            for (DayOfWeek d : days.value()) {
                String before = givenBy.putIfAbsent(d, key);
                if (before != null) {
                    problems.add(doc.file(), doc.keyLine(pointer), "hours: " + dayName(d) + " is given twice ('" + before + "' and '" + key + "')",
                            "give each day only once");
                } else if (ranges != null) {
                    weekly.put(d, ranges);
                }
            }
        }
        return new OpeningHours(weekly, exceptions);
    }

    private void exceptions(JsonNode node, String pointer, Map<LocalDate, List<TimeRange>> out) {
        if (node == null || !node.isObject()) return;
        var fields = node.fields();
        while (fields.hasNext()) {
            var field = fields.next();
            String p = Document.child(pointer, field.getKey());
            LocalDate date;
            try {
                date = LocalDate.parse(field.getKey().trim());
            } catch (DateTimeParseException e) {
                problems.add(doc.file(), doc.keyLine(p), "exception date '" + field.getKey() + "' is not a date",
                        "write it as year-month-day in quotes, e.g. \"2026-12-25\"");
                continue;
            }
            List<TimeRange> ranges = ranges(field.getValue(), p);
            if (ranges != null) out.put(date, ranges);
        }
    }

    private List<TimeRange> ranges(JsonNode value, String pointer) {
        if (value == null || !value.isTextual()) return null; // the schema reports the type
        var parsed = HoursText.ranges(value.asText());
        if (parsed.failed()) {
            problems.add(doc, pointer, "hours: " + parsed.error(), parsed.fix());
            return null;
        }
        return parsed.value();
    }

    private List<Location> locations(JsonNode node) {
        List<Location> out = new ArrayList<>();
        if (node == null || !node.isArray()) return out;
        for (int i = 0; i < node.size(); i++) {
            JsonNode loc = node.get(i);
            String days = text(loc, "days");
            String place = text(loc, "place");
            if (days == null || place == null) continue;
            var parsed = HoursText.days(days);
            if (parsed.failed()) {
                problems.add(doc, "/locations/" + i + "/days", "locations: " + parsed.error(), parsed.fix());
                continue;
            }
            for (Location before : out) {
                var both = new java.util.TreeSet<>(before.days());
                both.retainAll(parsed.value());
                if (!both.isEmpty()) {
                    problems.add(doc, "/locations/" + i + "/days", "locations: " + dayName(both.first()) + " is in two locations ('"
                            + before.place() + "' and '" + place + "')", "give each day only one place");
                    break;
                }
            }
            out.add(new Location(parsed.value(), place));
        }
        return out;
    }

    private Delivery delivery(JsonNode node) {
        if (node == null || !node.isObject()) return Delivery.NONE;
        return new Delivery(node.path("enabled").asBoolean(false), number(node.get("fee")), number(node.get("minimum_order")),
                text(node, "eta"), text(node, "area"));
    }

    private static BigDecimal number(JsonNode node) {
        return node != null && node.isNumber() ? node.decimalValue() : null;
    }

    private static Owner owner(JsonNode node) {
        if (node == null || !node.isObject()) return Owner.NONE;
        JsonNode chat = node.get("telegram_chat_id");
        return new Owner(text(node, "whatsapp"), chat == null || chat.isNull() ? null : chat.asText(), text(node, "email"));
    }

    private static String dayName(DayOfWeek d) {
        return d.name().substring(0, 3).toLowerCase(Locale.ROOT);
    }

    static String text(JsonNode node, String key) {
        JsonNode v = node == null ? null : node.get(key);
        return v != null && v.isValueNode() && !v.isNull() ? v.asText() : null;
    }

    static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node != null && node.isArray()) node.forEach(v -> {
            if (v.isValueNode() && !v.isNull()) out.add(v.asText());
        });
        return out;
    }
}
