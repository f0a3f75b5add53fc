package dev.mostrador.core.match;

import dev.mostrador.core.model.BotConfig;
import dev.mostrador.core.model.Business;
import dev.mostrador.core.model.BusinessFolder;
import dev.mostrador.core.model.ConversationTest;
import dev.mostrador.core.model.Delivery;
import dev.mostrador.core.model.DocChunk;
import dev.mostrador.core.model.Faq;
import dev.mostrador.core.model.Flow;
import dev.mostrador.core.model.FlowStep;
import dev.mostrador.core.model.Location;
import dev.mostrador.core.model.MenuItem;
import dev.mostrador.core.model.OpeningHours;
import dev.mostrador.core.model.Owner;
import dev.mostrador.core.model.StepType;
import dev.mostrador.core.model.TimeRange;
import dev.mostrador.core.model.Tone;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A realistic Spanish food truck, written the way an owner fills in the business folder. */
public final class TacoTruck {
    private TacoTruck() {}

    public static BusinessFolder folder() {
        return new BusinessFolder(business(), faqs(), menu(), flows(), tone(),
                new BotConfig("rag_only", new BotConfig.Llm("openai", "gpt-4o-mini", 0.2, null),
                        new BotConfig.Retrieval(4, 0.5)),
                docs(), tests(), Map.of("birria", List.of("consome", "consomé")),
                Map.of("order", List.of("quiero pedir", "me das 2 tacos")));
    }

