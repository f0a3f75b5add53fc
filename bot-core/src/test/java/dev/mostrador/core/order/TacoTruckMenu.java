package dev.mostrador.core.order;

import dev.mostrador.core.model.MenuItem;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/** A realistic taco-truck menu, written the way an owner writes menu.csv (aliases, tags, one sold-out item). */
final class TacoTruckMenu {
    private TacoTruckMenu() {}

    static final List<MenuItem> ITEMS = List.of(
            item("taco-pastor", "Taco al pastor", "Tacos", "25", true, "cerdo|picante", "pastor|al pastor|taco de pastor"),
            item("taco-asada", "Taco de asada", "Tacos", "28", true, "res", "asada|carne asada|taco de carne asada"),
            item("taco-suadero", "Taco de suadero", "Tacos", "27", true, "res", "suadero"),
            item("taco-campechano", "Taco campechano", "Tacos", "30", true, "res|cerdo", "campechano"),
            item("taco-vegetariano", "Taco vegetariano", "Tacos", "24", true, "vegetariano", "vegetariano|veggie|taco veggie|taco de nopal"),
            item("taco-lengua", "Taco de lengua", "Tacos", "35", false, "res", "lengua"),
            item("quesadilla-queso", "Quesadilla de queso", "Quesadillas", "40", true, "vegetariano|queso", ""),
            item("quesadilla-pastor", "Quesadilla de pastor", "Quesadillas", "55", true, "cerdo|queso", ""),
            item("quesadilla-flor", "Quesadilla de flor de calabaza", "Quesadillas", "50", true, "vegetariano|queso", "flor de calabaza"),
            item("gringa-pastor", "Gringa de pastor", "Gringas", "60", true, "cerdo|queso", "gringa"),
            item("volcan-asada", "Volcán de asada", "Especialidades", "45", true, "res|queso", "volcan"),
            item("coca", "Coca-Cola 600 ml", "Bebidas", "30", true, "refresco", "coca|coca cola|cocacola|coke"),
            item("coca-zero", "Coca-Cola sin azúcar 600 ml", "Bebidas", "30", true, "refresco|sin azucar", "coca|coca sin azucar|coca zero|coke zero"),
            item("horchata", "Agua de horchata", "Bebidas", "25", true, "agua fresca", "horchata"),
            item("jamaica", "Agua de jamaica", "Bebidas", "25", true, "agua fresca", "jamaica"),
            item("agua", "Agua natural 500 ml", "Bebidas", "15", true, "", "agua|agua pura|botella de agua|water"),
            item("sprite", "Sprite 600 ml", "Bebidas", "30", true, "refresco", "sprite"),
            item("flan", "Flan napolitano", "Postres", "35", true, "dulce", "flan"),
            item("churros", "Churros con cajeta", "Postres", "40", true, "dulce", "churro|churros"),
            item("tres-leches", "Pastel tres leches", "Postres", "45", true, "dulce", "tres leches|pastel"),
            item("arroz-leche", "Arroz con leche", "Postres", "30", true, "dulce", ""),
            item("orden-papas", "Orden de papas fritas", "Extras", "35", true, "vegetariano", "papas|papas fritas|fries"));

    static MenuItem byId(String id) {
        return ITEMS.stream().filter(i -> i.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no item " + id));
    }

    private static MenuItem item(String id, String name, String category, String price, boolean available,
                                 String tags, String aliases) {
        return new MenuItem(id, name, category, new BigDecimal(price), "", available, split(tags), false, false,
                split(aliases));
    }

    private static List<String> split(String pipes) {
        return pipes.isBlank() ? List.of() : Arrays.asList(pipes.split("\\|"));
    }
}
