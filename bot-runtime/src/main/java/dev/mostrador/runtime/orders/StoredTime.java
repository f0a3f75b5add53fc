package dev.mostrador.runtime.orders;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * Times as stored in SQLite: ISO-8601 UTC with exactly three decimals, so text order is time order
 * ("...:05Z" would sort after "...:05.100Z" with Instant.toString's variable precision).
 */
public final class StoredTime {
    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private StoredTime() {}

    public static String of(Instant at) {
        return FORMAT.format(at.truncatedTo(ChronoUnit.MILLIS));
    }

    public static Instant parse(String text) {
        return Instant.parse(text);
    }
}
