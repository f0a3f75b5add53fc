package dev.mostrador.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mostrador.core.model.BusinessFolder;
import dev.mostrador.core.model.Faq;
import dev.mostrador.core.port.Notifier.OwnerNotification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * "quiero cancelar mi pedido" outside a guided order is about an order already passed on to the shop: the bot
 * cannot undo it, so the team is told and the customer hears so; never an FAQ that merely shares "pedido", and
 * never a new order ("cancel my order" holds the word "order").
 */
class PlacedOrderChangeTest {

    @Test
    void cancellingOrChangingAPlacedOrderGoesToTheTeamWhoAreTold() {
        for (String text : List.of("quiero cancelar mi pedido", "cancelar pedido", "kiero anular mi pedido",
                "borrame el pedido porfa", "como modifico un pedido que ya hice", "cambiame la orden")) {
            Chat chat = Chat.wednesday();
            ChatResponse r = chat.say(text);
            assertThat(r.intent()).as(text).isEqualTo("handoff");
            assertThat(r.source().id()).as(text).isEqualTo("order_change");
            assertThat(r.text()).as(text).contains("solo lo puede cambiar o cancelar el equipo", "+505 8888 0000");
            assertThat(r.flow()).as(text).isNull();
            assertThat(chat.notifications).as(text).singleElement()
                    .satisfies(n -> assertThat(n.body()).contains(text));
        }
        Chat english = Chat.wednesday();
        ChatResponse cancel = english.say("i want to cancel my order");
        assertThat(cancel.intent()).isEqualTo("handoff");
        assertThat(cancel.flow()).isNull();
        assertThat(cancel.text()).contains("Only the team can change or cancel");
        assertThat(Chat.wednesday().say("can I change my order?").intent()).isEqualTo("handoff");
    }

    @Test
    void orderingAndAskingAboutOrdersAreUnchanged() {
        assertThat(Chat.wednesday().say("quiero hacer un pedido").flow()).isNotNull();
        assertThat(Chat.wednesday().say("2 tacos al pastor y una coca").intent()).isEqualTo("order");
        // "cambio" (change money) is no change of an order
        assertThat(Chat.wednesday().say("tienen cambio de 500?").intent()).isNotEqualTo("handoff");
    }

    @Test
    void insideAGuidedOrderCancelEndsItWithoutBotheringTheTeam() {
        Chat chat = Chat.wednesday();
        assertThat(chat.say("quiero hacer un pedido").flow()).isNotNull();
        ChatResponse r = chat.say("cancelar");
        assertThat(r.flow()).isNull();
        assertThat(r.text()).contains("cancelé el pedido");
        assertThat(chat.notifications).noneMatch(n -> n.kind().equals("handoff"));
    }

    @Test
    void theOwnersFaqAboutCancellingAnswersInstead() {
        BusinessFolder base = Carrito.folder();
        List<Faq> faqs = new ArrayList<>(base.faqs());
        faqs.add(new Faq("cancelaciones", "¿Puedo cancelar mi pedido?", List.of("como cancelo un pedido",
                "quiero cancelar la orden", "se puede anular un pedido", "can I cancel my order"),
                Map.of("es", "Podés cancelar sin costo hasta 10 minutos después de pedir: escribinos al 8888 0000."),
                List.of()));
        List<OwnerNotification> told = new ArrayList<>();
        ChatEngine engine = Carrito.engine(Carrito.with(faqs, base.menu(), base.intentExamples()), told::add);
        ChatResponse r = engine.handle(new ChatRequest("web", "c1", "quiero cancelar mi pedido"));
        assertThat(r.source().kind() + ":" + r.source().id()).as(r.text()).isEqualTo("faq:cancelaciones");
        assertThat(told).isEmpty();
    }
}
