package dev.mostrador.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mostrador.core.model.BusinessFolder;
import dev.mostrador.core.model.Faq;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Weather, match results, trades: out of scope for a shop, unless the owner's own texts talk about them. */
class OffTopicTest {

    @Test
    void aSubjectTheBusinessNeverMentionsGetsTheFallback() {
        assertThat(Chat.wednesday().say("va a llover hoy en la tarde?").intent()).isEqualTo("fallback");
        assertThat(Chat.wednesday().say("como quedo el partido de anoche").intent()).isEqualTo("fallback");
        assertThat(Chat.wednesday().say("will it rain tomorrow?").intent()).isEqualTo("fallback");
    }

    @Test
    void theOwnersWordWins() {
        BusinessFolder base = Carrito.folder();
        List<Faq> faqs = new ArrayList<>(base.faqs());
        faqs.add(new Faq("partidos", "¿Pasan los partidos?", List.of("ven el futbol en el carrito?", "transmiten el mundial?"),
                Map.of("es", "Sí, pasamos todos los partidos en la tele del carrito."), List.of()));
        ChatEngine engine = Carrito.engine(Carrito.with(faqs, base.menu(), base.intentExamples()), n -> {});
        ChatResponse r = engine.handle(new ChatRequest("web", "s1", "van a pasar el partido hoy?"));
        assertThat(r.source().kind() + ":" + r.source().id()).as(r.text()).isEqualTo("faq:partidos");
    }

    @Test
    void askingForSomethingNoTextOfTheBusinessNamesSaysSoAndOffersTheTeam() {
        Chat chat = Chat.wednesday();
        ChatResponse r = chat.say("tienen michelada?");
        assertThat(r.intent()).isEqualTo("fallback");
        assertThat(r.source().id()).isEqualTo("unknown_thing");
        assertThat(r.text()).isEqualTo("No tengo información sobre «michelada». Si preferís, te paso con una persona del equipo.");
        assertThat(r.replies().get(0).quickReplies()).startsWith("Hablar con una persona");
        // "sí" takes the offer: the owner is told
        assertThat(chat.say("si").intent()).isEqualTo("handoff");
        assertThat(chat.notifications).hasSize(1);
        ChatResponse en = Chat.wednesday().say("do you take reservations?");
        assertThat(en.source().id()).isEqualTo("unknown_thing");
        assertThat(en.text()).startsWith("I don't have any information about \"reservations\".");
        assertThat(Chat.wednesday().say("aceptan reservaciones porfa").text()).startsWith("No tengo información sobre «reservaciones»");
        assertThat(Chat.wednesday().say("do you have kids meals").text()).contains("\"kids meals\"");
        // "portions" is a kind of offer, not what makes it known ("do you have kids portions" got the fixed-location FAQ)
        assertThat(new Taqueria().say("do you have kids portions").text()).startsWith("I don't have any information about \"kids portions\"");
        assertThat(Chat.wednesday().say("you guys have wifi?").source().id()).isEqualTo("unknown_thing");
        // whether something is allowed, in words the business never uses ("se puede fumar?" got the fallback)
        assertThat(new Taqueria().say("se puede fumar?").text()).startsWith("No tengo información sobre «fumar».");
        assertThat(new Taqueria().say("puedo reservar una mesa").text()).startsWith("No tengo información sobre «reservar una mesa».");
        assertThat(new Taqueria().say("se puede pagar con tarjeta?").source().id()).isEqualTo("pagos");
        assertThat(new Taqueria().say("se permite entrar con mascotas?").source().id()).isEqualTo("mascotas");
        // a word for a kind of offer does not make the thing known; the glue around it is left out of the answer
        assertThat(Chat.wednesday().say("tienen opciones para niños?").text())
                .startsWith("No tengo información sobre «opciones para niños».");
        assertThat(Chat.wednesday().say("tienen algo de michelada por favor").text())
                .startsWith("No tengo información sobre «michelada».");
    }

    @Test
    void askingForSomethingTheBusinessKnowsIsAnsweredAsBefore() {
        // a word of an FAQ, a misspelled one, a menu item: the usual answers
        assertThat(Chat.wednesday().say("hay estacionamiento?").source().id()).isEqualTo("estacionamiento");
        assertThat(Chat.wednesday().say("aceptan tarjeta?").source().id()).isEqualTo("pagos");
        assertThat(Chat.wednesday().say("tienen delibery?").source().id()).isEqualTo("delivery");
        assertThat(Chat.wednesday().say("tienen horchata?").source().id()).isEqualTo("horchata");
        // one known word is enough: the thing is not wholly foreign
        assertThat(Chat.wednesday().say("aceptan tarjeta de regalo?").source().id()).isNotEqualTo("unknown_thing");
    }
}
