package dev.mostrador.core.order;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class YesNoTest {
    @ParameterizedTest(name = "[{index}] \"{0}\" → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            sí                          | YES
            si                          | YES
            Sí!!                        | YES
            siii                        | YES
            SIIIII                      | YES
            dale                        | YES
            daleee                      | YES
            va                          | YES
            simón                       | YES
            simon                       | YES
            ok                          | YES
            okey                        | YES
            "ok, gracias"               | YES
            claro                       | YES
            claro que si                | YES
            de una                      | YES
            por supuesto                | YES
            confirmo                    | YES
            listo                       | YES
            "si, confirmo"              | YES
            si porfa                    | YES
            sale                        | YES
            está bien                   | YES
            de acuerdo                  | YES
            👍                          | YES
            👍🏽                          | YES
            "sí 👍"                      | YES
            yes                         | YES
            Yes please                  | YES
            yep                         | YES
            yeah                        | YES
            sure                        | YES
            sounds good                 | YES
            no                          | NO
            NO                          | NO
            nooo                        | NO
            nel                         | NO
            nop                         | NO
            mejor no                    | NO
            no gracias                  | NO
            nope                        | NO
            nah                         | NO
            todavía no                  | NO
            ya no                       | NO
            👎                          | NO
            "no, así no"                | NO
            not yet                     | NO
            ""                          | UNKNOWN
            "   "                       | UNKNOWN
            cuánto es el total?         | UNKNOWN
            a que hora llega            | UNKNOWN
            "si pero cambiame la coca"  | UNKNOWN
            ok but change the drink     | UNKNOWN
            quiero 2 tacos              | UNKNOWN
            🌮                          | UNKNOWN
            maybe                       | UNKNOWN
            "si, y agregale una horchata" | UNKNOWN
            y                           | UNKNOWN
            """)
    void reads(String text, YesNo expected) {
        assertThat(YesNo.of(text)).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void nullIsUnknown() {
        assertThat(YesNo.of(null)).isEqualTo(YesNo.UNKNOWN);
    }
}
