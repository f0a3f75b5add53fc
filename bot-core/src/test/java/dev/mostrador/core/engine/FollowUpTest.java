package dev.mostrador.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Short follow-ups use the previous turn: "y el domingo?", "y cuánto cuesta?", "y eso trae picante?". */
class FollowUpTest {

    @Test
    void dayAfterAnHoursAnswer() {
        Chat chat = Chat.wednesday();
        assertThat(chat.say("a q hora abren").source().id()).isEqualTo("horarios");
        ChatResponse sunday = chat.say("y el domingo");
        assertThat(sunday.text()).contains("cerrado");
        assertThat(sunday.intent()).isEqualTo("faq");
        assertThat(chat.say("y mañana?").text()).isEqualTo("Mañana abrimos de 08:00 a 18:00.");
    }

    @Test
    void priceAndSpicinessOfThePreviousItem() {
        Chat chat = Chat.wednesday();
        assertThat(chat.say("tienen taco de pollo?").source().id()).isEqualTo("taco-pollo");
        ChatResponse price = chat.say("y cuánto cuesta?");
        assertThat(price.source().id()).isEqualTo("taco-pollo");
        assertThat(price.text()).isEqualTo("Taco de pollo cuesta C$ 22.00.");
        ChatResponse spicy = chat.say("y eso trae picante?");
        assertThat(spicy.text()).startsWith("No, Taco de pollo no es picante.");

        chat.say("y el de pastor?");
        assertThat(chat.say("es picante?").text()).startsWith("Sí, Taco al pastor es picante.");
    }

    @Test
    void aShortFollowUpToAnFaqIsReadWithThatQuestion() {
        Chat chat = Chat.wednesday();
        assertThat(chat.say("hacen delivery?").source().id()).isEqualTo("delivery");
        ChatResponse minimum = chat.say("y el minimo?");
        assertThat(minimum.source().id()).isEqualTo("delivery");
        assertThat(minimum.text()).contains("C$ 150");
        assertThat(chat.say("me ayudas").intent()).isEqualTo("fallback");
        // an acknowledgement before it ("ok y el minimo?" got the fallback)
        Chat ok = Chat.wednesday();
        ok.say("hacen delivery?");
        assertThat(ok.say("ok y el minimo?").source().id()).isEqualTo("delivery");
        Chat dale = Chat.wednesday();
        dale.say("hacen delivery?");
        assertThat(dale.say("dale, y el minimo?").source().id()).isEqualTo("delivery");
    }

    @Test
    void aListQuestionIsNotAboutThePreviousItem() {
        Chat chat = Chat.wednesday();
        chat.say("tienen taco de pollo?");
        ChatResponse r = chat.say("algo vegetariano?");
        assertThat(r.source().id()).isEqualTo("tag:vegetariano");
    }

    @Test
    void aFollowUpWithoutContextIsNotGuessed() {
        // no item is guessed: the price of what is asked back
        ChatResponse r = Chat.wednesday().say("y cuanto cuesta?");
        assertThat(r.source().id()).isEqualTo("price_which");
        assertThat(r.text()).startsWith("¿El precio de qué?");
    }

    @Test
    void aBareDayWithNothingBeforeItAsksTheHours() {
        ChatResponse first = Chat.wednesday().say("y el sabado?");
        assertThat(first.source().kind()).isEqualTo("template");
        assertThat(first.text()).contains("09:00", "14:00");
        Chat greeted = Chat.wednesday();
        greeted.say("hola");
        assertThat(greeted.say("el domingo?").text()).contains("cerrado");
        // a day beside something else is not a bare day
        assertThat(Chat.wednesday().say("pastor el sabado").source().kind()).isNotEqualTo("template");
    }

    @Test
    void aDayAfterTheLocationAsksWhereTheTruckWillBe() {
        Chat chat = Chat.wednesday();
        assertThat(chat.say("donde estan hoy?").source().id()).isEqualTo("ubicacion");
        ChatResponse tomorrow = chat.say("y mañana?");
        assertThat(tomorrow.source().kind()).isEqualTo("template");
        assertThat(tomorrow.source().id()).isEqualTo("location");
        assertThat(tomorrow.text()).doesNotContain("Parque Central");
    }

    @Test
    void anotherOneOfTheSameKindAfterAnItem() {
        Chat chat = Chat.wednesday();
        assertThat(chat.say("cuanto la horchata?").source().id()).isEqualTo("horchata");
        ChatResponse other = chat.say("y la purificada?");
        assertThat(other.source().id()).isEqualTo("agua");
        assertThat(other.text()).contains("Agua purificada");
        // a question about the same item keeps it
        Chat same = Chat.wednesday();
        same.say("cuanto cuesta el de pastor?");
        assertThat(same.say("y es picante?").source().id()).isEqualTo("taco-pastor");
    }

    @Test
    void aListAskedForAfterAnItemIsTheList() {
        Chat chat = Chat.wednesday();
        chat.say("cuanto la horchata?");
        ChatResponse r = chat.say("tenés algo sin carne?");
        assertThat(r.source().id()).isEqualTo("tag:vegetariano");
        assertThat(r.text()).contains("Taco de nopal");
    }
}
