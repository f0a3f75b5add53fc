package dev.mostrador.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The quick order flow: start, skip what was said, validate, side questions, confirm, cancel. */
class FlowTest {

    @Test
    void quickOrderFromStartToConfirmedOrder() {
        Chat chat = Chat.wednesday();
        ChatResponse start = chat.say("quiero hacer un pedido");
        assertThat(start.intent()).isEqualTo("order");
        assertThat(start.flow()).isEqualTo(new ChatResponse.FlowRef("quick_order", "items"));
        assertThat(start.text()).isEqualTo("¿Qué vas a querer?");

        ChatResponse items = chat.say("2 de pastor y una horchata");
        assertThat(items.flow().step()).isEqualTo("name");

        assertThat(chat.say("Ana").flow().step()).isEqualTo("phone");

        ChatResponse badPhone = chat.say("no se");
        assertThat(badPhone.flow().step()).isEqualTo("phone");
        assertThat(badPhone.text()).contains("Ese teléfono no parece completo", "¿Un teléfono de contacto?");

        ChatResponse payment = chat.say("8888 7777");
        assertThat(payment.text()).isEqualTo("¿Cómo vas a pagar? (efectivo, tarjeta y transferencia)");
        assertThat(payment.replies().get(0).quickReplies()).contains("efectivo", "tarjeta", "transferencia", "Cancelar");

        ChatResponse confirm = chat.say("con tarjeta");
        assertThat(confirm.flow().step()).isEqualTo("confirm");
        assertThat(confirm.text()).isEqualTo("Perfecto: 2 × Taco al pastor y 1 × Agua de horchata — total C$ 65.00. A nombre de Ana. ¿Confirmamos?");

        ChatResponse done = chat.say("si dale");
        assertThat(done.flow()).isNull();
        assertThat(done.text()).contains("Tu pedido P-1 quedó confirmado");
        assertThat(chat.orders).singleElement().satisfies(o -> {
            assertThat(o.total()).isEqualByComparingTo(new BigDecimal("65"));
            assertThat(o.answers()).containsEntry("name", "Ana").containsEntry("payment", "tarjeta").containsEntry("phone", "88887777");
            assertThat(o.lines()).hasSize(2);
        });
        assertThat(chat.notifications).singleElement().satisfies(n -> assertThat(n.kind()).isEqualTo("order"));
        assertThat(chat.state().flow()).isNull();
    }

    @Test
    void itemsAlreadySaidAreSkipped() {
        Chat chat = Chat.wednesday();
        ChatResponse r = chat.say("hola, quiero 2 tacos al pastor");
        assertThat(r.flow()).isEqualTo(new ChatResponse.FlowRef("quick_order", "name"));
        assertThat(r.text()).isEqualTo("¡Hola! ¿A nombre de quién?");
        ChatResponse takeAway = chat.say("para llevar");
        assertThat(takeAway.flow().step()).isEqualTo("name");
    }

    @Test
    void cancelAtAnyPoint() {
        Chat chat = Chat.wednesday();
        chat.say("me das una coca");
        ChatResponse r = chat.say("mejor cancelar");
        assertThat(r.flow()).isNull();
        assertThat(r.text()).contains("cancelé");
        assertThat(chat.orders).isEmpty();
        assertThat(chat.say("a q hora cierran").flow()).isNull();
    }

    @Test
    void badItemsAreReaskedWithAHintAndSoldOutIsSaid() {
        Chat chat = Chat.wednesday();
        chat.say("quiero pedir");
        ChatResponse unknown = chat.say("una pizza hawaiana");
        assertThat(unknown.flow().step()).isEqualTo("items");
        assertThat(unknown.text()).startsWith("No tenemos pizza hawaiana en el menú. ¿Quizás");
        ChatResponse soldOut = chat.say("un burrito");
        assertThat(soldOut.text()).contains("se nos acabó Burrito de res");
    }

    @Test
    void aQuestionMidFlowIsAnsweredThenTheStepIsAskedAgain() {
        Chat chat = Chat.wednesday();
        chat.say("quiero 3 tacos de pollo");
        ChatResponse r = chat.say("aceptan tarjeta?");
        assertThat(r.source().id()).isEqualTo("pagos");
        assertThat(r.text()).contains("Aceptamos efectivo", "¿A nombre de quién?");
        assertThat(r.flow()).isEqualTo(new ChatResponse.FlowRef("quick_order", "name"));
        ChatResponse ok = chat.say("ok");
        assertThat(ok.flow().step()).isEqualTo("name");
        assertThat(ok.text()).isEqualTo("¿A nombre de quién?");
        assertThat(chat.say("Pedro").flow().step()).isEqualTo("phone");
    }

    @Test
    void theOwnersOwnIntentStartsItsFlow() {
        Chat chat = Chat.wednesday();
        ChatResponse r = chat.say("quiero cotizar una taquiza para el cumple");
        assertThat(r.intent()).isEqualTo("catering");
        assertThat(r.flow()).isEqualTo(new ChatResponse.FlowRef("taquiza", "guests"));
        assertThat(chat.say("como unas cuarenta").text()).contains("¿Cuántos? Escribí un número, por ej. 2.");
        assertThat(chat.say("40 personas").flow().step()).isEqualTo("name");
    }

    @Test
    void aHalfUnderstoodOrderKeepsWhatWasClearAndAsksTheRest() {
        Chat chat = Chat.wednesday();
        ChatResponse which = chat.say("quiero 3 de pastor y un taco");
        assertThat(which.flow().step()).isEqualTo("items");
        assertThat(which.text()).isEqualTo("¿Taco al pastor, de pollo o de nopal?");
        ChatResponse name = chat.say("de pollo");
        assertThat(name.flow().step()).isEqualTo("name");
        chat.say("Luis");
        chat.say("5555 1234");
        ChatResponse confirm = chat.say("efectivo");
        assertThat(confirm.text()).contains("3 × Taco al pastor y 1 × Taco de pollo — total C$ 97.00");
    }

    @Test
    void theQuantityOfAnAmbiguousMentionCarriesOver() {
        Chat chat = Chat.wednesday();
        chat.say("me das 2 tacos");
        chat.say("de nopal");
        chat.say("Eva");
        chat.say("8888 1111");
        assertThat(chat.say("transferencia").text()).contains("2 × Taco de nopal — total C$ 40.00");
    }

    @Test
    void englishOrder() {
        Chat chat = Chat.wednesday();
        ChatResponse r = chat.say("I want to order 2 chicken tacos");
        assertThat(r.lang()).isEqualTo("en");
        assertThat(r.flow().id()).isEqualTo("quick_order");
        assertThat(r.flow().step()).isEqualTo("items");
        assertThat(r.text()).isEqualTo("Which Taco: al pastor, de pollo or de nopal?");
    }
}