    static Business business() {
        TimeRange day = new TimeRange(LocalTime.of(12, 0), LocalTime.of(22, 0));
        Map<DayOfWeek, List<TimeRange>> weekly = new LinkedHashMap<>();
        for (DayOfWeek d : EnumSet.range(DayOfWeek.TUESDAY, DayOfWeek.FRIDAY)) weekly.put(d, List.of(day));
        weekly.put(DayOfWeek.SATURDAY, List.of(new TimeRange(LocalTime.of(11, 0), LocalTime.of(15, 0)),
                new TimeRange(LocalTime.of(18, 0), LocalTime.MAX)));
        weekly.put(DayOfWeek.SUNDAY, List.of(new TimeRange(LocalTime.of(11, 0), LocalTime.of(17, 30))));
        OpeningHours hours = new OpeningHours(weekly, Map.of(LocalDate.of(2026, 12, 25), List.of(),
                LocalDate.of(2026, 12, 31), List.of(new TimeRange(LocalTime.of(12, 0), LocalTime.of(16, 0)))));
        return new Business("Tacos El Güero", "es", List.of("es", "en"), ZoneId.of("America/Mexico_City"), "MXN",
                "Av. Insurgentes 123, frente al parque", "https://maps.example/el-guero", "+52 55 1234 5678", hours,
                List.of(new Location(EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY),
                                "Parque Central, esquina norte"),
                        new Location(EnumSet.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY),
                                "Mercado Sur, entrada 2")),
                List.of("efectivo", "tarjeta", "transferencia"),
                new Delivery(true, new BigDecimal("30"), new BigDecimal("150.00"), "30-45 min", "hasta 3 km"),
                new Owner("+5215512345678", "123456789", "pedidos@elguero.example"));
    }

    static Faq faq(String id, String question, List<String> also, String es, String en, String... tags) {
        Map<String, String> answers = en == null ? Map.of("es", es) : Map.of("es", es, "en", en);
        return new Faq(id, question, also, answers, List.of(tags));
    }

    static List<Faq> faqs() {
        return List.of(
                faq("horarios", "¿Cuál es su horario?", List.of("¿A qué hora abren?", "¿Hasta qué hora atienden?",
                        "¿Están abiertos hoy?", "what time do you open?", "what are your opening hours?"),
                        "Abrimos {hours}. Hoy: {today_hours}.", "We are open {hours}. Today: {today_hours}.", "horario"),
                faq("ubicacion", "¿Dónde están ubicados?", List.of("¿Cuál es la dirección?", "¿Dónde los encuentro hoy?",
                        "¿Cómo llego?", "where are you located?"),
                        "Hoy estamos en {location_today}. Dirección: {address} ({maps_url})",
                        "Today we are at {location_today}. Address: {address}", "ubicacion"),
                faq("pagos", "¿Qué formas de pago aceptan?", List.of("¿Aceptan tarjeta?", "¿Puedo pagar con transferencia?",
                        "¿Solo efectivo?", "do you accept cards?"),
                        "Aceptamos {payment_methods}.", "We accept {payment_methods}.", "pago"),
                faq("delivery", "¿Hacen envíos a domicilio?", List.of("¿Tienen delivery?", "¿Me lo pueden llevar a mi casa?",
                        "¿Cuánto cobran de envío?", "do you deliver?"),
                        "Sí: envío de {delivery_fee} {currency}, mínimo {delivery_minimum}, llega en {delivery_eta} ({delivery_area}).",
                        "Yes: delivery costs {delivery_fee} {currency}, minimum order {delivery_minimum}.", "envio"),
                faq("menu", "¿Qué tienen en el menú?", List.of("¿Me pasas la carta?", "¿Qué venden?", "¿Qué hay de comer?",
                        "can I see the menu?"),
                        "Tenemos tacos, quesadillas, gringas, bebidas y postres. Pedí \"menú\" para verlo completo.",
                        "We have tacos, quesadillas, drinks and desserts.", "menu"),
                faq("vegetariano", "¿Tienen opciones vegetarianas?", List.of("¿Hay algo vegano?", "¿Qué puedo comer si no como carne?",
                        "do you have vegetarian food?"),
                        "Sí: taco de nopal, quesadilla de flor de calabaza y de champiñones.",
                        "Yes: nopal tacos and mushroom or squash-blossom quesadillas.", "vegetariano"),
                faq("picante", "¿Las salsas pican mucho?", List.of("¿Qué tan picante es la salsa?", "¿Tienen salsa que no pique?"),
                        "Tenemos salsa verde suave, roja media y de habanero muy picante.", null, "picante"),
                faq("pedido_anticipado", "¿Puedo hacer un pedido por adelantado?", List.of("¿Puedo encargar para más tarde?",
                        "¿Toman pedidos por WhatsApp?", "can I order ahead?"),
                        "Sí, escribinos por WhatsApp al {phone} o pedí aquí mismo.", "Yes, message us on WhatsApp at {phone}.", "pedido"),
                faq("eventos", "¿Hacen eventos o fiestas?", List.of("¿Hacen taquizas para fiestas?", "¿Cuánto cuesta la taquiza para 50 personas?",
                        "do you cater events?"),
                        "Sí, hacemos taquizas desde 30 personas. Escribinos para cotizar.", "Yes, we cater events from 30 people.", "eventos"),
                faq("factura", "¿Dan factura?", List.of("¿Me pueden facturar?", "necesito factura", "can I get an invoice?"),
                        "Sí, pedí tu factura con tu RFC al pagar.", "Yes, ask for an invoice when you pay.", "factura"),
                faq("estacionamiento", "¿Hay estacionamiento?", List.of("¿Dónde me puedo estacionar?", "is there parking?"),
                        "Hay estacionamiento público a media cuadra.", "There is public parking half a block away.", "estacionamiento"),
                faq("promociones", "¿Tienen promociones?", List.of("¿Hay descuentos hoy?", "¿Qué promo tienen?", "any deals today?"),
                        "Martes de tacos al pastor 2x1 de 6 a 8 pm.", "Tuesday 2x1 pastor tacos from 6 to 8 pm.", "promocion"),
                faq("alergias", "¿Sus tortillas tienen gluten?", List.of("¿Tienen opciones sin gluten?", "soy celiaco, que puedo comer",
                        "tengo alergia al cacahuate", "are your tortillas gluten free?"),
                        "Nuestras tortillas son de maíz, sin gluten. Preguntanos por alérgenos.", "Our tortillas are corn, gluten free.", "alergia"),
                faq("mascotas", "¿Se puede ir con mascotas?", List.of("¿Aceptan perros?", "can I bring my dog?"),
                        "¡Claro! Tenemos agua para los perritos.", "Of course, dogs are welcome.", "mascotas"),
                faq("empleo", "¿Están contratando?", List.of("¿Tienen trabajo?", "busco empleo", "are you hiring?"),
                        "Mandá tu CV a {phone} por WhatsApp.", "Send your CV to {phone} on WhatsApp.", "empleo"),
                faq("tiempo_espera", "¿Cuánto tarda mi pedido?", List.of("¿Cuánto se demoran?", "¿Cuánto hay que esperar?",
                        "how long is the wait?"),
                        "En el carrito, unos 10 minutos; a domicilio {delivery_eta}.", "About 10 minutes at the truck.", "espera"),
                faq("contacto", "¿Cuál es su número de teléfono?", List.of("¿Tienen WhatsApp?", "¿Cómo los contacto?",
                        "what's your phone number?"),
                        "Llamanos o escribinos al {phone}.", "Call or message us at {phone}.", "contacto"));
    }

    static MenuItem item(String id, String name, String cat, String price, String desc, String tags, boolean best,
            String aliases) {
        return new MenuItem(id, name, cat, new BigDecimal(price), desc, true,
                tags.isEmpty() ? List.of() : List.of(tags.split("\\|")), best, false,
                aliases.isEmpty() ? List.of() : List.of(aliases.split("\\|")));
    }

    static List<MenuItem> menu() {
        return List.of(
                item("taco-pastor", "Taco al pastor", "Tacos", "25", "Cerdo marinado con piña, cebolla y cilantro", "cerdo|picante", true, "pastor|al pastor|taco de pastor"),
                item("taco-suadero", "Taco de suadero", "Tacos", "25", "Res suave cocinada en su grasa", "res", false, "suadero"),
                item("taco-bistec", "Taco de bistec", "Tacos", "28", "Bistec de res a la plancha", "res", false, "bistec|asada|carne asada"),
                item("taco-campechano", "Taco campechano", "Tacos", "30", "Bistec con longaniza", "res|cerdo", false, "campechano"),
                item("taco-nopal", "Taco de nopal", "Tacos", "22", "Nopal asado con queso fresco", "vegetariano", false, "nopal|nopales"),
                item("taco-birria", "Taco de birria", "Tacos", "32", "Res en adobo con su consomé", "res|picante", true, "birria|quesabirria"),
                item("gringa", "Gringa", "Especiales", "55", "Tortilla de harina con pastor y queso", "cerdo|queso", true, "gringas"),
                item("quesadilla-queso", "Quesadilla de queso", "Quesadillas", "40", "Tortilla de maíz con queso Oaxaca", "vegetariano|queso", false, "quesadilla sencilla"),
                item("quesadilla-flor", "Quesadilla de flor de calabaza", "Quesadillas", "45", "Flor de calabaza con queso", "vegetariano", false, "flor de calabaza"),
                item("quesadilla-champi", "Quesadilla de champiñones", "Quesadillas", "45", "Champiñones al ajillo con queso", "vegetariano", false, "champiñones|hongos"),
                item("volcan", "Volcán de pastor", "Especiales", "35", "Tostada con queso gratinado y pastor", "cerdo", false, "volcan|volcanes"),
                item("orden-pastor", "Orden de pastor (5 tacos)", "Órdenes", "115", "Cinco tacos al pastor", "cerdo", false, "orden de pastor"),
                item("coca", "Coca-Cola 600 ml", "Bebidas", "30", "", "refresco", false, "coca|coca cola|coke"),
                item("agua-horchata", "Agua de horchata", "Bebidas", "25", "Agua fresca de arroz con canela", "sin alcohol", true, "horchata"),
                item("agua-jamaica", "Agua de jamaica", "Bebidas", "25", "Agua fresca de flor de jamaica", "sin alcohol", false, "jamaica"),
                item("cerveza", "Cerveza", "Bebidas", "45", "Cerveza nacional de lata", "alcohol", false, "chela|birra|beer"),
                item("agua-natural", "Agua natural 1 L", "Bebidas", "20", "Botella de agua", "", false, "agua|botella de agua|water"),
                item("flan", "Flan napolitano", "Postres", "35", "Flan casero de la abuela", "postre", false, "flan"),
                item("churros", "Churros con cajeta", "Postres", "40", "Tres churros con cajeta", "postre", false, "churros"),
                item("guacamole", "Guacamole con totopos", "Extras", "50", "Aguacate, jitomate, cebolla y chile", "vegetariano", false, "guacamole|guaca"));
    }

    static List<DocChunk> docs() {
        return List.of(new DocChunk("alergenos.md#1", "alergenos.md",
                "Alérgenos: las tortillas de maíz no tienen gluten. Las gringas llevan tortilla de harina de trigo. "
                        + "El guacamole y las salsas no llevan cacahuate. La quesadilla lleva lácteos."),
                new DocChunk("historia.md#1", "historia.md",
                        "Tacos El Güero nació en 2015 cuando Don Memo empezó a vender tacos de pastor en una bicicleta. "
                                + "Hoy el carrito recorre la ciudad con la misma receta familiar."));
    }

    static Map<String, Flow> flows() {
        return Map.of("quick_order", new Flow("quick_order", List.of("order"), List.of(
                new FlowStep("items", false, Map.of("es", "¿Qué vas a querer?", "en", "What would you like?"),
                        StepType.ORDER_ITEMS, null, null, 12),
                new FlowStep("name", false, Map.of("es", "¿A nombre de quién?"), StepType.TEXT, null, null, 15),
                new FlowStep("payment", false, Map.of("es", "¿Cómo vas a pagar? ({payment_methods})"), StepType.CHOICE,
                        null, "payment_methods", 17),
                new FlowStep(null, true, Map.of("es", "Perfecto: {items}, total {total}. ¿Confirmamos?"), null, null, null, 20)),
                "create_order"));
    }

    static Tone tone() {
        return new Tone("cercano", Map.of("greeting", Map.of("es", "¡Hola! Soy el asistente de {name}.", "en", "Hi! I'm {name}'s assistant."),
                "fallback", Map.of("es", "Perdón, no te entendí. ¿Me lo repetís?")),
                Map.of("es", List.of("Ver menú", "Ubicación", "Horarios", "Hacer pedido")));
    }

    static List<ConversationTest> tests() {
        return List.of(new ConversationTest("horario sin tildes", "tests/basico.yaml", 1, "2026-11-24T10:00",
                List.of(new ConversationTest.Turn("a q hora abren",
                        new ConversationTest.Expect("horarios", null, null, null, null, null, null, null), 3))));
    }
}
