package dev.mostrador.core.order;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mostrador.core.model.MenuItem;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The parser against the example business's real menu.csv (copied as a fixture): 31 items, aliases shared
 * by the two Coca-Colas, "gringa" as an alias of a quesadilla, "y" inside a name, a price with cents.
 * Same compact notation as {@link OrderParserTest}.
 */
class RealMenuOrderTest {
    private static final List<MenuItem> MENU = MenuCsv.read("/order/el-carrito-menu.csv");
    private final OrderParser parser = new OrderParser(MENU);

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2 tacos al pastor y una coca                   | taco-pastor*2 ?{coca-normal,coca-sin-azucar}*1
            una gringa y 2 toñas                           | quesadilla-pastor*1 tona*2
            un combo                                       | combo-guero*1
            4 tacos de pollo y una salsa picante           | taco-pollo*4 salsa-habanero*1
            tacos de pollo 3 y guaca                       | taco-pollo*3 guacamole*1
            quiero 2 de nopal y 2 de hongos                | taco-nopal*2 taco-hongos*2
            2 quesadillas de pollo                         | quesadilla-pollo*2
            unos nachos                                    | totopos*1
            2 cervezas bien frias                          | tona*2
            una coca light                                 | coca-sin-azucar*1
            dame 3 de camaron                              | taco-camaron*3
            1 taco de lengua                               | ~taco-lengua*1
            un tres leches                                 | tres-leches*1
            2 buñuelos                                     | bunuelos*2
            2 frescos de cacao                             | cacao*2
            1 fresco                                       | ?{cacao,jamaica}*1
            3 tacos veganos                                | taco-hongos*3
            2 tacos de nopal y queso                       | taco-nopal*2
            "2 de pastor y una birra, a nombre de Rosa"    | taco-pastor*2 tona*1
            un burrito vegetariano y un flan               | burrito-veggie*1 flan*1
            media docena de asada                          | taco-asada*6
            2 tacos de cochinita                           | !tacos de cochinita*2
            una coca normal y 2 horchatas para llevar      | coca-normal*1 horchata*2
            """)
    void understands(String message, String expected) {
        assertThat(OrderParserTest.render(parser.parse(message, "es"))).isEqualTo(expected.trim());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            2 salsas de habanero | 21.00
            3 de pastor y 1 coca normal | 225
            """)
    void exactTotals(String message, String subtotal) {
        ParsedOrder order = parser.parse(message, "es");
        OrderTotal total = OrderTotal.of(order.lines(), dev.mostrador.core.model.Delivery.NONE, Fulfilment.PICKUP);
        assertThat(total.subtotal()).isEqualByComparingTo(subtotal);
    }
}
