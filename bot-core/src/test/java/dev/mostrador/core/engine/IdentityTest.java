package dev.mostrador.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "¿quién sos?", "¿eres un robot?", "are you a bot?": the assistant says what it is and offers a person. These got
 * the fallback, the open-now FAQ ("who are you?") or a hand-off ("sos humano?" holds "humano").
 */
class IdentityTest {

    @Test
    void theAssistantSaysWhatItIsAndOffersAPerson() {
        for (String text : List.of("quien sos?", "quien eres", "eres un robot?", "sos humano?", "hablo con un bot?",
                "sos un bot o una persona?")) {
            Taqueria t = new Taqueria();
            ChatResponse r = t.say(text);
            assertThat(r.intent()).as(text).isEqualTo("smalltalk");
            assertThat(r.source().id()).as(text).isEqualTo("identity");
            assertThat(r.text()).as(text).isEqualTo("Soy el asistente virtual de Tacos El Güero: te ayudo con el menú, "
                    + "los horarios, dónde estamos y los pedidos. Si preferís, te paso con una persona del equipo.");
            assertThat(t.notifications).as(text).isEmpty();
            assertThat(t.say("si").intent()).as(text).isEqualTo("handoff");
        }
        for (String text : List.of("who are you?", "are you a bot?", "am i talking to a human?")) {
            assertThat(new Taqueria().say(text).text()).as(text).startsWith("I'm Tacos El Güero's virtual assistant");
        }
    }

    @Test
    void askingForAPersonIsStillAHandOff() {
        assertThat(new Taqueria().say("quiero hablar con una persona").intent()).isEqualTo("handoff");
        assertThat(new Taqueria().say("can i talk to a human?").intent()).isEqualTo("handoff");
        assertThat(new Taqueria().say("quiero hablar con el dueño").intent()).isEqualTo("handoff");
        // a question about the owner is no wish to talk to them ("de donde es el dueño?" was handed off)
        for (String text : List.of("de donde es el dueño?", "quien es el dueño?", "who is the owner?")) {
            Taqueria t = new Taqueria();
            assertThat(t.say(text).intent()).as(text).isNotEqualTo("handoff");
            assertThat(t.notifications).as(text).isEmpty();
        }
    }

    @Test
    void askedMidOrderItIsAnsweredNotTakenAsTheName() {
        Taqueria t = new Taqueria();
        assertThat(t.step("quiero 2 de pastor")).isEqualTo("name");
        ChatResponse r = t.say("sos un bot?");
        assertThat(r.text()).startsWith("Soy el asistente virtual de Tacos El Güero").endsWith("¿A nombre de quién?");
        assertThat(t.state().flow().vars()).doesNotContainKey("name");
    }

    @Test
    void stretchedGreetingsAndFoodThatMadeSomeoneSick() {
        // "holaaaa buenassss" got the hours FAQ; "your food made me sick" the fallback
        assertThat(new Taqueria().say("holaaaa buenassss").intent()).isEqualTo("greeting");
        for (String text : List.of("your food made me sick", "me enferme con los tacos", "me cayo mal el burrito",
                "llevo 40 minutos esperando", "sigo esperando mi pedido", "i have been waiting for an hour")) {
            assertThat(new Taqueria().say(text).intent()).as(text).isEqualTo("complaint");
        }
    }

    @Test
    void beingChargedTwiceIsAComplaintAndPonmeOrders() {
        // "me cobraron doble" got the delivery FAQ, "i was charged twice" the fallback
        for (String text : List.of("me cobraron doble", "me cobraron dos veces", "i was charged twice")) {
            assertThat(new Taqueria().say(text).intent()).as(text).isEqualTo("complaint");
        }
        // "ponme 2 quesadillas de queso" got the quesadilla's description
        Taqueria t = new Taqueria();
        assertThat(t.step("ponme 2 quesadillas de queso")).isEqualTo("name");
        assertThat(t.checkout()).contains("2 × Quesadilla de queso");
        assertThat(new Taqueria().step("poneme 3 de pastor")).isEqualTo("name");
    }
}
