package dev.mostrador.core.engine;

import dev.mostrador.core.model.Business;
import dev.mostrador.core.model.Delivery;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Renders the placeholders owners may use in answers, templates and prompts ({name} {hours} {open_now} ...),
 * computed at one moment in the business's timezone and in the answer's language.
 */
public final class Placeholders {
    private final Business business;
    private final Schedule schedule;

    public Placeholders(Business business, ZonedDateTime now) {
        this.business = business;
        this.schedule = new Schedule(business, now);
    }

    public Schedule schedule() {
        return schedule;
    }

    /** Every placeholder's value in {@code lang}. */
    public Map<String, String> values(String lang) {
        Delivery d = business.delivery();
        String currency = business.currency();
        Map<String, String> v = new LinkedHashMap<>();
        v.put("name", business.name());
        v.put("address", nn(business.address()));
        v.put("maps_url", nn(business.mapsUrl()));
        v.put("phone", nn(business.phone()));
        v.put("hours", schedule.weekly(lang));
        v.put("today_hours", schedule.todayHours(lang));
        v.put("open_now", schedule.openNow(lang));
        v.put("location_today", schedule.locationToday());
        v.put("payment_methods", Texts.joinList(business.paymentMethods(), lang));
        // Owners write "{currency} {delivery_fee}", so amounts are bare numbers and {currency} is the symbol.
        v.put("delivery_fee", Prices.number(d.fee()));
        v.put("delivery_minimum", Prices.number(d.minimumOrder()));
        v.put("delivery_eta", d.eta());
        v.put("delivery_area", d.area());
        v.put("currency", Prices.symbol(currency));
        return v;
    }

    /** The template with every known placeholder filled; {@code extra} (flow variables) wins over business ones. */
    public String render(String template, String lang, Map<String, String> extra) {
        if (template == null) return "";
        if (template.indexOf('{') < 0) return template;
        // {open_now} is a whole sentence with its period; "{open_now}." must not end in "..".
        String t = template.replace("{open_now}.", "{open_now}");
        return Texts.fill(Texts.fill(t, extra), values(lang));
    }

    public String render(String template, String lang) {
        return render(template, lang, Map.of());
    }

    private static String nn(String s) {
        return Objects.requireNonNullElse(s, "");
    }
}
