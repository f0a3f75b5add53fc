package dev.mostrador.core.order;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/**
 * Prices as customers of the business expect to read them.
 *
 * <p>The currency's home country decides the symbol ("C$" for NIO, "Q" for GTQ) because a customer in
 * Managua reads "C$", never "NIO", whatever language they chat in; the language plus that country decides
 * the separators (es-NI and en: "1,250.00"; es-ES: "1.250,00"). Amounts are never rounded: a price with
 * more decimals than the currency uses keeps them.
 */
public final class Money {
    private Money() {}

    public static String format(BigDecimal amount, String currencyCode, String lang) {
        if (amount == null) throw new IllegalArgumentException("amount is required");
        Currency currency = currency(currencyCode);
        String language = lang == null || lang.isBlank() ? "es" : Folding.fold(lang).split("[-_]")[0];
        String country = homeCountry(currency);
        Locale locale = new Locale(language, country);

        DecimalFormat format = (DecimalFormat) NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(currency);
        DecimalFormatSymbols symbols = format.getDecimalFormatSymbols();
        String symbol = symbol(currency, language, country);
        symbols.setCurrencySymbol(spaced(symbol));
        format.setDecimalFormatSymbols(symbols);
        format.setParseBigDecimal(true);
        int digits = Math.max(0, currency.getDefaultFractionDigits());
        int scale = Math.max(digits, amount.stripTrailingZeros().scale());
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(scale);
        return format.format(amount).replace('\u00a0', ' ').replace('\u202f', ' ').trim();
    }

    private static Currency currency(String code) {
        if (code == null || code.isBlank()) throw new IllegalArgumentException("currency code is required");
        try {
            return Currency.getInstance(code.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown currency \"" + code + "\"; use an ISO 4217 code such as NIO, MXN or USD");
        }
    }

    /** ISO 4217 codes start with the ISO 3166 country ("NIO" → NI); EUR and the like have no single home. */
    private static String homeCountry(Currency currency) {
        String prefix = currency.getCurrencyCode().substring(0, 2);
        for (String country : Locale.getISOCountries()) {
            if (country.equals(prefix)) return country;
        }
        return "";
    }

    /** The local symbol: the language's own, else the one any locale of the home country uses, else the code. */
    private static String symbol(Currency currency, String language, String country) {
        String code = currency.getCurrencyCode();
        String own = currency.getSymbol(new Locale(language, country));
        if (!own.equals(code)) return own;
        for (Locale candidate : Locale.getAvailableLocales()) {
            if (!country.isEmpty() && candidate.getCountry().equals(country)) {
                String s = currency.getSymbol(candidate);
                if (!s.equals(code)) return s;
            }
        }
        return code;
    }

    /** "C$ 25.00", "US$ 3.00", "NIO 25.00" read better spaced; a lone "$" or "€" does not need it. */
    private static String spaced(String symbol) {
        return symbol.length() > 1 && symbol.chars().anyMatch(Character::isLetter) ? symbol + " " : symbol;
    }
}
