package dev.mostrador.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mostrador.core.model.MenuItem;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Items as customers name them: long names shortened, but never to words another item's name starts with too. */
class MenuCatalogTest {

    private static MenuItem item(String id, String name) {
        return new MenuItem(id, name, "Varios", new BigDecimal("10"), "", true, List.of(), false, false, List.of());
    }

    private final MenuCatalog catalog = new MenuCatalog(List.of(
            item("quesadilla-flor", "Quesadilla de flor de calabaza"),
            item("quesadilla-queso", "Quesadilla de queso"),
            item("coca-normal", "Coca-Cola 600 ml"),
            item("coca-zero", "Coca-Cola sin azúcar 600 ml"),
            item("agua", "Agua purificada 500 ml"),
            item("hongos", "Taco de hongos al ajillo")), Map.of());

    @Test
    void aLongNameIsFoundByItsFirstWords() {
        assertThat(catalog.findItem("precio de la quesadilla de flor")).map(MenuItem::id).contains("quesadilla-flor");
        assertThat(catalog.findItem("cuanto el agua purificada")).map(MenuItem::id).contains("agua");
        assertThat(catalog.findItem("tenes tacos de hongos?")).map(MenuItem::id).contains("hongos");
        assertThat(catalog.findItem("una coca cola sin azucar")).map(MenuItem::id).contains("coca-zero");
    }

    @Test
    void wordsTwoNamesStartWithNameNeither() {
        // "coca cola" starts both Cokes: it must not pick one of them
        assertThat(catalog.findItem("una coca cola")).isEmpty();
        // one content word ("quesadilla", "taco") is a kind of dish, not an item
        assertThat(catalog.findItem("que quesadillas hay")).isEmpty();
        assertThat(catalog.findItem("un taco")).isEmpty();
    }

    @Test
    void shortFormsEndOnContentWordsAndLeaveTheWholeNameOut() {
        assertThat(MenuCatalog.shortForms("quesadilla de flor de calabaza")).containsExactly("quesadilla de flor");
        assertThat(MenuCatalog.shortForms("coca cola sin azucar 600 ml")).containsExactly("coca cola", "coca cola sin azucar");
        assertThat(MenuCatalog.shortForms("taco al pastor")).isEmpty();
    }

    @Test
    void withoutNamesLeavesWhatTheRestOfTheMessageAsks() {
        assertThat(catalog.withoutNames("¿La quesadilla de flor de calabaza lleva chile?")).isEqualTo("la lleva chile");
        assertThat(catalog.withoutNames("tenes tacos de hongos al ajillo")).isEqualTo("tenes");
        assertThat(catalog.withoutNames("a que hora abren")).isEqualTo("a que hora abren");
    }

    @Test
    void afterACategoryTheItemOfItThatSharesAWord() {
        MenuCatalog menu = new MenuCatalog(List.of(
                new MenuItem("taco-pastor", "Taco al pastor", "Tacos", BigDecimal.ONE, "", true, List.of(), false, false,
                        List.of("pastor")),
                new MenuItem("q-pastor", "Quesadilla de pastor", "Quesadillas", BigDecimal.ONE, "", true, List.of(), false,
                        false, List.of()),
                new MenuItem("q-queso", "Quesadilla de queso", "Quesadillas", BigDecimal.ONE, "", true, List.of(), false,
                        false, List.of())), Map.of());
        assertThat(menu.inCategoryByWord("Quesadillas", "cuanto la de pastor")).map(MenuItem::id).contains("q-pastor");
        assertThat(menu.inCategoryByWord("Quesadillas", "y la de queso?")).map(MenuItem::id).contains("q-queso");
        // the category's own word is in every name: it picks none
        assertThat(menu.inCategoryByWord("Quesadillas", "una quesadilla")).isEmpty();
        assertThat(menu.inCategoryByWord("Quesadillas", "a que hora abren")).isEmpty();
    }

    private static MenuItem dish(String id, String name, String description, List<String> aliases) {
        return new MenuItem(id, name, "Tacos", new BigDecimal("10"), description, true, List.of("picante"), false, false,
                aliases);
    }

    private final MenuCatalog dishes = new MenuCatalog(List.of(
            dish("pastor", "Taco al pastor", "Cerdo marinado con piña y cebolla", List.of("pastor")),
            dish("carnitas", "Taco de carnitas", "Cerdo confitado con salsa verde", List.of("carnitas")),
            dish("nopal", "Taco de nopal y queso", "Nopal asado con frijoles", List.of()),
            dish("salsa", "Salsa de habanero", "Habanero tatemado", List.of("habanero"))), Map.of());

    @Test
    void anIngredientIsTheLongestRunOfWordsThatNamesOrDescriptionsHold() {
        MenuCatalog.Ingredient verde = dishes.ingredient("tienen salsa verde?").orElseThrow();
        assertThat(verde.words()).isEqualTo("salsa verde");
        assertThat(verde.items()).extracting(MenuItem::id).containsExactly("carnitas");
        // typed without the ñ, in the plural, or in a name
        assertThat(dishes.ingredient("algo con pina")).map(i -> i.items().get(0).id()).contains("pastor");
        assertThat(dishes.ingredient("hay algo con frijol")).map(i -> i.items().get(0).id()).contains("nopal");
        assertThat(dishes.ingredient("tienen algo con queso")).map(MenuCatalog.Ingredient::words).contains("queso");
        // what is left out, question and request words, a category, a tag or an item's own name are not ingredients
        assertThat(dishes.ingredient("algo sin cebolla")).isEmpty();
        assertThat(dishes.ingredient("que no lleve cebolla")).isEmpty();
        assertThat(dishes.ingredient("que tienen")).isEmpty();
        assertThat(dishes.ingredient("tienen tacos?")).isEmpty();
        assertThat(dishes.ingredient("algo picante")).isEmpty();
        assertThat(dishes.ingredient("tienen pastor?")).isEmpty();
        assertThat(dishes.ingredient("tienen birria?")).isEmpty();
        // a degree is not a thing: "poco dulce" holds no "dulce"
        MenuCatalog sweet = new MenuCatalog(List.of(dish("jamaica", "Agua de jamaica", "Flor de jamaica, poco dulce",
                List.of())), Map.of());
        assertThat(sweet.ingredient("tienen algo dulce?")).isEmpty();
        assertThat(sweet.ingredient("algo con flor")).isPresent();
    }

    @Test
    void whatAnItemSaysItHolds() {
        MenuItem salsa = dishes.byId("salsa").orElseThrow();
        assertThat(dishes.says(salsa, "salsa")).isTrue();
        assertThat(dishes.says(salsa, "habanero")).isTrue();
        assertThat(dishes.says(salsa, MenuCatalog.ingredientForm("salsa verde"))).isFalse();
        assertThat(dishes.says(dishes.byId("pastor").orElseThrow(), MenuCatalog.ingredientForm("piña"))).isTrue();
    }
}
