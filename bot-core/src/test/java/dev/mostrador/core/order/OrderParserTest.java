package dev.mostrador.core.order;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mostrador.core.model.MenuItem;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Real-looking order messages against {@link TacoTruckMenu}. Expected results are written in a compact form:
 * {@code id*qty} a line, {@code ?{a,b}*qty} an ambiguity (option ids sorted), {@code !mention*qty} an unknown
 * item, {@code ~id*qty} a sold-out item, {@code #qty:REASON} a bad quantity; in that order; "-" for nothing.
 */
class OrderParserTest {
    private final OrderParser parser = new OrderParser(TacoTruckMenu.ITEMS);

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # Spanish: the everyday order
            2 tacos al pastor y una coca                                       | taco-pastor*2 ?{coca,coca-zero}*1
            3 de pastor, 2 de asada y 2 horchatas                              | taco-pastor*3 taco-asada*2 horchata*2
            quiero 3 de pastor y 2 horchatas a nombre de Luis, pago en efectivo | taco-pastor*3 horchata*2
            dame 2 de suadero porfa                                            | taco-suadero*2
            pasame 4 tacos de asada y una jamaica                              | taco-asada*4 jamaica*1
            me das 2 pastor y 1 coca zero?                                     | taco-pastor*2 coca-zero*1
            querés darme 2 de pastor y una horchata? dale                      | taco-pastor*2 horchata*1
            una coca sin azucar y 3 campechanos                                | coca-zero*1 taco-campechano*3
            coca light                                                         | coca-zero*1
            2 cocas normales                                                   | coca*2
            cocacola y 2 tacos de pastor                                       | coca*1 taco-pastor*2
            2 coca cola                                                        | coca*2
            quiero un taco de pastor                                           | taco-pastor*1
            tacos de pastor x 3                                                | taco-pastor*3
            pastor 3                                                           | taco-pastor*3
            "pastorr x3, asada x2"                                             | taco-pastor*3 taco-asada*2
            2x pastor 1x horchata                                              | taco-pastor*2 horchata*1
            media docena de tacos de asada                                     | taco-asada*6
            una docena de pastor                                               | taco-pastor*12
            un par de gringas                                                  | gringa-pastor*2
            dos quesadillas de queso y una orchata                             | quesadilla-queso*2 horchata*1
            2 quesadiyas                                                       | ?{quesadilla-flor,quesadilla-pastor,quesadilla-queso}*2
            tres gringas y tres leches                                         | gringa-pastor*3 tres-leches*1
            2 pasteles de tres leches                                          | tres-leches*2
            "q onda, me das 2 de pastor y 2 de suadero con todo, para llevar"  | taco-pastor*2 taco-suadero*2
            "hola buenas tardes, quisiera 5 tacos de asada"                    | taco-asada*5
            2 de pastor + 1 horchata + 1 flan                                  | taco-pastor*2 horchata*1 flan*1
            "pastor 2, suadero 2, campechano 1"                                | taco-pastor*2 taco-suadero*2 taco-campechano*1
            "4 tacos: 2 de pastor y 2 de asada"                                | taco-pastor*2 taco-asada*2
            unos churros y un flan                                             | churros*1 flan*1
            1 agua                                                             | agua*1
            2 aguas de jamaica                                                 | jamaica*2
            una botella de agua                                                | agua*1
            1 volcan y 1 arroz con leche                                       | volcan-asada*1 arroz-leche*1
            quiero orden de papas                                              | orden-papas*1
            2 ordenes de papas                                                 | orden-papas*2
            3 tacos vegetarianos                                               | taco-vegetariano*3
            2 veggie                                                           | taco-vegetariano*2
            me regalas 2 de pastor? y una jamaica                              | taco-pastor*2 jamaica*1
            ponme tres de suadero y dos de campechano porfis                   | taco-suadero*3 taco-campechano*2
            2 de pastor y pago con tarjeta                                     | taco-pastor*2
            "2 de asada a nombre de Carlos, mi numero es 8888 1234"            | taco-asada*2
            "mandame 2 de pastor a domicilio, calle 5 casa 20"                 | taco-pastor*2
            una coca de 600                                                    | ?{coca,coca-zero}*1
            2 cocas 600 ml y 1 sprite                                          | sprite*1 ?{coca,coca-zero}*2
            2 coca zero                                                        | coca-zero*2
            3 horchatas grandes                                                | horchata*3
            un taco de pastorr y una orchata bien fria                         | taco-pastor*1 horchata*1
            2 tacos al pastor sin cebolla                                      | taco-pastor*2
            "me das 2 gringas, 1 quesadilla de pastor y 2 jamaicas"            | gringa-pastor*2 quesadilla-pastor*1 jamaica*2
            "dos suaderos, dos pastores y una horchata"                        | taco-suadero*2 taco-pastor*2 horchata*1
            una horchata y otra de jamaica                                     | horchata*1 jamaica*1
            2 de pastor y otro de pastor                                       | taco-pastor*3
            nada mas 2 de asada                                                | taco-asada*2
            2 flanes y 2 churros con cajeta                                    | flan*2 churros*2
            "1 campechano, 1 suadero y 1 vegetariano"                          | taco-campechano*1 taco-suadero*1 taco-vegetariano*1
            12 tacos de pastor para una fiesta                                 | taco-pastor*12
            te encargo 3 de pastor para las 2                                  | taco-pastor*3
            veinte de pastor                                                   | taco-pastor*20
            2 tacos de suadero y una quesadilla de flor de calabaza            | taco-suadero*2 quesadilla-flor*1
            "2 cocas: 1 normal y 1 zero"                                       | coca*1 coca-zero*1
            "2 quesadillas, una de pastor y una de queso"                      | quesadilla-pastor*1 quesadilla-queso*1
            "3 quesadillas: 2 de pastor y 1 de flor de calabaza"               | quesadilla-pastor*2 quesadilla-flor*1
            "dos de pastor, sin cebolla por favor"                             | taco-pastor*2
            buenas noches me podrias dar 2 tacos d pastor y 1 d asada          | taco-pastor*2 taco-asada*1
            kiero 3 tacos de pastor                                            | taco-pastor*3
            tres de pastor dos de asada una horchata                           | taco-pastor*3 taco-asada*2 horchata*1
            un tako de pastor y 2 de pastro                                    | taco-pastor*3
            "3 tacos al pastor, 2 asada, 1 suadero"                            | taco-pastor*3 taco-asada*2 taco-suadero*1
            2 Coca-Cola sin azúcar                                             | coca-zero*2
            1 taco pastor + 1 coca light + 1 churros                           | taco-pastor*1 coca-zero*1 churros*1
            jamaica x 2                                                        | jamaica*2
            2 tacos de pastor. 2 horchatas.                                    | taco-pastor*2 horchata*2
            "4 tacos (2 pastor, 2 asada)"                                      | taco-pastor*2 taco-asada*2
            una orden de tacos de pastor                                       | taco-pastor*1
            2 ordenes de pastor                                                | taco-pastor*2
            2 taquitos de pastor y una horchatita                              | taco-pastor*2 horchata*1
            unas quesadillitas de queso                                        | quesadilla-queso*1
            me das dos cocas una normal y una light                            | coca*1 coca-zero*1
            unos 5 tacos de asada                                              | taco-asada*5
            dos tacos de pastor y dos de asada y dos horchatas y un flan       | taco-pastor*2 taco-asada*2 horchata*2 flan*1
            dos al pastor y una de suadero                                     | taco-pastor*2 taco-suadero*1
            1/2 docena de pastor                                               | taco-pastor*6
            para mí 2 de pastor y para mi novia 1 de asada                     | taco-pastor*2 taco-asada*1
            vos me pasás 3 de suadero?                                         | taco-suadero*3
            2 de pastor 🌮🌮 y una coca zero 🥤                                 | taco-pastor*2 coca-zero*1
            DOS DE PASTOR Y UNA HORCHATA                                       | taco-pastor*2 horchata*1
            2tacos de pastor                                                   | taco-pastor*2
            te pido 4 de asada pero sin cebolla y 2 de pastor con todo         | taco-asada*4 taco-pastor*2
            # Spanish: what must be asked back
            2 tacos                                                            | ?{taco-asada,taco-campechano,taco-pastor,taco-suadero,taco-vegetariano}*2
            2 quesadillas y 1 coca                                             | ?{quesadilla-flor,quesadilla-pastor,quesadilla-queso}*2 ?{coca,coca-zero}*1
            2 pizzas                                                           | !pizzas*2
            quiero una hamburguesa                                             | !hamburguesa*1
            quiero pizza                                                       | !pizza*1
            3 tacos de pescado                                                 | !tacos de pescado*3
            2 de asada y 2 pizzas hawaianas                                    | taco-asada*2 !pizzas hawaianas*2
            una de lengua                                                      | ~taco-lengua*1
            2 tacos de lengua y 2 de pastor                                    | taco-pastor*2 ~taco-lengua*2
            0 cocas                                                            | #0:ZERO
            -2 tacos de pastor                                                 | #-2:NEGATIVE
            50 de pastor                                                       | #50:ABOVE_MAX
            cero tacos de asada                                                | #0:ZERO
            21 de asada y 1 horchata                                           | horchata*1 #21:ABOVE_MAX
            15 de pastor y 10 de pastor                                        | #25:ABOVE_MAX
            agua de coco                                                       | !agua de coco*1
            regalame una gaseosa                                               | !gaseosa*1
            una horchata de fresa                                              | !horchata de fresa*1
            2 taquitos de canasta                                              | !taquitos de canasta*2
            quiero 2 tacos de pastor, 1 de lengua y una pizza                  | taco-pastor*2 !pizza*1 ~taco-lengua*1
            # English
            I'd like 2 tacos al pastor and a coke                              | taco-pastor*2 coca*1
            two asada tacos and one horchata please                            | taco-asada*2 horchata*1
            a dozen pastor tacos                                               | taco-pastor*12
            half a dozen veggie tacos                                          | taco-vegetariano*6
            i'll take 3 suadero tacos and 2 cokes                              | taco-suadero*3 coca*2
            gimme 2 pastor tacos                                               | taco-pastor*2
            can I get 3 suadero and a coke zero                                | taco-suadero*3 coca-zero*1
            a couple of gringas and two waters                                 | gringa-pastor*2 agua*2
            one churros and one flan                                           | churros*1 flan*1
            i want fries and a diet coke                                       | orden-papas*1 coca-zero*1
            "2 horchatas and 1 jamaica for pickup, name is Ana"                | horchata*2 jamaica*1
            2 pizzas and 1 taco al pastor                                      | taco-pastor*1 !pizzas*2
            1 lengua taco please                                               | ~taco-lengua*1
            zero cokes                                                         | #0:ZERO
            100 tacos de pastor                                                | #100:ABOVE_MAX
            get me 4 tacos                                                     | ?{taco-asada,taco-campechano,taco-pastor,taco-suadero,taco-vegetariano}*4
            i want a pizza                                                     | !pizza*1
            "three tacos: 2 pastor and 1 suadero"                              | taco-pastor*2 taco-suadero*1
            one veggie taco and one water please                               | taco-vegetariano*1 agua*1
            2 quesadillas y 2 de pastor                                        | taco-pastor*2 ?{quesadilla-flor,quesadilla-pastor,quesadilla-queso}*2
            una cerveza                                                        | !cerveza*1
            2 tacos de canasta                                                 | !tacos de canasta*2
            # Not an order at all
            a que hora abren                                                   | -
            soy Luis y pago con tarjeta                                        | -
            """)
    void understands(String message, String expected) {
        assertThat(render(parser.parse(message, "es"))).isEqualTo(expected.trim());
    }

    /** Everyday words that look like menu words must not become items ("cosa"/"coca", "take"/"taco"). */
    @ParameterizedTest(name = "[{index}] 2 {0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {
            "cosa", "cosas", "caso", "paga", "papi", "tacon", "tarro", "take", "takes", "cold", "cerdo", "cine",
            "tasa", "taza", "casa", "pasa", "sopa", "tapa", "coco", "carro", "nada", "tarde"})
    void ordinaryWordsAreNotItems(String word) {
        ParsedOrder order = parser.parse("2 " + word, "es");
        assertThat(order.lines()).isEmpty();
        assertThat(order.ambiguities()).isEmpty();
    }

    @Test
    void clearOrderIsComplete() {
        ParsedOrder order = parser.parse("3 de pastor y 2 horchatas", "es");
        assertThat(order.complete()).isTrue();
        assertThat(order.lines()).extracting(l -> l.subtotal().toPlainString()).containsExactly("75", "50");
    }

    @Test
    void ambiguousCokeOffersBothAndIsNotComplete() {
        ParsedOrder order = parser.parse("y una coca", "es");
        assertThat(order.complete()).isFalse();
        assertThat(order.ambiguities()).singleElement().satisfies(a -> {
            assertThat(a.mention()).isEqualTo("coca");
            assertThat(a.options()).extracting(MenuItem::name)
                    .containsExactly("Coca-Cola 600 ml", "Coca-Cola sin azúcar 600 ml");
        });
    }

    @Test
    void unknownItemSuggestsClosestItemsSameCategoryFirst() {
        Unknown tacos = parser.parse("2 tacos de pescado", "es").unknown().get(0);
        assertThat(tacos.suggestions()).isNotEmpty().allMatch(i -> i.category().equals("Tacos"));
        Unknown drink = parser.parse("quiero una horchatita de coco", "es").unknown().stream().findFirst()
                .orElseGet(() -> parser.parse("una limonada", "es").unknown().get(0));
        assertThat(drink.suggestions()).isNotEmpty();
        Unknown limonada = parser.parse("una limonada", "es").unknown().get(0);
        assertThat(limonada.suggestions()).isNotEmpty();
    }

    @Test
    void soldOutItemOffersAvailableAlternativesFromItsCategory() {
        SoldOut lengua = parser.parse("2 de lengua", "es").soldOut().get(0);
        assertThat(lengua.item().id()).isEqualTo("taco-lengua");
        assertThat(lengua.quantity()).isEqualTo(2);
        assertThat(lengua.alternatives()).isNotEmpty()
                .allMatch(MenuItem::available)
                .allMatch(i -> i.category().equals("Tacos"))
                .extracting(MenuItem::id).startsWith("taco-asada"); // shares the "res" tag
    }

    @Test
    void consumedSpansLeaveNameAndPaymentForTheOtherSteps() {
        String msg = "quiero 3 de pastor y 2 horchatas a nombre de Luis, pago en efectivo";
        ParsedOrder order = parser.parse(msg, "es");
        String rest = msg;
        for (Span s : order.consumed()) rest = rest.replace(s.of(msg), "");
        assertThat(order.consumed()).extracting(s -> s.of(msg)).containsExactly("3 de pastor", "2 horchatas");
        assertThat(rest).contains("a nombre de Luis", "pago en efectivo");
    }

    @Test
    void smallerLimitIsRespected() {
        OrderParser strict = new OrderParser(TacoTruckMenu.ITEMS, new OrderRules(5));
        assertThat(render(strict.parse("6 de pastor y 5 de asada", "es"))).isEqualTo("taco-asada*5 #6:ABOVE_MAX");
    }

    @Test
    void emptyOrNullMessageGivesAnEmptyOrder() {
        assertThat(parser.parse("", "es").empty()).isTrue();
        assertThat(parser.parse(null, "es").empty()).isTrue();
        assertThat(parser.parse("👍🌮🌮", "es").empty()).isTrue();
    }

    @Test
    void emptyMenuUnderstandsNoItems() {
        ParsedOrder order = new OrderParser(List.of()).parse("2 tacos de pastor", "es");
        assertThat(order.lines()).isEmpty();
        assertThat(order.complete()).isFalse();
    }

    static String render(ParsedOrder o) {
        List<String> parts = new ArrayList<>();
        o.lines().forEach(l -> parts.add(l.item().id() + "*" + l.quantity()));
        o.ambiguities().forEach(a -> parts.add("?{" + a.options().stream().map(MenuItem::id).sorted()
                .collect(Collectors.joining(",")) + "}*" + a.quantity()));
        o.unknown().forEach(u -> parts.add("!" + Folding.fold(u.mention()) + "*" + u.quantity()));
        o.soldOut().forEach(s -> parts.add("~" + s.item().id() + "*" + s.quantity()));
        o.badQuantities().forEach(b -> parts.add("#" + b.quantity() + ":" + b.reason()));
        return parts.isEmpty() ? "-" : String.join(" ", parts);
    }
}
