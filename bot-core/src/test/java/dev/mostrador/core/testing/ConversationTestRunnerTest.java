package dev.mostrador.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mostrador.core.bundle.Bundle;
import dev.mostrador.core.bundle.BundleCompiler;
import dev.mostrador.core.load.BusinessLoader;
import dev.mostrador.core.model.ConversationTest;
import dev.mostrador.core.model.ConversationTest.Expect;
import dev.mostrador.core.model.ConversationTest.Turn;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The runner against the real loader, compiler and engine, on the loader's full fixture folder. */
class ConversationTestRunnerTest {
    static Bundle bundle;

    @BeforeAll
    static void compile() throws Exception {
        Path dir = Path.of(ConversationTestRunnerTest.class.getResource("/fixtures/good-full/business").toURI());
        bundle = new BundleCompiler().compile(BusinessLoader.load(dir));
    }

    private static Expect contains(String text) {
        return new Expect(null, null, null, null, text, null, null, null);
    }

    private static Expect faq(String id) {
        return new Expect(id, null, null, null, null, null, null, null);
    }

    private static ConversationTest test(String name, int line, String now, Turn... turns) {
        return new ConversationTest(name, "business/tests/extra.yaml", line, now, List.of(turns));
    }

    @Test
    void aFailureNamesFileLineTestTurnExpectationAndAnswer() {
        var t = test("nunca pasa", 4, null,
                new Turn("a q hora abren", faq("horarios"), 6),
                new Turn("y el domingo", contains("los domingos regalamos tacos"), 8),
                new Turn("gracias", contains("esto ya no se mira"), 10));
        TestReport report = new ConversationTestRunner(bundle).run(List.of(t));

        assertThat(report.summary()).isEqualTo("0 passed, 1 failed");
        // stops at the first failing turn: turn 3 is not reported
        assertThat(report.failures()).singleElement().asString()
                .startsWith("business/tests/extra.yaml:4 \"nunca pasa\" turn 2 \"y el domingo\": "
                        + "expected reply containing \"los domingos regalamos tacos\" but got \"")
                .doesNotContain("esto ya no se mira");
    }

    @Test
    void eachTestRunsAtItsOwnClock() {
        // 2026-11-23 is a Monday (08:00-12:00, 14:00-18:00); 2026-12-25 is closed by an exception.
        var monday = test("lunes", 1, "2026-11-23T10:00", new Turn("a q hora abren", contains("hoy: 08:00"), 2));
        var christmas = test("navidad", 3, "2026-12-25T10:00",
                new Turn("a q hora abren", new Expect(null, null, null, null, "hoy: cerrado", "hoy: 08:00", null, null), 4));
        TestReport report = new ConversationTestRunner(bundle).run(List.of(monday, christmas));
        assertThat(report.failures()).isEmpty();
        assertThat(report.summary()).isEqualTo("2 passed, 0 failed");
    }

    @Test
    void eachTestHasItsOwnConversation() {
        // Both tests start by asking the same; the second must not inherit the first's follow-up context.
        var first = test("uno", 1, null, new Turn("a q hora abren", faq("horarios"), 2));
        var second = test("dos", 3, null, new Turn("donde estan", faq("ubicacion"), 4));
        TestReport report = new ConversationTestRunner(bundle).run(List.of(first, second));
        assertThat(report.results()).extracting(r -> r.test().name()).containsExactly("uno", "dos");
        assertThat(report.allPassed()).as(report.failures().toString()).isTrue();
    }

    @Test
    void aBadNowIsReportedNotThrown() {
        var t = test("reloj malo", 9, "mañana a las 10", new Turn("hola", null, 10));
        assertThat(new ConversationTestRunner(bundle).run(List.of(t)).failures()).containsExactly(
                "business/tests/extra.yaml:9 \"reloj malo\": now \"mañana a las 10\" is not a local date-time; "
                        + "write it like 2026-11-23T10:00");
    }

    @Test
    void theFilterMatchesNameOrFileIgnoringAccentsAndCase() {
        var runner = new ConversationTestRunner(bundle);
        assertThat(runner.run("PEDIDO RAPIDO").results()).extracting(r -> r.test().name())
                .containsExactly("pedido rápido");
        assertThat(runner.run("horarios.yaml").results()).extracting(r -> r.test().name())
                .containsExactly("horario sin tildes ni signos");
        assertThat(runner.run((String) null).results()).hasSize(2);
        assertThat(runner.run("no existe").results()).isEmpty();
    }
}
