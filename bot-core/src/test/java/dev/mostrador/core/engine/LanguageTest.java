package dev.mostrador.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The customer's language among the business's, with owner text per language and fallbacks to the default. */
class LanguageTest {
    private final LanguageDetector detector = new LanguageDetector();
    private static final List<String> BOTH = List.of("es", "en");

    @Test
    void detectsByFunctionWordsAndKeepsTheSessionOnShortMessages() {
        assertThat(detector.detect(Message.of("what time do you open?"), BOTH, "es")).isEqualTo("en");
        assertThat(detector.detect(Message.of("a q hora abren"), BOTH, "en")).isEqualTo("es");
        assertThat(detector.detect(Message.of("¿tenés tacos?"), BOTH, "en")).isEqualTo("es");
        assertThat(detector.detect(Message.of("ok"), BOTH, "en")).isEqualTo("en");
        assertThat(detector.detect(Message.of("menu"), BOTH, "es")).isEqualTo("es");
        assertThat(detector.detect(Message.of("hola"), BOTH, "en")).isEqualTo("en");
        assertThat(detector.detect(Message.of("do you have tacos?"), List.of("es"), "es")).isEqualTo("es");
    }

    @Test
    void shortEnglishQuestionsInCommonWordsAreEnglish() {
        // "anything spicy?" got the owner's Spanish answer in a new (Spanish-default) session
        for (String text : List.of("anything spicy?", "got any drinks?", "anything without meat?", "is there seating")) {
            assertThat(detector.detect(Message.of(text), BOTH, "es")).as(text).isEqualTo("en");
        }
        assertThat(new Taqueria().say("anything spicy?").text()).startsWith("Salsas come on the side");
        // both languages' words count for neither: "tacos" does not make a Spanish message English
        assertThat(detector.detect(Message.of("quiero 2 tacos"), BOTH, "es")).isEqualTo("es");
    }

    @Test
    void answersInEnglishWhereTheOwnerWroteEnglish() {
        Chat chat = Chat.wednesday();
        ChatResponse hi = chat.say("hi there!");
        assertThat(hi.intent()).isEqualTo("greeting");
        assertThat(hi.text()).isEqualTo("Hi! I'm the El Carrito de Ejemplo assistant. How can I help?");
        assertThat(hi.replies().get(0).quickReplies()).containsExactly("Menu", "Location", "Hours", "Order");

        ChatResponse hours = chat.say("what time do you open?");
        assertThat(hours.lang()).isEqualTo("en");
        assertThat(hours.text()).isEqualTo("We are open Mon-Fri 08:00-18:00, Sat 09:00-14:00, Sun closed. Today: 08:00-18:00.");

        ChatResponse price = chat.say("how much is the chicken taco?");
        assertThat(price.lang()).isEqualTo("en");

        ChatResponse ok = chat.say("ok");
        assertThat(ok.lang()).isEqualTo("en");
    }

    @Test
    void fallsBackToTheDefaultLanguageTextWhenTheOwnerWroteNoEnglish() {
        ChatResponse r = Chat.wednesday().say("can I get an invoice?");
        assertThat(r.lang()).isEqualTo("en");
        assertThat(r.source().id()).isEqualTo("factura");
        assertThat(r.text()).startsWith("Sí, damos factura");
    }

    @Test
    void switchesBackToSpanish() {
        Chat chat = Chat.wednesday();
        chat.say("do you deliver?");
        ChatResponse r = chat.say("y cuanto cobran por el envio?");
        assertThat(r.lang()).isEqualTo("es");
        assertThat(r.text()).contains("Llevamos");
    }
}
