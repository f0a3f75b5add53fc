package dev.mostrador.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mostrador.core.engine.ChatResponse;
import dev.mostrador.core.model.ConversationTest.Expect;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExpectationsTest {

    private static ChatResponse answer(String intent, String kind, String id, Double score, String flow, String text) {
        return new ChatResponse("s1", List.of(new ChatResponse.Reply(text, List.of())), intent,
                kind == null ? null : new ChatResponse.Source(kind, id, score),
                flow == null ? null : new ChatResponse.FlowRef(flow, "items"), "es");
    }

    private static Expect expect(String faq, String menuItem, String intent, String flow, String contains,
            String notContains, Boolean fallback, Boolean handoff) {
        return new Expect(faq, menuItem, intent, flow, contains, notContains, fallback, handoff);
    }

    @Test
    void replyContainsIgnoresAccentsAndCase() {
        var a = answer("faq", "faq", "horarios", 0.8, null, "El DOMINGO está Cerrado, ¡perdón!");
        assertThat(Expectations.unmet(expect(null, null, null, null, "esta cerrado", null, null, null), a)).isEmpty();
        assertThat(Expectations.unmet(expect(null, null, null, null, "perdon", null, null, null), a)).isEmpty();
        assertThat(Expectations.unmet(expect(null, null, null, null, "abierto", null, null, null), a))
                .containsExactly("expected reply containing \"abierto\" but got \"El DOMINGO está Cerrado, ¡perdón!\"");
        assertThat(Expectations.unmet(expect(null, null, null, null, null, "CERRADO", null, null), a))
                .containsExactly("expected reply not containing \"CERRADO\" but got \"El DOMINGO está Cerrado, ¡perdón!\"");
    }

    @Test
    void faqAndMenuItemNeedTheRightSourceKindAndId() {
        var faq = answer("faq", "faq", "horarios", 0.91, null, "Abrimos a las 11");
        assertThat(Expectations.unmet(expect("horarios", null, null, null, null, null, null, null), faq)).isEmpty();
        assertThat(Expectations.unmet(expect("pagos", null, null, null, null, null, null, null), faq))
                .containsExactly("expected faq \"pagos\" but got faq \"horarios\" (score 0.91): \"Abrimos a las 11\"");
        // A menu item with the same id as the expected FAQ is not that FAQ.
        var menu = answer("menu", "menu", "horarios", null, null, "Taco: C$ 25");
        assertThat(Expectations.unmet(expect("horarios", null, null, null, null, null, null, null), menu))
                .containsExactly("expected faq \"horarios\" but got menu \"horarios\": \"Taco: C$ 25\"");
        assertThat(Expectations.unmet(expect(null, "horarios", "menu", null, null, null, null, null), menu)).isEmpty();
    }

    @Test
    void intentAndFlow() {
        var order = answer("order", "flow", "quick_order", null, "quick_order", "¿Qué vas a querer?");
        assertThat(Expectations.unmet(expect(null, null, "order", "quick_order", null, null, null, null), order)).isEmpty();
        var faq = answer("faq", "faq", "horarios", 0.7, null, "Abrimos");
        assertThat(Expectations.unmet(expect(null, null, "order", "quick_order", null, null, null, null), faq))
                .containsExactly("expected intent \"order\" but got intent \"faq\": \"Abrimos\"",
                        "expected flow \"quick_order\" but got no flow: \"Abrimos\"");
    }

    @Test
    void fallbackByIntentOrSourceAndHandoffBySource() {
        var byIntent = answer("fallback", null, null, null, null, "No te entendí");
        var bySource = answer("smalltalk", "fallback", null, null, null, "No te entendí");
        var yes = expect(null, null, null, null, null, null, true, null);
        assertThat(Expectations.unmet(yes, byIntent)).isEmpty();
        assertThat(Expectations.unmet(yes, bySource)).isEmpty();
        var faq = answer("faq", "faq", "pagos", null, null, "Efectivo");
        assertThat(Expectations.unmet(yes, faq)).containsExactly("expected a fallback but got faq \"pagos\": \"Efectivo\"");
        assertThat(Expectations.unmet(expect(null, null, null, null, null, null, false, null), byIntent))
                .containsExactly("expected no fallback but got intent \"fallback\": \"No te entendí\"");

        var handoff = answer("complaint", "handoff", null, null, null, "Te paso con alguien");
        assertThat(Expectations.unmet(expect(null, null, null, null, null, null, null, true), handoff)).isEmpty();
        assertThat(Expectations.unmet(expect(null, null, null, null, null, null, null, true), faq))
                .containsExactly("expected a hand-off but got faq \"pagos\": \"Efectivo\"");
    }

    @Test
    void longRepliesAreShortenedAndLinesJoined() {
        var a = answer("faq", "faq", "x", null, null, "uno\ndos " + "a".repeat(300));
        String got = Expectations.quoted(a.text());
        assertThat(got).startsWith("\"uno / dos aaa").endsWith("…\"").hasSize(163);
    }
}
