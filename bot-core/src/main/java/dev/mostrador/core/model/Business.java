package dev.mostrador.core.model;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/** Who the business is: the normalized content of business.yaml. */
public record Business(
        String name,
        String language,
        List<String> languages,
        ZoneId timezone,
        String currency,
        String address,
        String mapsUrl,
        String phone,
        OpeningHours hours,
        List<Location> locations,
        List<String> paymentMethods,
        Delivery delivery,
        Owner owner) {

    public Business {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(timezone, "timezone");
        Objects.requireNonNull(currency, "currency");
        languages = languages == null || languages.isEmpty() ? List.of(language) : List.copyOf(languages);
        hours = hours == null ? OpeningHours.ALWAYS_CLOSED : hours;
        locations = locations == null ? List.of() : List.copyOf(locations);
        paymentMethods = paymentMethods == null ? List.of() : List.copyOf(paymentMethods);
        delivery = delivery == null ? Delivery.NONE : delivery;
        owner = owner == null ? Owner.NONE : owner;
    }
}
