package dev.mostrador.core.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlotExtractorTest {
    private final SlotExtractor slots = new SlotExtractor(List.of("efectivo", "tarjeta", "transferencia"));

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', nullValues = "-", textBlock = """
            # message                                                           | name         | phone          | payment       | how
            "quiero 3 de pastor y 2 horchatas a nombre de Luis, pago en efectivo" | Luis         | -              | efectivo      | -
            "a nombre de María José, tel 8888-1234"                              | María José   | 88881234       | -             | -
            "soy ana, pago con tarjeta, paso a recoger"                          | Ana          | -              | tarjeta       | PICKUP
            "me llamo Pedro y mi cel es +505 8765 4321"                           | Pedro        | +50587654321   | -             | -
            "para llevar porfa, pago cash"                                       | -            | -              | efectivo      | PICKUP
            "a domicilio, te hago transferencia"                                 | -            | -              | transferencia | DELIVERY
            "me lo pueden llevar a mi casa? pago con efectibo"                   | -            | -              | efectivo      | DELIVERY
            "my name is John, I'll pay by card, pickup"                          | John         | -              | tarjeta       | PICKUP
            "delivery please, cash, phone (505) 8888 0000"                       | -            | 50588880000    | efectivo      | DELIVERY
            "soy vegetariano, que me recomendas?"                                | -            | -              | -             | -
            "2 de pastor a las 3"                                                | -            | -              | -             | -
            "calle 5 casa 20, a domicilio"                                       | -            | -              | -             | DELIVERY
            "sin delivery, paso yo"                                              | -            | -              | -             | PICKUP
            "pago con debito"                                                    | -            | -              | tarjeta       | -
            "mandame 2 de asada a nombre de Ana"                                 | Ana          | -              | -             | -
            "mandamelo a la casa"                                                | -            | -              | -             | DELIVERY
            "esta muy cara la coca"                                              | -            | -              | -             | -
            "me llamo juan carlos y pago en efectivo"                            | Juan Carlos  | -              | efectivo      | -
            "a nombre de Luis quiero 2 de pastor"                                | Luis         | -              | -             | -
            "soy de Managua, para llevar"                                        | -            | -              | -             | PICKUP
            "a nombre de ana, 8888 0000, a domicilio"                            | Ana          | 88880000       | -             | DELIVERY
            """)
    void finds(String message, String name, String phone, String payment, Fulfilment how) {
        Slots s = slots.extract(message);
        assertThat(s.name()).isEqualTo(Optional.ofNullable(name));
        assertThat(s.phone()).isEqualTo(Optional.ofNullable(phone));
        assertThat(s.payment()).isEqualTo(Optional.ofNullable(payment));
        assertThat(s.fulfilment()).isEqualTo(Optional.ofNullable(how));
    }

    @Test
    void onlyTheBusinessesOwnPaymentMethodsCount() {
        SlotExtractor cashOnly = new SlotExtractor(List.of("Efectivo"));
        assertThat(cashOnly.payment("pago con tarjeta")).isEmpty();
        assertThat(cashOnly.payment("cash")).contains("Efectivo");
    }

    @Test
    void spansPointAtTheAnswers() {
        String msg = "a nombre de Luis, pago en efectivo";
        Slots s = slots.extract(msg);
        assertThat(s.consumed()).extracting(sp -> sp.of(msg)).containsExactlyInAnyOrder("a nombre de Luis", "efectivo");
    }

    @Test
    void shortNumbersAreNotPhones() {
        assertThat(SlotExtractor.phone("quiero 12 tacos y 3 cocas")).isEmpty();
        assertThat(SlotExtractor.phone("88 88")).isEmpty();
        assertThat(SlotExtractor.phone("mi numero 8888 0000")).contains("88880000");
    }

    @Test
    void nothingInAnEmptyMessage() {
        assertThat(slots.extract("")).isEqualTo(Slots.NONE);
        assertThat(slots.extract(null)).isEqualTo(Slots.NONE);
    }
}
