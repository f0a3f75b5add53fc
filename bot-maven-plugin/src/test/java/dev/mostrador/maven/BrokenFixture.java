package dev.mostrador.maven;

import java.util.List;

/** What the loader says about src/test/resources/broken: one wrong value per file. */
final class BrokenFixture {
    private BrokenFixture() {}

    static final List<String> PROBLEMS = List.of(
            "business/business.yaml:3: timezone \"America/Managu\" is not a known time zone; did you mean "
                    + "America/Managua? write a region/city zone, e.g. America/Managua, America/Mexico_City, Europe/Madrid",
            "business/faqs.yaml:3:20: unknown placeholder {horas}; did you mean {hours}? the placeholders are: {name} "
                    + "{address} {maps_url} {phone} {hours} {today_hours} {open_now} {location_today} {payment_methods} "
                    + "{delivery_fee} {delivery_minimum} {delivery_eta} {delivery_area} {currency}",
            "business/menu.csv:2: price \"4,50\" is not a number; write 4.50");

    static final String MESSAGE = PROBLEMS.size() + " problems in the business folder:\n  "
            + String.join("\n  ", PROBLEMS);
}
