package dev.mostrador.core.engine;

import dev.mostrador.core.bundle.Bundle;
import dev.mostrador.core.bundle.BundleCompiler;
import dev.mostrador.core.model.BotConfig;
import dev.mostrador.core.model.Business;
import dev.mostrador.core.model.BusinessFolder;
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
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A realistic food truck in Managua (NIO), written as an owner would in business/: hours with a split
 * Saturday, an exception for Christmas, a truck that moves by weekday, FAQs with placeholders, a menu with
 * aliases, tags, best sellers and a sold-out item, a quick order flow, Spanish and English tone texts.
 * Compiled once with the real {@link BundleCompiler} (real lexical + MiniLM retriever) and shared.
 */
final class Carrito {
    static final ZoneId MANAGUA = ZoneId.of("America/Managua");

    private static Bundle bundle;

    private Carrito() {}

    static synchronized Bundle bundle() {
        if (bundle == null) bundle = new BundleCompiler().compile(folder());
        return bundle;
    }

    /** A clock stopped at a local date-time in Managua. */
    static Clock at(String localDateTime) {
        return Clock.fixed(LocalDateTime.parse(localDateTime).atZone(MANAGUA).toInstant(), MANAGUA);
    }

    /** Wednesday 25 November 2026, 10:00 in Managua: open, truck at Parque Central. */
    static final String WEDNESDAY_10AM = "2026-11-25T10:00";

    static BusinessFolder folder() {
        return new BusinessFolder(business(), faqs(), menu(), flows(), tone(), BotConfig.DEFAULT, docs(), List.of(),
                Map.of("tarjeta", List.of("card", "visa", "pos")), Map.of(
                        "order", List.of("me apartas unos tacos"),
                        "catering", List.of("quiero cotizar una taquiza", "necesito tacos para una fiesta")));
    }

    /** The Carrito with its FAQs, menu and owner intents (intents.yaml) replaced; the rest as {@link #folder()}. */
    static BusinessFolder with(List<Faq> faqs, List<MenuItem> menu, Map<String, List<String>> intentExamples) {
        BusinessFolder base = folder();
        return new BusinessFolder(base.business(), faqs, menu, base.flows(), base.tone(), base.bot(), base.docs(),
                base.tests(), base.synonyms(), intentExamples);
    }

    /** An engine for {@code folder} compiled on its own: sessions in memory, Wednesday 10:00, no language model. */
    static ChatEngine engine(BusinessFolder folder, dev.mostrador.core.port.Notifier owner) {
        return engine(folder, new BundleCompiler().compile(folder), owner);
    }

    /** As {@link #engine(BusinessFolder, dev.mostrador.core.port.Notifier)} over an already compiled bundle. */
    static ChatEngine engine(BusinessFolder folder, Bundle compiled, dev.mostrador.core.port.Notifier owner) {
        EnginePorts ports = new EnginePorts(new dev.mostrador.core.port.InMemorySessionStore(), t -> {},
                at(WEDNESDAY_10AM), owner, null);
        return new ChatEngine(folder, compiled.retriever(), ports);
    }

    static List<DocChunk> docs() {
        return List.of(
                new DocChunk("historia.md#1", "historia.md",
                        "Doña Tere empezó el carrito en 2015 con una plancha prestada. La receta del pastor es de su abuela, "
                                + "de Puebla, y el trompo se prende a las siete de la mañana."),
                new DocChunk("alergenos.md#1", "alergenos.md",
                        "Alérgenos: las quesadillas llevan trigo y lácteos. No usamos maní ni nueces en ninguna receta. "
                                + "Los churros se fríen en aceite aparte."));
    }

