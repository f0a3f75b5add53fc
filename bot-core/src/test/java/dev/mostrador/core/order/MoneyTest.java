package dev.mostrador.core.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyTest {
    @ParameterizedTest(name = "[{index}] {0} {1} {2} → {3}")
    @CsvSource(delimiter = '|', textBlock = """
            1250      | NIO | es | C$ 1,250.00
            1250      | NIO | en | C$ 1,250.00
            25        | NIO | es | C$ 25.00
            0         | NIO | es | C$ 0.00
            1234567.5 | NIO | es | C$ 1,234,567.50
            19.99     | USD | en | $19.99
            19.99     | USD | es | $19.99
            150       | MXN | es | $150.00
            45.5      | GTQ | es | Q45.50
            1250      | EUR | es | 1.250,00 €
            1250      | EUR | en | €1,250.00
            2500      | CLP | es | $2.500
            12.345    | NIO | es | C$ 12.345
            30        | nio | es-NI | C$ 30.00
            """)
    void formats(String amount, String currency, String lang, String expected) {
        assertThat(Money.format(new BigDecimal(amount), currency, lang)).isEqualTo(expected);
    }

    @Test
    void neverRoundsAnExactPrice() {
        // A price with more decimals than the currency uses keeps them: nothing silently disappears.
        assertThat(Money.format(new BigDecimal("0.125"), "USD", "en")).isEqualTo("$0.125");
    }

    @Test
    void nullLanguageFallsBackToSpanish() {
        assertThat(Money.format(new BigDecimal("1250"), "NIO", null)).isEqualTo("C$ 1,250.00");
    }

    @Test
    void unknownCurrencyIsAClearError() {
        assertThatThrownBy(() -> Money.format(BigDecimal.ONE, "CORDOBAS", "es"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("CORDOBAS").hasMessageContaining("ISO 4217");
        assertThatThrownBy(() -> Money.format(null, "NIO", "es")).isInstanceOf(IllegalArgumentException.class);
    }
}
