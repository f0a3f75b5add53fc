package dev.mostrador.core.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A two-turn order: the first message leaves a question, the reply answers it. Between the turns the
 * pending order goes through JSON, the way a session store keeps it.
 */
class FollowUpTest {
    private final OrderParser parser = new OrderParser(TacoTruckMenu.ITEMS);
    private final ObjectMapper json = new ObjectMapper();

    @ParameterizedTest(name = "[{index}] {0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            2 tacos al pastor y una coca        | la normal                    | taco-pastor*2 coca*1
            2 tacos al pastor y una coca        | sin azucar                   | taco-pastor*2 coca-zero*1
            2 tacos al pastor y una coca        | la zero porfa                | taco-pastor*2 coca-zero*1
            2 tacos al pastor y una coca        | coca sin azúcar              | taco-pastor*2 coca-zero*1
            2 tacos al pastor y una coca        | la primera                   | taco-pastor*2 coca*1
            2 tacos al pastor y una coca        | 2                            | taco-pastor*2 coca-zero*1
            2 tacos al pastor y una coca        | 2 de la normal               | taco-pastor*2 coca*2
            2 tacos al pastor y una coca        | light y agrega una horchata  | taco-pastor*2 coca-zero*1 horchata*1
            2 tacos al pastor y una coca        | normal, y una horchata       | taco-pastor*2 coca*1 horchata*1
            2 tacos al pastor y una coca        | la coca normal y una horchata | taco-pastor*2 coca*1 horchata*1
            2 quesadillas                       | de pastor                    | quesadilla-pastor*2
            2 quesadillas                       | la de flor de calabaza       | quesadilla-flor*2
            2 quesadillas                       | las de queso y 1 jamaica     | quesadilla-queso*2 jamaica*1
            2 quesadillas y una coca            | de pastor                    | quesadilla-pastor*2 ?{coca,coca-zero}*1
            2 tacos                             | de asada                     | taco-asada*2
            2 tacos                             | asada                        | taco-asada*2
            50 de pastor                        | mejor 5                      | taco-pastor*5
            50 de pastor                        | cinco                        | taco-pastor*5
            50 de pastor                        | 40                           | #40:ABOVE_MAX
            0 de pastor                         | 50                           | #50:ABOVE_MAX
            0 de pastor                         | 3                            | taco-pastor*3
            una de lengua                       | dale de asada entonces       | taco-asada*1
            2 pizzas y 2 de pastor              | ah ok solo eso               | taco-pastor*2
            2 pizzas                            | 2 quesadillas de queso       | quesadilla-queso*2
            3 de pastor                         | y 2 de pastor mas            | taco-pastor*5
            una coca                            | no se                        | ?{coca,coca-zero}*1
            2 tacos al pastor y una coca        | una horchata                 | taco-pastor*2 horchata*1 ?{coca,coca-zero}*1
            """)
    void answersTheQuestion(String first, String reply, String expected) throws Exception {
        ParsedOrder pending = parser.parse(first, "es");
        // Through JSON, as a session store would keep it.
        String stored = json.writeValueAsString(SavedOrder.save(pending));
        Map<String, Object> back = json.readValue(stored, new TypeReference<>() {});
        ParsedOrder restored = SavedOrder.restore(back, TacoTruckMenu.ITEMS);
        assertThat(OrderParserTest.render(restored)).isEqualTo(OrderParserTest.render(pending));

        assertThat(OrderParserTest.render(parser.continueWith(restored, reply, "es"))).isEqualTo(expected.trim());
    }

    @Test
    void restoringDropsItemsNoLongerOnTheMenu() {
        ParsedOrder pending = parser.parse("2 de pastor y 1 flan", "es");
        List<dev.mostrador.core.model.MenuItem> smaller = TacoTruckMenu.ITEMS.stream()
                .filter(i -> !i.id().equals("flan")).toList();
        assertThat(OrderParserTest.render(SavedOrder.restore(SavedOrder.save(pending), smaller))).isEqualTo("taco-pastor*2");
    }

    @Test
    void restoringGarbageGivesAnEmptyOrder() {
        assertThat(SavedOrder.restore(null, TacoTruckMenu.ITEMS).empty()).isTrue();
        assertThat(SavedOrder.restore(Map.of("lines", "oops", "ambiguities", List.of(1, 2)), TacoTruckMenu.ITEMS).empty()).isTrue();
        assertThat(SavedOrder.restore(Map.of("lines", List.of(Map.of("item_id", "flan", "quantity", "x"))),
                TacoTruckMenu.ITEMS).empty()).isTrue();
    }
}
