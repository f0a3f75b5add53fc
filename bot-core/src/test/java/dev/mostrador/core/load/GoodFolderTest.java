package dev.mostrador.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mostrador.core.model.BotConfig;
import dev.mostrador.core.model.BusinessFolder;
import dev.mostrador.core.model.ConversationTest;
import dev.mostrador.core.model.DocChunk;
import dev.mostrador.core.model.Faq;
import dev.mostrador.core.model.Flow;
import dev.mostrador.core.model.FlowStep;
import dev.mostrador.core.model.MenuItem;
import dev.mostrador.core.model.StepType;
import dev.mostrador.core.model.TimeRange;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** good-full uses every feature of the format; good-minimal only the two required files. */
class GoodFolderTest {
    @TempDir
    Path tmp;

    BusinessFolder full;

    @BeforeEach
    void loadFull() throws Exception {
        Path dir = Fixtures.copy("good-full", tmp);
        Fixtures.writePdf(dir.resolve("docs/carta-vinos.pdf"), "Vinos de la casa", "Tinto y blanco por copa.");
        full = load(dir);
    }

    private static BusinessFolder load(Path dir) throws Exception {
        try {
            return BusinessLoader.load(dir);
        } catch (InvalidBusinessException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    @Test
    void hoursWithSeveralRangesMidnightAndExceptions() {
        var hours = full.business().hours();
        assertThat(hours.weekly().get(DayOfWeek.MONDAY)).containsExactly(
                new TimeRange(LocalTime.of(8, 0), LocalTime.of(12, 0)), new TimeRange(LocalTime.of(14, 0), LocalTime.of(18, 0)));
        assertThat(hours.weekly().get(DayOfWeek.FRIDAY)).hasSize(2);
        assertThat(hours.weekly().get(DayOfWeek.SATURDAY)).containsExactly(new TimeRange(LocalTime.of(9, 0), LocalTime.MAX));
        assertThat(hours.weekly().get(DayOfWeek.SUNDAY)).isEmpty();
        assertThat(hours.rangesOn(LocalDate.of(2026, 12, 25))).isEmpty();
        assertThat(hours.rangesOn(LocalDate.of(2026, 12, 24))).containsExactly(new TimeRange(LocalTime.of(8, 0), LocalTime.of(12, 0)));
        assertThat(hours.rangesOn(LocalDate.of(2026, 11, 28))).containsExactly(new TimeRange(LocalTime.of(9, 0), LocalTime.MAX));
    }

    @Test
    void businessFields() {
        var b = full.business();
        assertThat(b.name()).isEqualTo("El Carrito de Ejemplo");
        assertThat(b.language()).isEqualTo("es");
        assertThat(b.languages()).containsExactly("es", "en");
        assertThat(b.timezone()).isEqualTo(ZoneId.of("America/Managua"));
        assertThat(b.currency()).isEqualTo("NIO");
        assertThat(b.address()).isEqualTo("Barrio X, frente al parque");
        assertThat(b.mapsUrl()).isEqualTo("https://maps.example/carrito");
        assertThat(b.phone()).isEqualTo("+505 8888 0000");
        assertThat(b.locations()).hasSize(2);
        assertThat(b.locations().get(0).days()).containsExactlyInAnyOrder(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY);
        assertThat(b.locations().get(0).place()).isEqualTo("Parque Central, esquina norte");
        assertThat(b.locations().get(1).days()).containsExactlyInAnyOrder(DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
        assertThat(b.paymentMethods()).containsExactly("efectivo", "tarjeta", "transferencia");
        assertThat(b.delivery().enabled()).isTrue();
        assertThat(b.delivery().fee()).isEqualByComparingTo("30");
        assertThat(b.delivery().minimumOrder()).isEqualByComparingTo("150.50");
        assertThat(b.delivery().eta()).isEqualTo("30-45 min");
        assertThat(b.delivery().area()).isEqualTo("hasta 3 km");
        assertThat(b.owner().whatsapp()).isEqualTo("+50588880000");
        assertThat(b.owner().telegramChatId()).isEqualTo("123456789");
        assertThat(b.owner().email()).isEqualTo("pedidos@example.com");
    }

    @Test
    void faqsWithAnswersPerLanguageAndDerivedId() {
        assertThat(full.faqs()).extracting(Faq::id).containsExactly("horarios", "ubicacion", "hacen-delivery", "pagos");
        Faq horarios = full.faqs().get(0);
        assertThat(horarios.question()).isEqualTo("¿Cuál es su horario?");
        assertThat(horarios.also()).containsExactly("a q hora abren", "what time do you open?");
        assertThat(horarios.answers()).containsOnly(
                Map.entry("es", "Abrimos {hours}. Hoy: {today_hours}."),
                Map.entry("en", "We are open {hours}. Today: {today_hours}."));
        assertThat(horarios.answer("en", "es")).startsWith("We are open");
        assertThat(horarios.answer("fr", "es")).startsWith("Abrimos");
        assertThat(horarios.tags()).containsExactly("horario");
        assertThat(full.faqs().get(2).answers()).containsOnlyKeys("es");
    }

    @Test
    void menuWithBigDecimalPricesAndYesNoColumns() {
        List<MenuItem> menu = full.menu();
        assertThat(menu).extracting(MenuItem::id).containsExactly("taco-pastor", "quesadilla", "coca", "horchata");
        MenuItem taco = menu.get(0);
        assertThat(taco.name()).isEqualTo("Taco al pastor");
        assertThat(taco.category()).isEqualTo("Tacos");
        assertThat(taco.price()).isEqualTo(new BigDecimal("25"));
        assertThat(taco.description()).isEqualTo("Cerdo marinado con piña");
        assertThat(taco.available()).isTrue();
        assertThat(taco.tags()).containsExactly("cerdo", "picante");
        assertThat(taco.bestSeller()).isTrue();
        assertThat(taco.seasonal()).isFalse();
        assertThat(taco.aliases()).containsExactly("pastor", "al pastor", "taco de pastor");
        MenuItem quesadilla = menu.get(1);
        assertThat(quesadilla.price()).isEqualTo(new BigDecimal("40.50"));
        assertThat(quesadilla.description()).isEqualTo("Tortilla de harina, queso \"oaxaca\"");
        assertThat(quesadilla.available()).isTrue(); // "sí"
        assertThat(quesadilla.bestSeller()).isFalse(); // "no"
        assertThat(quesadilla.aliases()).isEmpty();
        assertThat(menu.get(2).price()).isEqualTo(new BigDecimal("4.50"));
        assertThat(menu.get(2).available()).isFalse();
        MenuItem horchata = menu.get(3);
        assertThat(horchata.price()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(horchata.available()).isTrue(); // empty: available
        assertThat(horchata.seasonal()).isTrue();
    }

    @Test
    void flowsWithStepsTypesChoicesAndLines() {
        assertThat(full.flows()).containsOnlyKeys("quick_order");
        Flow flow = full.flows().get("quick_order");
        assertThat(flow.startWhen()).containsExactly("order", "pedir");
        assertThat(flow.onConfirm()).isEqualTo("create_order");
        List<FlowStep> steps = flow.steps();
        assertThat(steps).extracting(FlowStep::id)
                .containsExactly("items", "name", "phone", "payment", "people", "category", "where", "confirm");
        assertThat(steps).extracting(FlowStep::type).containsExactly(StepType.ORDER_ITEMS, StepType.TEXT, StepType.PHONE,
                StepType.CHOICE, StepType.INTEGER, StepType.CHOICE, StepType.CHOICE, StepType.TEXT);
        assertThat(steps).extracting(FlowStep::line).containsExactly(4, 8, 10, 13, 16, 19, 22, 25);
        assertThat(steps.get(0).prompt()).containsOnly(Map.entry("es", "¿Qué vas a querer?"), Map.entry("en", "What would you like?"));
        assertThat(steps.get(3).choicesFrom()).isEqualTo("payment_methods");
        assertThat(steps.get(5).choicesFrom()).isEqualTo("menu_categories");
        assertThat(steps.get(6).choices()).containsExactly("llevar", "aca");
        FlowStep confirm = steps.get(7);
        assertThat(confirm.confirm()).isTrue();
        assertThat(confirm.var()).isNull();
        assertThat(confirm.prompt().get("es")).isEqualTo("Perfecto: {items} — total {total}. A nombre de {name}. ¿Confirmamos?");
        assertThat(confirm.prompt()).containsKey("en");
    }

    @Test
    void toneFromFileFilledWithBuiltInDefaults() {
        var tone = full.tone();
        assertThat(tone.style()).isEqualTo("cercano");
        assertThat(tone.text("greeting", "es", "es")).isEqualTo("¡Hola! Soy el asistente de {name}. ¿En qué te ayudo?");
        assertThat(tone.text("greeting", "en", "es")).isEqualTo("Hi! I'm {name}'s assistant. How can I help?");
        assertThat(tone.text("fallback", "es", "es")).isEqualTo("Perdón, no te entendí bien. ¿Me lo repetís con otras palabras?");
        assertThat(tone.text("fallback", "en", "es")).isEqualTo(ToneReader.DEFAULT_TEXTS.get("fallback").get("en"));
        assertThat(tone.text("closed_now", "es", "es")).isEqualTo("Ahora estamos cerrados; abrimos {today_hours}.");
        assertThat(tone.quickReplies("es", "es")).containsExactly("Ver menú", "Ubicación", "Horarios", "Hacer pedido");
        assertThat(tone.quickReplies("en", "es")).containsExactly("Menu", "Location", "Hours", "Order");
        assertThat(tone.text("order_received", "es", "es")).isEqualTo("¡Listo! Tu pedido está en camino a la cocina.");
        assertThat(tone.text("order_received", "en", "es")).isEqualTo("Done! Your order is on its way to the kitchen.");
    }

    @Test
    void botConfig() {
        BotConfig bot = full.bot();
        assertThat(bot.mode()).isEqualTo("api_llm");
        assertThat(bot.llm()).isEqualTo(new BotConfig.Llm("openai", "gpt-4o-mini", 0.2, "https://api.example/v1"));
        assertThat(bot.retrieval()).isEqualTo(new BotConfig.Retrieval(5, 0.45));
    }

    @Test
    void docsFromMarkdownTextAndPdfInNameOrder() {
        assertThat(full.docs()).extracting(DocChunk::id)
                .containsExactly("alergenos.md#1", "alergenos.md#2", "carta-vinos.pdf#1", "historia.txt#1");
        assertThat(full.docs().get(0).text()).startsWith("# Alérgenos").contains("no tiene gluten").doesNotContain("Quesadillas");
        assertThat(full.docs().get(1).text()).startsWith("## Quesadillas").contains("lácteos");
        assertThat(full.docs().get(2).file()).isEqualTo("carta-vinos.pdf");
        assertThat(full.docs().get(2).text()).contains("Tinto y blanco por copa.");
        assertThat(full.docs().get(3).text()).contains("Parque Central").contains("Doña Marta");
    }

    @Test
    void conversationTestsWithFileLineClockAndExpectations() {
        List<ConversationTest> tests = full.tests();
        assertThat(tests).extracting(ConversationTest::name).containsExactly("horario sin tildes ni signos", "pedido rápido");
        ConversationTest first = tests.get(0);
        assertThat(first.file()).isEqualTo("business/tests/horarios.yaml");
        assertThat(first.line()).isEqualTo(1);
        assertThat(first.now()).isEqualTo("2026-11-23T10:00");
        assertThat(first.turns()).extracting(ConversationTest.Turn::user).containsExactly("a q hora abren", "y el domingo");
        assertThat(first.turns().get(0).expect().faq()).isEqualTo("horarios");
        assertThat(first.turns().get(0).line()).isEqualTo(4);
        assertThat(first.turns().get(1).expect().replyContains()).isEqualTo("cerrado");
        assertThat(first.turns().get(1).expect().replyNotContains()).isEqualTo("abierto");
        ConversationTest second = tests.get(1);
        assertThat(second.now()).isNull();
        var expect = second.turns().get(0).expect();
        assertThat(List.of(expect.flow(), expect.intent(), expect.menuItem())).containsExactly("quick_order", "order", "taco-pastor");
        assertThat(second.turns().get(1).expect().handoff()).isTrue();
        assertThat(second.turns().get(2).expect().fallback()).isTrue();
        assertThat(second.turns().get(2).expect().faq()).isNull();
    }

    @Test
    void synonymsAndIntentExamples() {
        assertThat(full.synonyms()).containsOnly(
                Map.entry("tarjeta", List.of("tarjeta", "card", "datafono")),
                Map.entry("coca", List.of("coca", "cocacola", "coke")));
        assertThat(full.intentExamples()).containsOnlyKeys("pedir", "order");
        assertThat(full.intentExamples().get("pedir")).containsExactly("me das 2 tacos", "quiero encargar");
    }

    @Test
    void goodMinimalTakesDefaults() throws Exception {
        BusinessFolder minimal = load(Fixtures.copy("good-minimal", tmp));
        assertThat(minimal.business().language()).isEqualTo("es");
        assertThat(minimal.business().languages()).containsExactly("es");
        assertThat(minimal.business().hours().weekly()).isEmpty();
        assertThat(minimal.business().delivery().enabled()).isFalse();
        assertThat(minimal.faqs()).extracting(Faq::id).containsExactly("horario");
        assertThat(minimal.menu()).isEmpty();
        assertThat(minimal.flows()).isEmpty();
        assertThat(minimal.tests()).isEmpty();
        assertThat(minimal.docs()).isEmpty();
        assertThat(minimal.synonyms()).isEmpty();
        assertThat(minimal.bot()).isEqualTo(BotConfig.DEFAULT);
        var tone = minimal.tone();
        assertThat(tone.style()).isEqualTo("cercano");
        for (String key : Set.of("greeting", "fallback", "escalate", "closed_now")) {
            assertThat(tone.text(key, "es", "es")).as(key).isNotBlank();
            assertThat(tone.text(key, "en", "es")).as(key).isNotBlank().isNotEqualTo(tone.text(key, "es", "es"));
        }
        assertThat(tone.quickReplies("es", "es")).containsExactly("Ver menú", "Ubicación", "Horarios", "Hacer pedido");
        assertThat(tone.quickReplies("en", "es")).hasSize(4);
    }

    @Test
    void faqsCsvIsReadLikeYaml() throws Exception {
        Path dir = Fixtures.copy("good-minimal", tmp);
        java.nio.file.Files.delete(dir.resolve("faqs.yaml"));
        java.nio.file.Files.writeString(dir.resolve("business.yaml"), "languages: [es, en]\n", java.nio.file.StandardOpenOption.APPEND);
        java.nio.file.Files.writeString(dir.resolve("faqs.csv"), """
                question,answer,also,tags,answer_en
                "¿A qué hora abren?","Abrimos {hours}.",a q hora abren|horario,horario,"We open {hours}."
                "¿Tienen delivery, o no?",No por ahora.,,,
                """);
        BusinessFolder folder = load(dir);
        assertThat(folder.faqs()).extracting(Faq::id).containsExactly("a-que-hora-abren", "tienen-delivery-o-no");
        assertThat(folder.faqs().get(0).also()).containsExactly("a q hora abren", "horario");
        assertThat(folder.faqs().get(0).answers()).containsOnly(Map.entry("es", "Abrimos {hours}."), Map.entry("en", "We open {hours}."));
        assertThat(folder.faqs().get(1).answers()).containsOnly(Map.entry("es", "No por ahora."));
        assertThat(folder.faqs().get(0).tags()).containsExactly("horario");
    }
}
