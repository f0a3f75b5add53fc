package dev.mostrador.core.order;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrderIntentTest {
    @ParameterizedTest(name = "[{index}] \"{0}\" cancel={1} change={2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            cancelar                          | true  | false
            Cancelar!                         | true  | false
            cancela el pedido porfa           | true  | false
            mejor no                          | true  | false
            "ya no quiero, gracias"           | true  | false
            olvidalo                          | true  | false
            olvídalo                          | true  | false
            no quiero nada                    | true  | false
            cancel                            | true  | false
            cancel my order please            | true  | false
            forget it                         | true  | false
            never mind                        | true  | false
            "mejor no, dame 3 de asada"       | false | true
            cambia la coca por una horchata   | false | true
            agregale una jamaica              | false | true
            quitale la coca                   | false | true
            actually make it 3 tacos          | false | true
            en vez de pastor ponele asada     | false | true
            no quiero cancelar                | false | false
            2 de pastor                       | false | false
            si                                | false | false
            ""                                | false | false
            """)
    void reads(String text, boolean cancel, boolean change) {
        assertThat(OrderIntent.isCancel(text)).isEqualTo(cancel);
        assertThat(OrderIntent.isChange(text)).isEqualTo(change);
    }
}
