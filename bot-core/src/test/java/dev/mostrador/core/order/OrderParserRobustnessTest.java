package dev.mostrador.core.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Whatever a customer types, the parser answers with a well-formed result, quickly, and never throws. */
class OrderParserRobustnessTest {
    private static final String[] PIECES = {
            "2", "-3", "0", "99999999999", "x", "x2", "3x", "de", "y", "una", "media", "docena", "par", "cero",
            "zero", "coca", "sin", "azucar", "light", "normal", "tacos", "pastor", "pastorr", "asada", "quesadiya",
            "horchata", "tres", "leches", "pizza", "quiero", "dame", ",", ":", "(", ")", "+", ".", "?", "👍", "🌮",
            "a", "nombre", "Luis", "pago", "efectivo", "8888-0000", "para", "llevar", "600", "ml", "otra", "de la",
            "ñ", "Á", "''", "\"", "\n", "\t", "lengua", "tacos de", "and", "a dozen", "half", "couple"};

    private final OrderParser parser = new OrderParser(TacoTruckMenu.ITEMS);

    @Test
    void randomMessagesGiveWellFormedResults() {
        Random random = new Random(Long.getLong("fuzz.seed", 20261125L));
        for (int n = 0; n < Integer.getInteger("fuzz.n", 1500); n++) {
            StringBuilder msg = new StringBuilder();
            int words = 1 + random.nextInt(14);
            for (int w = 0; w < words; w++) {
                msg.append(PIECES[random.nextInt(PIECES.length)]).append(random.nextInt(5) == 0 ? "" : " ");
            }
            String text = msg.toString();
            ParsedOrder order = parser.parse(text, random.nextBoolean() ? "es" : "en");
            assertThat(order.lines()).as(text).allSatisfy(l ->
                    assertThat(l.quantity()).isBetween(1, OrderRules.DEFAULT.maxQuantityPerLine()));
            assertThat(order.lines()).as(text).extracting(l -> l.item().id()).doesNotHaveDuplicates();
            assertThat(order.lines()).as(text).allMatch(l -> l.item().available());
            assertThat(order.ambiguities()).as(text).allMatch(a -> a.options().size() > 1);
            List<Span> spans = new ArrayList<>(order.consumed());
            for (int i = 0; i < spans.size(); i++) {
                assertThat(spans.get(i).end()).as(text).isLessThanOrEqualTo(text.length());
                for (int j = i + 1; j < spans.size(); j++) {
                    assertThat(spans.get(i).overlaps(spans.get(j))).as(text + " " + spans).isFalse();
                }
            }
        }
    }

    @Test
    void aVeryLongMessageIsStillFast() {
        String longOrder = "2 tacos de pastor, una coca light y 3 de asada porfa ".repeat(200);
        assertThatCode(() -> {
            long start = System.nanoTime();
            ParsedOrder order = parser.parse(longOrder, "es");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
            // 200 × 2 pastor is far above the per-line maximum: reported, not silently accepted.
            assertThat(order.badQuantities()).isNotEmpty();
        }).doesNotThrowAnyException();
    }
}