    static Business business() {
        Map<DayOfWeek, List<TimeRange>> weekly = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
            weekly.put(d, List.of(range("08:00", "18:00")));
        }
        weekly.put(DayOfWeek.SATURDAY, List.of(range("09:00", "14:00")));
        Map<LocalDate, List<TimeRange>> exceptions = Map.of(
                LocalDate.parse("2026-12-25"), List.of(),
                LocalDate.parse("2026-12-24"), List.of(range("09:00", "12:00")));
        return new Business("El Carrito de Ejemplo", "es", List.of("es", "en"), MANAGUA, "NIO",
                "Barrio San Judas, frente al parque", "https://maps.example/carrito", "+505 8888 0000",
                new OpeningHours(weekly, exceptions),
                List.of(new Location(Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY), "Parque Central, esquina norte"),
                        new Location(Set.of(DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY), "Mercado Sur, entrada 2")),
                List.of("efectivo", "tarjeta", "transferencia"),
                new Delivery(true, new BigDecimal("30"), new BigDecimal("150"), "30-45 min", "hasta 3 km"),
                new Owner("+50588880000", null, "pedidos@example.com"));
    }

    private static TimeRange range(String from, String to) {
        return new TimeRange(LocalTime.parse(from), LocalTime.parse(to));
    }

    static List<Faq> faqs() {
        List<Faq> f = new ArrayList<>();
        f.add(faq("horarios", "¿Cuál es su horario?",
                List.of("¿a qué hora abren?", "a q hora cierran", "horario de atencion", "que dias abren", "what time do you open?", "opening hours"),
                "Abrimos {hours}. Hoy: {today_hours}.", "We are open {hours}. Today: {today_hours}.", List.of("horario")));
        f.add(faq("abierto_ahora", "¿Están abiertos ahorita?",
                List.of("estan abiertos", "ya abrieron?", "atienden ahorita?", "are you open now?"),
                "{open_now} Hoy atendemos {today_hours}.", "{open_now} Today we are open {today_hours}.", List.of("horario")));
        f.add(faq("ubicacion", "¿Dónde están hoy?",
                List.of("donde estan", "donde queda el carrito", "me pasas la ubicacion", "where are you today?", "where is the truck"),
                "Hoy estamos en {location_today}. Mapa: {maps_url}", "Today we are at {location_today}. Map: {maps_url}", List.of("ubicacion")));
        f.add(faq("pagos", "¿Qué formas de pago aceptan?",
                List.of("aceptan tarjeta", "puedo pagar con tarjeta?", "se puede pagar con transferencia", "como pago", "do you take cards?", "payment methods"),
                "Aceptamos {payment_methods}.", "We take {payment_methods}.", List.of("pagos")));
        f.add(faq("delivery", "¿Hacen delivery?",
                List.of("tienen delivery", "hacen envios a domicilio", "cuanto cobran por el envio", "me lo llevan a la casa", "do you deliver?"),
                "¡Sí! Llevamos {delivery_area}. El envío cuesta {currency} {delivery_fee}, pedido mínimo {currency} {delivery_minimum}, tarda {delivery_eta}.",
                "Yes! We deliver {delivery_area}. Delivery costs {currency} {delivery_fee}, minimum order {currency} {delivery_minimum}, it takes {delivery_eta}.",
                List.of("delivery")));
        f.add(faq("contacto", "¿Cuál es su número de teléfono?",
                List.of("numero de telefono", "tienen whatsapp", "a q numero llamo", "phone number"),
                "Llamanos o escribinos al {phone}. Somos {name}.", null, List.of("contacto")));
        f.add(faq("estacionamiento", "¿Hay donde parquear?",
                List.of("hay parqueo", "donde dejo el carro", "tienen estacionamiento", "is there parking?"),
                "Sí, cerca de {location_today} hay parqueo gratis.", null, List.of("local")));
        f.add(faq("factura", "¿Dan factura?",
                List.of("me pueden dar factura con ruc", "necesito factura para la empresa", "can I get an invoice?"),
                "Sí, damos factura con RUC. Pedila al pagar.", null, List.of("pagos")));
        return f;
    }

    private static Faq faq(String id, String q, List<String> also, String es, String en, List<String> tags) {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("es", es);
        if (en != null) answers.put("en", en);
        return new Faq(id, q, also, answers, tags);
    }

    static List<MenuItem> menu() {
        return List.of(
                item("taco-pastor", "Taco al pastor", "Tacos", "25", "Cerdo marinado con piña", true, List.of("cerdo", "picante"), true, List.of("pastor", "al pastor", "taco de pastor")),
                item("taco-pollo", "Taco de pollo", "Tacos", "22", "Pollo adobado con pico de gallo", true, List.of("pollo"), false, List.of("pollo")),
                item("taco-nopal", "Taco de nopal", "Tacos", "20", "Nopal asado con queso fresco", true, List.of("vegetariano"), false, List.of("nopal")),
                item("quesadilla", "Quesadilla de queso", "Quesadillas", "40", "Tortilla de harina con queso Oaxaca", true, List.of("vegetariano"), false, List.of("quesadilla")),
                item("burrito-res", "Burrito de res", "Burritos", "60", "Res, frijoles y arroz", false, List.of("res"), false, List.of("burrito")),
                item("coca", "Coca-Cola 600 ml", "Bebidas", "20", "Bien fría", true, List.of(), false, List.of("coca", "coca cola")),
                item("horchata", "Agua de horchata", "Bebidas", "15", "Hecha en casa con canela", true, List.of("vegetariano"), true, List.of("horchata")),
                item("agua", "Agua purificada", "Bebidas", "10.50", "Botella de 500 ml", true, List.of("vegano"), false, List.of("agua pura")),
                item("churros", "Churros con cajeta", "Postres", "25", "Cinco churros recién hechos", true, List.of("vegetariano"), false, List.of("churro")));
    }

    private static MenuItem item(String id, String name, String cat, String price, String desc, boolean available,
                                 List<String> tags, boolean best, List<String> aliases) {
        return new MenuItem(id, name, cat, new BigDecimal(price), desc, available, tags, best, false, aliases);
    }

    static Map<String, Flow> flows() {
        Map<String, Flow> flows = new LinkedHashMap<>();
        flows.put("quick_order", new Flow("quick_order", List.of("order"), List.of(
                step("items", "¿Qué vas a querer?", "What would you like?", StepType.ORDER_ITEMS, null),
                step("name", "¿A nombre de quién?", "What name is the order under?", StepType.TEXT, null),
                step("phone", "¿Un teléfono de contacto?", "A contact phone number?", StepType.PHONE, null),
                step("payment", "¿Cómo vas a pagar? ({payment_methods})", "How will you pay? ({payment_methods})", StepType.CHOICE, "payment_methods"),
                new FlowStep(null, true, Map.of("es", "Perfecto: {items} — total {total}. A nombre de {name}. ¿Confirmamos?",
                        "en", "Great: {items}, total {total}. Under the name {name}. Shall we confirm?"), StepType.TEXT, null, null, 20)),
                "create_order"));
        flows.put("taquiza", new Flow("taquiza", List.of("catering"), List.of(
                step("guests", "¿Para cuántas personas es la taquiza?", "How many guests?", StepType.INTEGER, null),
                step("name", "¿A nombre de quién?", null, StepType.TEXT, null),
                new FlowStep(null, true, Map.of("es", "Taquiza para {guests} personas a nombre de {name}. ¿Lo mandamos?"), StepType.TEXT, null, null, 30)),
                "create_order"));
        return flows;
    }

    private static FlowStep step(String var, String es, String en, StepType type, String choicesFrom) {
        Map<String, String> prompt = new LinkedHashMap<>();
        prompt.put("es", es);
        if (en != null) prompt.put("en", en);
        return new FlowStep(var, false, prompt, type, null, choicesFrom, 10);
    }

    static Tone tone() {
        Map<String, Map<String, String>> texts = new LinkedHashMap<>();
        texts.put("greeting", Map.of("es", "¡Hola! Soy el asistente de {name}. ¿En qué te ayudo?", "en", "Hi! I'm the {name} assistant. How can I help?"));
        texts.put("fallback", Map.of("es", "Perdón, no te entendí bien. ¿Me lo repetís con otras palabras?", "en", "Sorry, I didn't get that. Could you say it another way?"));
        texts.put("escalate", Map.of("es", "Te paso con alguien del equipo en un momento. Si es urgente, llamá al {phone}.", "en", "I'm passing you to someone from the team."));
        texts.put("closed_now", Map.of("es", "Ahora estamos cerrados; hoy atendemos {today_hours}.", "en", "We're closed right now; today we're open {today_hours}."));
        texts.put("thanks", Map.of("es", "¡Con gusto! Acá estamos cuando se te antojen unos tacos."));
        return new Tone("cercano", texts, Map.of(
                "es", List.of("Ver menú", "Ubicación", "Horarios", "Hacer pedido"),
                "en", List.of("Menu", "Location", "Hours", "Order")));
    }
}
