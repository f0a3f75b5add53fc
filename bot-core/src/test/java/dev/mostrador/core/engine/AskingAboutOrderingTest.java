package dev.mostrador.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mostrador.core.model.BusinessFolder;
import dev.mostrador.core.model.Faq;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Questions about ordering are not orders: "whats the minimum order?" started a guided order ("order" is a verb
 * too), and "can i order online?" took "online" for a dish ("We don't have online on the menu").
 */
class AskingAboutOrderingTest {

    @Test
    void theMinimumOrderIsTheOwnersFaqThatGivesIt() {
        for (String text : List.of("whats the minimum order", "whats ur min order for delivery",
                "cual es el pedido minimo?", "cual es el minimo para delivery", "cuanto es el pedido minimo")) {
            ChatResponse r = new Taqueria().say(text);
            assertThat(r.flow()).as(text).isNull();
            assertThat(r.source().id()).as(text).isEqualTo("delivery");
            assertThat(r.text()).as(text).contains("C$ 300");
        }
    }

    @Test
    void withoutSuchAnFaqTheMinimumItself() {
        BusinessFolder base = Carrito.folder();
        List<Faq> faqs = base.faqs().stream().filter(f -> !f.id().equals("delivery")).toList();
        ChatEngine engine = Carrito.engine(Carrito.with(faqs, base.menu(), base.intentExamples()), n -> {});
        ChatResponse r = engine.handle(new ChatRequest("web", "c1", "cual es el pedido minimo?"));
        assertThat(r.source().id()).isEqualTo("minimum_order");
        assertThat(r.text()).startsWith("Para delivery el pedido mínimo es ").doesNotContain("{");
        ChatResponse en = engine.handle(new ChatRequest("web", "c2", "what's the minimum order?"));
        assertThat(en.text()).startsWith("The minimum order for delivery is ");
    }

    @Test
    void whereTheOrderIsPlacedIsNoDish() {
        for (String text : List.of("can i order online", "can i order here?", "puedo pedir en linea?")) {
            ChatResponse r = new Taqueria().say(text);
            assertThat(r.flow()).as(text).isNotNull();
            assertThat(r.text()).as(text).doesNotContain("on the menu").doesNotContain("en el menú");
        }
        // an order that says where still takes its items
        assertThat(new Taqueria().say("quiero 2 tacos al pastor por aqui").text()).doesNotContain("en el menú");
    }

    @Test
    void aBareCancelWithNoOrderSaysThereIsNone() {
        // "cancel that" with nothing ordered got the fallback
        for (String text : List.of("cancel that", "cancelalo", "mejor cancela todo")) {
            ChatResponse r = new Taqueria().say(text);
            assertThat(r.source().id()).as(text).isEqualTo("nothing_to_cancel");
            assertThat(r.text()).as(text).containsAnyOf("no order in progress", "ningún pedido en curso");
        }
        // right after a confirmed order it is that order: only the team can undo it
        Taqueria t = new Taqueria();
        t.say("quiero 3 de pastor y 2 horchatas a nombre de Luis, pago en efectivo");
        t.say("8888 7777");
        assertThat(t.say("si").text()).contains("quedó confirmado");
        ChatResponse undo = t.say("cancelalo");
        assertThat(undo.intent()).isEqualTo("handoff");
        // inside a guided order, cancelling cancels it as before
        Taqueria running = new Taqueria();
        running.say("quiero 2 de pastor");
        ChatResponse cancelled = running.say("cancelalo");
        assertThat(cancelled.flow()).isNull();
        assertThat(cancelled.source().id()).isNotEqualTo("nothing_to_cancel");
    }

    @Test
    void partiesAndSpecialsAreTheOwnersWords() {
        // "party" was the waiting-time FAQ, "specials" a thing the business knows nothing of
        assertThat(new Taqueria().say("how much for a party of 50").source().id()).isEqualTo("encargos_eventos");
        assertThat(new Taqueria().say("do you have any specials today").source().id()).isEqualTo("promociones");
    }
}
