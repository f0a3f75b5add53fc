package dev.mostrador.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mostrador.core.load.BusinessLoader;
import dev.mostrador.core.model.BusinessFolder;
import dev.mostrador.core.model.ConversationTest;
import dev.mostrador.core.model.Faq;
import dev.mostrador.core.model.MenuItem;
import dev.mostrador.core.model.StepType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The example business (../business) is the owner's template: it must load and show every feature of the
 * format, so a new owner can copy from it. Its conversation tests run in bot-runtime's build (mostrador:test).
 */
class ExampleBusinessTest {
    static final Path DIR = Path.of("..", "business");
    static BusinessFolder folder;

    @BeforeAll
    static void load() throws Exception {
        folder = BusinessLoader.load(DIR);
    }

    @Test
    void businessYamlUsesEveryKey() {
        var b = folder.business();
        assertThat(b.languages()).containsExactly("es", "en");
        assertThat(b.timezone().getId()).isEqualTo("America/Managua");
        assertThat(b.currency()).isEqualTo("NIO");
        assertThat(b.hours().weekly().get(DayOfWeek.WEDNESDAY)).hasSize(2);
        assertThat(b.hours().rangesOn(LocalDate.of(2026, 12, 25))).isEmpty();
        assertThat(b.locations()).hasSize(2);
        assertThat(b.paymentMethods()).containsExactly("efectivo", "tarjeta", "transferencia");
        assertThat(b.delivery().enabled()).isTrue();
        assertThat(b.owner().whatsapp()).isNotBlank();
        assertThat(b.owner().telegramChatId()).isNotBlank();
        assertThat(b.owner().email()).isNotBlank();
    }

    @Test
    void faqsAreManyAndWrittenAsCustomersWrite() {
        assertThat(folder.faqs()).hasSizeGreaterThanOrEqualTo(15);
        assertThat(folder.faqs()).allSatisfy(f -> assertThat(f.also()).as(f.id()).hasSizeBetween(4, 8));
        assertThat(folder.faqs().stream().filter(f -> f.answers().containsKey("en")).count()).isGreaterThanOrEqualTo(5);
        String answers = String.join(" ", folder.faqs().stream().map(f -> f.answers().get("es")).toList());
        assertThat(answers).contains("{hours}", "{today_hours}", "{open_now}", "{location_today}", "{payment_methods}",
                "{delivery_fee}", "{delivery_minimum}", "{delivery_eta}", "{delivery_area}", "{currency}", "{phone}",
                "{address}", "{maps_url}", "{name}");
        List<String> also = folder.faqs().stream().flatMap(f -> f.also().stream()).toList();
        assertThat(also).anyMatch(a -> a.contains(" q ")).anyMatch(a -> a.startsWith("what") || a.startsWith("do you"));
    }

    @Test
    void menuHasCategoriesTagsAliasesAndSpecialItems() {
        List<MenuItem> menu = folder.menu();
        assertThat(menu).hasSizeGreaterThanOrEqualTo(25);
        assertThat(menu.stream().map(MenuItem::category).distinct())
                .contains("Tacos", "Quesadillas", "Bebidas", "Postres");
        assertThat(menu.stream().flatMap(m -> m.tags().stream()).distinct()).contains("vegetariano", "picante", "sin gluten");
        assertThat(menu).anyMatch(m -> !m.available()).anyMatch(MenuItem::seasonal).anyMatch(MenuItem::bestSeller);
        assertThat(menu.stream().filter(m -> m.aliases().contains("coca")).map(MenuItem::id))
                .containsExactly("coca-normal", "coca-sin-azucar");
        assertThat(menu).anyMatch(m -> m.aliases().contains("pastor"));
    }

    @Test
    void flowsToneBotDocsAndVocabularies() {
        var order = folder.flows().get("quick_order");
        assertThat(order.startWhen()).containsExactly("order");
        assertThat(order.steps()).extracting(s -> s.id()).containsExactly("items", "name", "phone", "payment", "confirm");
        assertThat(order.steps().get(0).type()).isEqualTo(StepType.ORDER_ITEMS);
        assertThat(order.steps().get(3).choicesFrom()).isEqualTo("payment_methods");
        assertThat(order.onConfirm()).isEqualTo("create_order");
        assertThat(folder.flows().values().stream().flatMap(f -> f.steps().stream()).map(s -> s.type()).distinct())
                .contains(StepType.TEXT, StepType.INTEGER, StepType.PHONE, StepType.MENU_ITEM, StepType.ORDER_ITEMS,
                        StepType.CHOICE);

        assertThat(folder.tone().style()).isEqualTo("cercano");
        assertThat(folder.tone().texts().get("greeting")).containsKeys("es", "en");
        assertThat(folder.tone().texts()).containsKey("thanks");
        assertThat(folder.bot().mode()).isEqualTo("rag_only");
        assertThat(folder.bot().retrieval().topK()).isEqualTo(4);
        assertThat(folder.bot().retrieval().minScore()).isEqualTo(0.5);
        assertThat(folder.docs().stream().map(d -> d.file()).distinct())
                .anyMatch(f -> f.endsWith(".md")).anyMatch(f -> f.endsWith(".txt"));
        assertThat(folder.synonyms()).isNotEmpty();
        assertThat(folder.intentExamples()).containsKey("catering");
    }

    @Test
    void conversationTestsCoverSpanishFirstThenEnglish() {
        List<ConversationTest> tests = folder.tests();
        assertThat(tests).hasSizeGreaterThanOrEqualTo(20);
        List<ConversationTest.Expect> expects = tests.stream().flatMap(t -> t.turns().stream())
                .map(ConversationTest.Turn::expect).filter(Objects::nonNull).toList();
        assertThat(expects).anyMatch(e -> e.faq() != null).anyMatch(e -> e.menuItem() != null)
                .anyMatch(e -> e.intent() != null).anyMatch(e -> e.flow() != null)
                .anyMatch(e -> e.replyContains() != null).anyMatch(e -> e.replyNotContains() != null)
                .anyMatch(e -> Boolean.TRUE.equals(e.fallback())).anyMatch(e -> Boolean.TRUE.equals(e.handoff()));
        assertThat(tests).anyMatch(t -> t.now() != null);
    }

    @Test
    void everyYamlFileNamesItsSchema() throws Exception {
        try (Stream<Path> files = Files.walk(DIR)) {
            List<Path> yamls = files.filter(p -> p.toString().endsWith(".yaml")).toList();
            assertThat(yamls).hasSizeGreaterThanOrEqualTo(10);
            for (Path p : yamls) {
                String first = Files.readAllLines(p).get(0);
                String schema = p.getParent().getFileName().toString().equals("tests")
                        ? "../../schema/tests.schema.json"
                        : "../schema/" + p.getFileName().toString().replace(".yaml", ".schema.json");
                assertThat(first).as(p.toString()).isEqualTo("# yaml-language-server: $schema=" + schema);
                assertThat(DIR.resolve(p.getParent().getFileName().toString().equals("tests") ? "tests" : ".")
                        .resolve(schema)).as(schema).exists();
            }
        }
    }
}
