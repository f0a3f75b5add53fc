package dev.mostrador.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mostrador.core.model.BusinessFolder;
import dev.mostrador.core.model.Faq;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An order for another day or hour ("¿hacen pedidos por adelantado?", "se puede encargar para mañana?"): the guided
 * order has no day or hour to ask for, so the owner's FAQ about it answers, else the team is offered. These got
 * the delivery FAQ, the payments FAQ ("aceptan…") or a guided order that would have been taken for now.
 */
class OrderForLaterTest {

    @Test
    void orderingAheadIsForTheTeamWhenTheOwnerSaysNothingOfIt() {
        for (String text : List.of("hacen pedidos por adelantado?", "se puede encargar para mañana?",
                "se puede encargar para manana", "aceptan encargos?", "puedo pedir con anticipacion?",
                "me lo tienen listo para las 3?", "quiero hacer un pedido para el sabado")) {
            Taqueria t = new Taqueria();
            ChatResponse r = t.say(text);
            assertThat(r.source().id()).as(text).isEqualTo("order_later");
            assertThat(r.text()).as(text).startsWith("Para encargar para otro día u hora, mejor confirmalo con el equipo")
                    .contains("te paso con una persona");
            assertThat(r.flow()).as(text).isNull();
            assertThat(r.replies().get(r.replies().size() - 1).quickReplies()).as(text).contains("Hablar con una persona");
            // a "sí" takes the offer
            assertThat(t.say("si").intent()).as(text).isEqualTo("handoff");
        }
        for (String text : List.of("can i order ahead?", "can i preorder for tomorrow?")) {
            assertThat(new Taqueria().say(text).text()).as(text).startsWith("To order for another day or time");
        }
    }

    @Test
    void ordersForNowAndPastOrdersAreUnchanged() {
        assertThat(new Taqueria().say("puedo hacer un pedido?").flow()).isNotNull();
        assertThat(new Taqueria().say("quiero encargar 2 de pastor").flow()).isNotNull();
        assertThat(new Taqueria().say("el otro dia hice un pedido y llego frio").intent()).isEqualTo("complaint");
        assertThat(new Taqueria().say("abren mañana?").source().id()).isNotEqualTo("order_later");
        assertThat(new Taqueria().say("tienen tacos para mañana?").source().id()).isNotEqualTo("order_later");
    }

    @Test
    void theOwnersFaqAboutOrderingAheadAnswersInstead() {
        BusinessFolder base = Carrito.folder();
        List<Faq> faqs = new ArrayList<>(base.faqs());
        faqs.add(new Faq("encargos", "¿Puedo encargar para otro día?", List.of("hacen pedidos por adelantado",
                "puedo encargar para mañana", "can I order ahead"),
                Map.of("es", "Sí: encargá con un día de anticipación al 8888 0000."), List.of()));
        ChatEngine engine = Carrito.engine(Carrito.with(faqs, base.menu(), base.intentExamples()), n -> {});
        ChatResponse r = engine.handle(new ChatRequest("web", "c1", "se puede hacer un pedido por adelantado?"));
        assertThat(r.source().kind() + ":" + r.source().id()).as(r.text()).isEqualTo("faq:encargos");
    }

    @Test
    void aCustomerOnTheWayToPickUpIsExpected() {
        ChatResponse r = new Taqueria().say("paso a recoger en 20 min");
        assertThat(r.source().id()).isEqualTo("pickup");
        assertThat(r.text()).isEqualTo("¡Dale, te esperamos! Hoy estamos en Rotonda El Güegüense, 150 m al sur.");
        assertThat(new Taqueria().say("voy por mi pedido").text()).startsWith("¡Dale, te esperamos!");
        assertThat(new Taqueria().say("i'll pick it up in 10 minutes").text()).startsWith("Great, see you soon!");
        // inside a guided order it is still the way the order is fulfilled
        Taqueria t = new Taqueria();
        t.say("quiero 2 de pastor a domicilio");
        assertThat(t.say("paso a recoger").flow().step()).isEqualTo("name");
    }
}
