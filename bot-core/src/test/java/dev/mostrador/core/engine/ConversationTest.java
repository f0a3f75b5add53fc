package dev.mostrador.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every intent through {@link ChatEngine#handle}, written the way customers write. */
class ConversationTest {

    @Test
    void greetingUsesTheOwnersToneWithTheBusinessName() {
        ChatResponse r = Chat.wednesday().say("hola buenas");
        assertThat(r.intent()).isEqualTo("greeting");
        assertThat(r.text()).contains("El Carrito de Ejemplo");
        assertThat(r.replies().get(0).quickReplies()).containsExactly("Ver menú", "Ubicación", "Horarios", "Hacer pedido");
        assertThat(r.lang()).isEqualTo("es");
        assertThat(r.flow()).isNull();
        assertThat(Chat.wednesday().say("k onda").intent()).isEqualTo("greeting");
    }

    @Test
    void aGreetingPrefixDoesNotHideTheQuestion() {
        ChatResponse r = Chat.wednesday().say("hola, a q hora abren?");
        assertThat(r.intent()).isEqualTo("faq");
        assertThat(r.source().kind()).isEqualTo("faq");
        assertThat(r.source().id()).isEqualTo("horarios");
        assertThat(r.text()).contains("lun-vie 08:00-18:00, sáb 09:00-14:00, dom cerrado");
    }

    @Test
    void queTalBeforeWhatItAsksAboutIsNoGreeting() {
        // "¿qué tal está el de pastor?" asks how the pastor is: no "¡Hola!" before the answer
        IntentRules rules = new IntentRules(java.util.Map.of());
        assertThat(rules.greetingPrefix(Message.of("q tal esta el de pastor?"))).isZero();
        assertThat(rules.greetingPrefix(Message.of("que tal son los churros"))).isZero();
        assertThat(rules.greetingPrefix(Message.of("hola que tal, a que hora abren?"))).isEqualTo(3);
        assertThat(rules.greetingPrefix(Message.of("que tal"))).isEqualTo(2);
        assertThat(Chat.wednesday().say("q tal esta el de pastor?").text()).doesNotStartWith("¡Hola!");
        assertThat(Chat.wednesday().say("que tal").intent()).isEqualTo("greeting");
    }

    @Test
    void faqAnswersRenderPlaceholdersWithScore() {
        ChatResponse r = Chat.wednesday().say("hacen envios a domicilio?");
        assertThat(r.source().id()).isEqualTo("delivery");
        assertThat(r.source().score()).isBetween(0.5, 1.0);
        assertThat(r.text()).contains("hasta 3 km", "C$ 30,", "C$ 150,", "30-45 min").doesNotContain("{");
    }

    @Test
    void paymentFaqListsTheMethodsInSpanish() {
        ChatResponse r = Chat.wednesday().say("puedo pagar con tarjeta?");
        assertThat(r.source().id()).isEqualTo("pagos");
        assertThat(r.text()).isEqualTo("Aceptamos efectivo, tarjeta y transferencia.");
    }

    @Test
    void outOfScopeFallsBackAndOffersAPersonAfterTwoInARow() {
        Chat chat = Chat.wednesday();
        ChatResponse first = chat.say("quien gano el mundial de futbol 2022");
        assertThat(first.intent()).isEqualTo("fallback");
        assertThat(first.source().kind()).isEqualTo("fallback");
        assertThat(first.text()).startsWith("Perdón, no te entendí bien");
        assertThat(first.replies().get(0).quickReplies()).contains("Ver menú");

        ChatResponse second = chat.say("cual es la capital de mongolia");
        assertThat(second.intent()).isEqualTo("fallback");
        assertThat(second.text()).contains("te paso con una persona");
        assertThat(second.replies().get(0).quickReplies()).startsWith("Hablar con una persona");

        ChatResponse yes = chat.say("si");
        assertThat(yes.intent()).isEqualTo("handoff");
        assertThat(chat.notifications).hasSize(1);
    }

    @Test
    void handoffEscalatesAndNotifiesTheOwnerWithTheSession() {
        Chat chat = Chat.wednesday();
        ChatResponse r = chat.say("quiero hablar con alguien");
        assertThat(r.intent()).isEqualTo("handoff");
        assertThat(r.source().kind()).isEqualTo("handoff");
        assertThat(r.text()).contains("Te paso con alguien del equipo", "+505 8888 0000");
        assertThat(chat.notifications).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo("handoff");
            assertThat(n.reference()).isEqualTo("web-test");
        });
        assertThat(Chat.wednesday().say("una persona por favor").intent()).isEqualTo("handoff");
        assertThat(Chat.wednesday().say("agent").intent()).isEqualTo("handoff");
    }

    @Test
    void complaintApologizesOffersAPersonAndTellsTheOwner() {
        Chat chat = Chat.wednesday();
        ChatResponse r = chat.say("el pedido llegó frio y tarde, pésimo servicio");
        assertThat(r.intent()).isEqualTo("complaint");
        assertThat(r.text()).contains("Lamentamos", "persona");
        assertThat(chat.notifications).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo("complaint");
            assertThat(n.body()).contains("pésimo servicio");
        });
        assertThat(chat.say("si porfa").intent()).isEqualTo("handoff");
    }

    @Test
    void somethingWrongOrMissingInTheOrderIsAComplaintNotANewOrder() {
        for (String text : List.of("me mandaron otra cosa", "no es lo que pedi", "se les olvido la coca",
                "me falto una horchata", "my order was wrong", "you forgot my drink", "the horchata is missing",
                "this is not what i ordered")) {
            Chat chat = Chat.wednesday();
            ChatResponse r = chat.say(text);
            assertThat(r.intent()).as(text).isEqualTo("complaint");
            assertThat(chat.notifications).as(text).singleElement().satisfies(n -> assertThat(n.kind()).isEqualTo("complaint"));
        }
        // asking for something missing from the menu is not a complaint
        assertThat(Chat.wednesday().say("que le falta al menu?").intent()).isNotEqualTo("complaint");
    }

    @Test
    void howAPlacedOrderIsComingAlongIsForTheTeam() {
        for (String text : List.of("ya va en camino mi orden?", "cuanto falta para mi pedido", "ya esta listo mi pedido?",
                "where is my order", "is my order ready yet?")) {
            Chat chat = Chat.wednesday();
            ChatResponse r = chat.say(text);
            assertThat(r.intent()).as(text).isEqualTo("handoff");
            assertThat(r.source().id()).as(text).isEqualTo("order_status");
            assertThat(chat.notifications).as(text).singleElement().satisfies(n -> assertThat(n.kind()).isEqualTo("handoff"));
        }
        assertThat(Chat.wednesday().say("ya va en camino mi orden?").text()).startsWith("Cómo va un pedido ya hecho lo sabe el equipo.");
        // how long an order takes in general is the owner's FAQ, not a status
        assertThat(Chat.wednesday().say("cuanto tarda un pedido?").source().id()).isNotEqualTo("order_status");
    }

    @Test
    void aTypoedHolaIsStillAGreetingAndScamsAndRefundsAreComplaints() {
        assertThat(Chat.wednesday().say("hla buenas noches").intent()).isEqualTo("greeting");
        assertThat(Chat.wednesday().say("ola").intent()).isEqualTo("greeting");
        for (String text : List.of("son unos estafadores", "quiero un reembolso", "can i get a refund")) {
            assertThat(Chat.wednesday().say(text).intent()).as(text).isEqualTo("complaint");
        }
    }

    @Test
    void praiseIsThankedNotTakenForTheOwnersComplaintExample() {
        // the owner's complaint example "la comida estaba fea": praise shares three of its four words
        ChatEngine engine = Carrito.engine(Carrito.with(Carrito.faqs(), Carrito.menu(),
                Map.of("complaint", List.of("la comida estaba fea"))), n -> {});
        assertThat(engine.handle(new ChatRequest("web", "c1", "la comida estaba fea")).intent()).isEqualTo("complaint");
        assertThat(engine.handle(new ChatRequest("web", "c2", "uy la comida estaba fea hoy")).intent()).isEqualTo("complaint");
        ChatResponse praise = engine.handle(new ChatRequest("web", "c3", "la comida estaba buenisima"));
        assertThat(praise.intent()).isEqualTo("smalltalk");
        assertThat(praise.text()).contains("Con gusto");
        assertThat(engine.handle(new ChatRequest("web", "c4", "la comida no estaba rica")).intent()).isNotEqualTo("smalltalk");
        assertThat(Chat.wednesday().say("great tacos, loved it").intent()).isEqualTo("smalltalk");
        assertThat(Chat.wednesday().say("alguien me puede atender?").intent()).isEqualTo("handoff");
    }

    @Test
    void aGoodbyeWithAWishIsStillAGoodbye() {
        for (String text : List.of("chao, buen dia", "gracias, que te vaya bien", "adios y bendiciones",
                "bye, have a nice day", "thanks, take care")) {
            ChatResponse r = Chat.wednesday().say(text);
            assertThat(r.intent()).as(text).isEqualTo("smalltalk");
        }
        // the wish alone is a greeting, not a goodbye
        assertThat(Chat.wednesday().say("buen dia").intent()).isEqualTo("greeting");
    }

    @Test
    void beingDoneIsAGoodbyeNotAQuestion() {
        for (String text : List.of("ya no quiero nada gracias", "no gracias, eso es todo", "nada mas gracias",
                "that's all, thanks", "no thanks i'm good")) {
            ChatResponse r = Chat.wednesday().say(text);
            assertThat(r.intent()).as(text).isEqualTo("smalltalk");
            assertThat(r.source().id()).as(text).isEqualTo("smalltalk_bye");
        }
        // a wish about the food is not a goodbye
        assertThat(Chat.wednesday().say("no quiero nada con cebolla").intent()).isNotEqualTo("smalltalk");
        assertThat(Chat.wednesday().say("es todo lo que tienen?").intent()).isNotEqualTo("smalltalk");
    }

    @Test
    void smalltalkThanksByeOkAndEmoji() {
        Chat chat = Chat.wednesday();
        ChatResponse thanks = chat.say("muchas gracias!!");
        assertThat(thanks.intent()).isEqualTo("smalltalk");
        assertThat(thanks.text()).contains("Con gusto");
        assertThat(chat.say("ok").intent()).isEqualTo("smalltalk");
        assertThat(chat.say("chao").text()).contains("Gracias por escribirnos");
        assertThat(chat.say("jajaja").intent()).isEqualTo("smalltalk");
        ChatResponse emoji = chat.say("👍🌮");
        assertThat(emoji.intent()).isEqualTo("smalltalk");
        assertThat(emoji.lang()).isEqualTo("es");
    }

    @Test
    void emptyAndHugeMessagesGetAnAnswerNotAnException() {
        Chat chat = Chat.wednesday();
        ChatResponse empty = chat.say("   ");
        assertThat(empty.text()).contains("¿En qué te puedo ayudar?");
        assertThat(empty.intent()).isEqualTo("fallback");

        ChatResponse huge = chat.say("tienen delivery? " + "bla ".repeat(3000));
        assertThat(huge.replies()).isNotEmpty();
        assertThat(chat.turns.get(chat.turns.size() - 1).textIn()).hasSizeLessThanOrEqualTo(4096);
    }

    @Test
    void everyTurnIsRecordedAndTheSessionRemembersTheLanguage() {
        Chat chat = Chat.wednesday();
        chat.say("what time do you open?");
        TurnRecord turn = chat.turns.get(0);
        assertThat(turn.intent()).isEqualTo("faq");
        assertThat(turn.sourceId()).isEqualTo("horarios");
        assertThat(turn.lang()).isEqualTo("en");
        assertThat(turn.channel()).isEqualTo("web");
        assertThat(chat.state().lang()).isEqualTo("en");
        assertThat(chat.state().lastSourceId()).isEqualTo("horarios");
    }

    @Test
    void everyQuickReplyButtonLeadsSomewhere() {
        for (String button : List.of("Ver menú", "Ubicación", "Horarios", "Hacer pedido", "Hablar con una persona",
                "Menu", "Location", "Hours", "Order")) {
            ChatResponse r = Chat.wednesday().say(button);
            assertThat(r.intent()).as(button).isNotEqualTo("fallback");
        }
        assertThat(Chat.wednesday().say("Hacer pedido").flow()).isNotNull();
        assertThat(Chat.wednesday().say("Ubicación").text()).contains("Parque Central");
    }

    @Test
    void anOrderStartedAfterHoursSaysWeAreClosed() {
        ChatResponse r = Chat.at("2026-11-25T20:00").say("quiero 2 tacos de pollo");
        assertThat(r.flow()).isNotNull();
        assertThat(r.text()).startsWith("Ahora estamos cerrados; hoy atendemos 08:00-18:00.");
    }

    @Test
    void aQuestionAboutOrdersThatAnFaqAnswersDoesNotStartAnOrder() {
        ChatResponse asked = Chat.wednesday().say("cuanto cobran por el envio de un pedido?");
        assertThat(asked.intent()).isEqualTo("faq");
        assertThat(asked.source().id()).isEqualTo("delivery");
        assertThat(asked.flow()).isNull();
        // without the question mark, opened by a question word
        assertThat(Chat.wednesday().say("cuanto cobran por el envio de un pedido").source().id()).isEqualTo("delivery");
        // asking whether one can order, or saying so, still orders
        assertThat(Chat.wednesday().say("puedo hacer un pedido?").intent()).isEqualTo("order");
        assertThat(Chat.wednesday().say("quiero hacer un pedido").intent()).isEqualTo("order");
    }

    @Test
    void thanksWithOneWordTheBusinessNeverUsesIsStillThanks() {
        ChatResponse r = Chat.wednesday().say("muchas gracias crack");
        assertThat(r.intent()).isEqualTo("smalltalk");
        assertThat(r.source().id()).isEqualTo("smalltalk_thanks");
        // a word of the menu is not small talk, nor are two stray words or a question
        assertThat(Chat.wednesday().say("gracias pastor").intent()).isNotEqualTo("smalltalk");
        assertThat(Chat.wednesday().say("gracias crack genio").intent()).isNotEqualTo("smalltalk");
        assertThat(Chat.wednesday().say("gracias crack?").intent()).isNotEqualTo("smalltalk");
    }
}
