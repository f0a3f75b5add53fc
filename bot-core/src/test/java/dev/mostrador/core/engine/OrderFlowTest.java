package dev.mostrador.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Guided ordering over the example business (Tacos El Güero, NIO, delivery fee 60, minimum 300, Coca-Cola
 * normal and sin azúcar, lengua sold out), all through {@link ChatEngine#handle}: one-message orders,
 * questions about half-understood orders, hints, changes, cancelling, yes/no, delivery, idempotency, expiry.
 */
class OrderFlowTest {

    @Test
    void oneMessageFillsItemsNamePaymentAndGoesToTheNextUnansweredStep() {
        Taqueria t = new Taqueria();
        ChatResponse r = t.say("quiero 3 de pastor y 2 horchatas a nombre de Luis, pago en efectivo");
        assertThat(r.flow()).isEqualTo(new ChatResponse.FlowRef("quick_order", "phone"));
        assertThat(r.text()).isEqualTo("¿Un teléfono de contacto?");
        ChatResponse confirm = t.say("8888 7777");
        assertThat(confirm.flow().step()).isEqualTo("confirm");
        assertThat(confirm.text()).isEqualTo(
                "Perfecto: 3 × Taco al pastor y 2 × Agua de horchata — total C$ 260.00. A nombre de Luis. ¿Confirmamos?");
    }

    @Test
    void aCountRightAfterAnItemOrdersThatItem() {
        Taqueria t = new Taqueria();
        assertThat(t.say("cuanto cuesta el de pollo").text()).contains("Taco de pollo");
        assertThat(t.step("ok dame 2")).isEqualTo("name");
        assertThat(t.checkout()).contains("2 × Taco de pollo — total C$ 110.00");
        // words pointing back at it are no dish ("dame 3 de esos" got "No tenemos esos en el menú")
        Taqueria those = new Taqueria();
        those.say("y el de pollo?");
        assertThat(those.step("dame 3 de esos")).isEqualTo("name");
        assertThat(those.checkout()).contains("3 × Taco de pollo");
        Taqueria english = new Taqueria();
        english.say("how much is the chicken taco?");
        assertThat(english.step("give me 2 of those")).isEqualTo("name");
        // in English too; another item named wins over the last one
        Taqueria en = new Taqueria();
        en.say("how much is the pastor taco");
        assertThat(en.say("i'll take 4").intent()).isEqualTo("order");
        Taqueria other = new Taqueria();
        other.say("cuanto cuesta el de pollo");
        other.say("dame 2 de pastor");
        assertThat(other.checkout()).contains("2 × Taco al pastor").doesNotContain("pollo");
    }

    @Test
    void aCountWordInAnItemsNameIsStillACountOfTheLastItem() {
        // "tres" is also in "Pastel de tres leches": after the horchata, "quiero tres" is three horchatas
        Taqueria t = new Taqueria();
        t.say("cuanto cuesta la horchata?");
        assertThat(t.step("quiero tres")).isEqualTo("name");
        assertThat(t.checkout()).contains("3 × Agua de horchata").doesNotContain("leches");
        // the dessert by its whole name, and "tres" with nothing before it, stay what they were
        Taqueria dessert = new Taqueria();
        dessert.say("cuanto cuesta la horchata?");
        dessert.say("quiero tres leches");
        assertThat(dessert.checkout()).contains("Pastel de tres leches").doesNotContain("horchata");
        assertThat(new Taqueria().say("quiero tres").source().id()).isEqualTo("tres-leches");
        // a count with another word is not a bare count
        Taqueria other = new Taqueria();
        other.say("cuanto cuesta la horchata?");
        assertThat(other.say("quiero tres de pastor").intent()).isEqualTo("order");
    }

    @Test
    void askingWhetherOneMayPickUpIsAnsweredWithTodaysPlace() {
        // was the pets FAQ ("¿Puedo llegar con mi perro?"): every order may be picked up, the flow's default
        ChatResponse r = new Taqueria().say("puedo pasar a recoger?");
        assertThat(r.source().kind()).isEqualTo("template");
        assertThat(r.source().id()).isEqualTo("pickup");
        assertThat(r.text()).isEqualTo("¡Claro! Podés pedir por aquí y pasar a recogerlo; te lo tenemos listo. "
                + "Hoy estamos en Rotonda El Güegüense, 150 m al sur.");
        assertThat(new Taqueria().say("can i pick it up?").text()).startsWith("Sure! You can order here and pick it up");
        // the owner's FAQ whose phrasing speaks of it answers in the owner's words; an order stays an order
        assertThat(new Taqueria().say("es solo para llevar?").source().id()).isEqualTo("mesas");
        assertThat(new Taqueria().step("quiero 2 de pastor para llevar")).isEqualTo("name");
    }

    @Test
    void askingForSomethingUnknownMidOrderIsAnsweredNotTakenAsTheName() {
        Taqueria t = new Taqueria();
        assertThat(t.step("quiero 2 de pastor")).isEqualTo("name");
        ChatResponse r = t.say("tienen michelada?");
        assertThat(r.text()).startsWith("No tengo información sobre «michelada».").endsWith("¿A nombre de quién?");
        assertThat(r.flow().step()).isEqualTo("name");
        assertThat(t.state().flow().vars()).doesNotContainKey("name");
        assertThat(t.step("Ana")).isEqualTo("phone");
    }

    @Test
    void askingTheTotalMidOrderGetsItAndTheStepAgain() {
        // "cuanto es el total?" at the phone step got the wait-time FAQ
        Taqueria t = new Taqueria();
        t.say("quiero 2 de pastor");
        t.say("Maria");
        ChatResponse r = t.say("cuanto es el total?");
        assertThat(r.text()).startsWith("Hasta ahora: 2 × Taco al pastor — total C$ 120.00.");
        assertThat(r.text()).contains("¿Un teléfono de contacto?");
        assertThat(r.flow().step()).isEqualTo("phone");
        assertThat(t.state().flow().vars()).doesNotContainKey("phone");
        assertThat(t.say("how much is it?").text()).startsWith("So far: 2 × Taco al pastor");
        assertThat(t.step("8888 1234")).isEqualTo("payment");
        // outside an order it is no total
        assertThat(new Taqueria().say("cuanto es el total?").flow()).isNull();
    }

    @Test
    void kieroIsQuiero() {
        ChatResponse r = new Taqueria().say("kiero 3 de pastor");
        assertThat(r.intent()).isEqualTo("order");
        assertThat(r.flow().id()).isEqualTo("quick_order");
    }

    @Test
    void everythingInOneMessageGoesStraightToTheConfirmation() {
        Taqueria t = new Taqueria();
        ChatResponse r = t.say("mandame 2 de asada a nombre de Ana, mi cel 8888 1234, pago con tarjeta");
        assertThat(r.flow().step()).isEqualTo("confirm");
        assertThat(r.text()).contains("2 × Taco de carne asada — total C$ 130.00", "A nombre de Ana");
        t.say("si");
        assertThat(t.orders).singleElement().satisfies(o -> assertThat(o.answers())
                .containsEntry("name", "Ana").containsEntry("phone", "88881234").containsEntry("payment", "tarjeta")
                .containsEntry("fulfilment", "pickup"));
    }

    @Test
    void anAmbiguousItemIsOneShortQuestionAndTheOtherLinesAreKept() {
        Taqueria t = new Taqueria();
        ChatResponse which = t.say("quiero 2 de pastor y una coca porfa");
        assertThat(which.flow().step()).isEqualTo("items");
        assertThat(which.text()).isEqualTo("¿Coca-Cola normal o sin azúcar?");
        assertThat(t.state().flow().vars()).containsKey("_order");
        assertThat(t.step("sin azucar")).isEqualTo("name");
        assertThat(t.checkout())
                .contains("2 × Taco al pastor y 1 × Coca-Cola sin azúcar 600 ml — total C$ 165.00");
    }

    @Test
    void anItemAskedAboutCanBeDroppedWithoutLosingTheRest() {
        Taqueria t = new Taqueria();
        assertThat(t.say("quiero 2 de pastor y una coca").text()).isEqualTo("¿Coca-Cola normal o sin azúcar?");
        ChatResponse r = t.say("mejor quitá la coca");
        assertThat(r.flow().step()).isEqualTo("name");
        t.say("Ana");
        t.say("88887777");
        assertThat(t.say("efectivo").text()).contains("2 × Taco al pastor — total C$ 120.00");
    }

    @Test
    void soldOutIsSaidWithAlternativesAndTheQuantityCarriesOver() {
        Taqueria t = new Taqueria();
        ChatResponse r = t.say("me das 2 tacos de lengua");
        assertThat(r.text()).startsWith("Hoy se nos acabó Taco de lengua, perdón. ¿Te sirve ").contains("Taco de carne asada");
        assertThat(t.step("de asada")).isEqualTo("name");
        t.say("Eva");
        t.say("88887777");
        assertThat(t.say("transferencia").text()).contains("2 × Taco de carne asada — total C$ 130.00");
    }

    @Test
    void anUnknownItemIsSaidWithTheClosestItems() {
        Taqueria t = new Taqueria();
        t.say("quiero hacer un pedido");
        ChatResponse r = t.say("una pizza hawaiana");
        assertThat(r.flow().step()).isEqualTo("items");
        assertThat(r.text()).startsWith("No tenemos pizza hawaiana en el menú.");
        assertThat(t.step("2 de pollo")).isEqualTo("name");
    }

    @Test
    void zeroOrTooManyIsAClearQuestionNeverASilentOrder() {
        Taqueria t = new Taqueria();
        ChatResponse zero = t.say("quiero 0 de pastor");
        assertThat(zero.flow().step()).isEqualTo("items");
        assertThat(zero.text()).isEqualTo("¿Cuántos de Taco al pastor querés? Escribí un número, por ej. 2.");
        assertThat(t.step("2")).isEqualTo("name");

        Taqueria big = new Taqueria();
        assertThat(big.say("quiero 50 de pastor").text())
                .isEqualTo("Por pedido tomamos hasta 20 de cada producto. ¿Cuántos de Taco al pastor querés?");
        assertThat(big.say("25 de pastor").text()).contains("hasta 20");
        assertThat(big.step("5")).isEqualTo("name");
        big.say("Ana");
        big.say("88887777");
        assertThat(big.say("efectivo").text()).contains("5 × Taco al pastor");
        assertThat(big.orders).isEmpty();
    }

    @Test
    void theMaximumPerLineIsConfigurable() {
        System.setProperty(FlowOptions.MAX_PROPERTY, "10");
        try {
            Taqueria t = new Taqueria();
            assertThat(t.say("quiero 12 de pastor").text()).contains("hasta 10");
            assertThat(t.step("10")).isEqualTo("name");
        } finally {
            System.clearProperty(FlowOptions.MAX_PROPERTY);
        }
    }

    @Test
    void badAnswersAreAskedAgainWithAHint() {
        Taqueria t = new Taqueria();
        t.say("quiero 2 de pastor");
        t.say("Ana");
        ChatResponse phone = t.say("mi cel es 123");
        assertThat(phone.flow().step()).isEqualTo("phone");
        assertThat(phone.text()).contains("Ese teléfono no parece completo", "8888 0000", "¿Un teléfono de contacto?");
        t.say("88887777");
        ChatResponse choice = t.say("con bitcoin");
        assertThat(choice.flow().step()).isEqualTo("payment");
        assertThat(choice.text()).contains("Elegí una de estas opciones: efectivo, tarjeta y transferencia.");

        Taqueria party = new Taqueria();
        party.say("quiero cotizar una taquiza");
        ChatResponse guests = party.say("muchas");
        assertThat(guests.flow().step()).isEqualTo("guests");
        assertThat(guests.text()).startsWith("¿Cuántos? Escribí un número, por ej. 2.");
        assertThat(party.step("unas 40")).isEqualTo("when_where");
    }

    @Test
    void cancellingAtAnyPointOrdersNothing() {
        for (List<String> talk : List.of(
                List.of("quiero 2 de pastor", "cancelar"),
                List.of("quiero 2 de pastor", "Ana", "mejor no"),
                List.of("quiero 2 de pastor y una coca", "ya no quiero"),
                List.of("quiero 2 de pastor a nombre de Ana, pago en efectivo", "8888 1111", "cancel"),
                List.of("quiero 2 de pastor a nombre de Ana, pago en efectivo", "8888 1111", "no", "olvidalo"))) {
            Taqueria t = new Taqueria();
            ChatResponse last = null;
            for (String said : talk) last = t.say(said);
            assertThat(last.flow()).as(talk.toString()).isNull();
            assertThat(last.text()).as(talk.toString()).contains("no quedó nada registrado");
            assertThat(t.orders).isEmpty();
            assertThat(t.state().flow()).isNull();
        }
    }

    @Test
    void changesAreAppliedAndTheConfirmationShowsTheNewTotal() {
        Taqueria t = new Taqueria();
        t.say("quiero 3 de pastor a nombre de Luis, pago en efectivo");
        assertThat(t.say("8888 7777").text()).contains("3 × Taco al pastor — total C$ 180.00");
        ChatResponse four = t.say("mejor que sean 4");
        assertThat(four.flow().step()).isEqualTo("confirm");
        assertThat(four.text()).contains("Listo, actualicé tu pedido.", "4 × Taco al pastor — total C$ 240.00");
        ChatResponse ana = t.say("cambiá el nombre a Ana");
        assertThat(ana.text()).contains("Listo, el pedido queda a nombre de Ana.", "A nombre de Ana. ¿Confirmamos?");
        ChatResponse more = t.say("agregale una horchata");
        assertThat(more.text()).contains("4 × Taco al pastor y 1 × Agua de horchata — total C$ 280.00");
        ChatResponse coke = t.say("y una coca normal");
        assertThat(coke.text()).contains("1 × Coca-Cola 600 ml — total C$ 325.00");
        ChatResponse less = t.say("quitá la coca");
        assertThat(less.text()).contains("4 × Taco al pastor y 1 × Agua de horchata — total C$ 280.00");
        ChatResponse swap = t.say("cambia la horchata por una jamaica");
        assertThat(swap.text()).contains("4 × Taco al pastor y 1 × Agua de jamaica — total C$ 280.00");
        ChatResponse card = t.say("mejor con tarjeta");
        assertThat(card.text()).contains("Listo, pagás con tarjeta.");
        t.say("si");
        assertThat(t.orders).singleElement().satisfies(o -> {
            assertThat(o.answers()).containsEntry("name", "Ana").containsEntry("payment", "tarjeta");
            assertThat(o.total()).isEqualByComparingTo("280");
        });
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "[{index}] {0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            mejor 5 de pastor                | 5 × Taco al pastor y 1 × Coca-Cola 600 ml — total C$ 345.00
            agregale otra coca               | 2 × Taco al pastor y 2 × Coca-Cola 600 ml — total C$ 210.00
            agrega 2 churros porfa           | 2 × Churros con cajeta — total C$ 285.00
            y una horchata                   | 1 × Agua de horchata — total C$ 205.00
            sacale la coca                   | 2 × Taco al pastor — total C$ 120.00
            quita el pastor                  | 1 × Coca-Cola 600 ml — total C$ 45.00
            cambia la coca por una horchata  | 2 × Taco al pastor y 1 × Agua de horchata — total C$ 160.00
            mejor jamaica en vez de la coca  | 2 × Taco al pastor y 1 × Agua de jamaica — total C$ 160.00
            quitale un pastor                | 1 × Taco al pastor y 1 × Coca-Cola 600 ml — total C$ 105.00
            ya no quiero la coca             | 2 × Taco al pastor — total C$ 120.00
            """)
    void changesTheWayPeopleWriteThem(String change, String expected) {
        Taqueria t = new Taqueria();
        t.say("quiero 2 de pastor y una coca normal a nombre de Ana, pago en efectivo");
        t.say("88887777");
        ChatResponse r = t.say(change);
        assertThat(r.flow().step()).isEqualTo("confirm");
        assertThat(r.text()).contains(expected);
    }

    @Test
    void howManyOfWhichIsAskedWhenTheOrderHasSeveralLines() {
        Taqueria t = new Taqueria();
        t.say("quiero 2 de pastor y una coca normal a nombre de Ana, pago en efectivo");
        t.say("88887777");
        ChatResponse which = t.say("mejor que sean 4");
        assertThat(which.flow().step()).isEqualTo("confirm");
        assertThat(which.text()).startsWith("¿De cuál producto?");
        ChatResponse set = t.say("los de pastor");
        assertThat(set.text()).contains("4 × Taco al pastor y 1 × Coca-Cola 600 ml — total C$ 285.00");
    }

    @Test
    void changingSomethingNotInTheOrderSaysSo() {
        Taqueria t = new Taqueria();
        t.say("quiero 2 de pastor a nombre de Ana, pago en efectivo");
        t.say("88887777");
        ChatResponse r = t.say("quitá la horchata");
        assertThat(r.text()).startsWith("Eso no estaba en tu pedido.").contains("2 × Taco al pastor — total C$ 120.00");
    }

    @Test
    void aChangeBeforeTheConfirmationGoesBackToTheStepBeingAsked() {
        Taqueria t = new Taqueria();
        t.say("quiero 2 de pastor");
        ChatResponse r = t.say("agregale 2 horchatas");
        assertThat(r.flow().step()).isEqualTo("name");
        assertThat(r.text()).isEqualTo("Listo, actualicé tu pedido.\n\n¿A nombre de quién?");
        t.say("Ana");
        t.say("88887777");
        assertThat(t.say("efectivo").text()).contains("2 × Taco al pastor y 2 × Agua de horchata — total C$ 200.00");
    }

    @Test
    void aQuestionMidFlowIsAnsweredAndTheStepAskedAgain() {
        Taqueria t = new Taqueria();
        t.say("quiero 2 de pastor a nombre de Ana");
        t.say("88887777");
        ChatResponse r = t.say("aceptan tarjeta?");
        assertThat(r.source().id()).isEqualTo("pagos");
        assertThat(r.text()).contains("Aceptamos", "¿Cómo vas a pagar?");
        assertThat(r.flow().step()).isEqualTo("payment");
        assertThat(t.state().flow().vars()).doesNotContainKey("payment");
        t.say("efectivo");
        ChatResponse again = t.say("¿aceptan tarjeta?");
        assertThat(again.text()).contains("Aceptamos", "¿Confirmamos?");
        assertThat(again.flow().step()).isEqualTo("confirm");
    }

    @Test
    void yesIsUnderstoodTheWayPeopleSayIt() {
        for (String yes : List.of("sí", "si", "dale", "va", "simón", "ok", "claro", "de una", "siii", "yes", "yep")) {
            Taqueria t = new Taqueria();
            t.say("quiero 2 de pastor a nombre de Ana, pago en efectivo");
            t.say("88887777");
            ChatResponse done = t.say(yes);
            assertThat(done.flow()).as(yes).isNull();
            assertThat(t.orders).as(yes).hasSize(1);
        }
    }

    @Test
    void noAtTheConfirmationAsksWhatToChangeAndKeepsTheOrder() {
        for (String no : List.of("no", "nel", "nope", "noo")) {
            Taqueria t = new Taqueria();
            t.say("quiero 2 de pastor a nombre de Ana, pago en efectivo");
            t.say("88887777");
            ChatResponse r = t.say(no);
            assertThat(r.flow().step()).as(no).isEqualTo("confirm");
            assertThat(r.text()).as(no).contains("¿Qué querés cambiar?", "cancelar");
            assertThat(t.orders).isEmpty();
            assertThat(t.say("mejor que sean 3").text()).contains("3 × Taco al pastor — total C$ 180.00");
        }
    }

    @Test
    void deliveryAddsTheFeeAndShowsSubtotalFeeAndTotal() {
        Taqueria t = new Taqueria();
        t.say("quiero 4 de pastor y 2 horchatas a domicilio, a nombre de Luis, pago en efectivo");
        t.say("Altamira, de la farmacia 2 c al sur");
        ChatResponse confirm = t.say("88887777");
        assertThat(confirm.text()).contains("Lo llevamos a: Altamira, de la farmacia 2 c al sur.",
                "total C$ 380.00 (subtotal C$ 320.00 + envío C$ 60.00)");
        ChatResponse pickup = t.say("mejor paso a recoger");
        assertThat(pickup.text()).contains("Listo, lo pasás a recoger.", "total C$ 320.00.");
        assertThat(t.say("mejor a domicilio").text()).contains("total C$ 380.00");
        t.say("dale");
        assertThat(t.orders).singleElement().satisfies(o -> {
            assertThat(o.total()).isEqualByComparingTo(new BigDecimal("380"));
            assertThat(o.answers()).containsEntry("fulfilment", "delivery").containsEntry("subtotal", "320")
                    .containsEntry("delivery_fee", "60").containsEntry("payment", "efectivo")
                    .containsEntry("address", "Altamira, de la farmacia 2 c al sur");
        });
        assertThat(t.notifications).anySatisfy(n -> assertThat(n.body()).contains("address: Altamira, de la farmacia 2 c al sur"));
    }

    @Test
    void aFlowWithItsOwnAddressStepIsNotAskedTheBuiltInQuestion() {
        dev.mostrador.core.model.BusinessFolder base = Carrito.folder();
        dev.mostrador.core.model.Flow own = base.flows().get("quick_order");
        List<dev.mostrador.core.model.FlowStep> steps = new java.util.ArrayList<>(own.steps());
        steps.add(1, new dev.mostrador.core.model.FlowStep("direccion", false, Map.of("es", "¿Dónde te lo dejamos?"),
                dev.mostrador.core.model.StepType.TEXT, null, null, 15));
        Map<String, dev.mostrador.core.model.Flow> flows = new java.util.LinkedHashMap<>(base.flows());
        flows.put("quick_order", new dev.mostrador.core.model.Flow("quick_order", own.startWhen(), steps, own.onConfirm()));
        dev.mostrador.core.model.BusinessFolder folder = new dev.mostrador.core.model.BusinessFolder(base.business(),
                base.faqs(), base.menu(), flows, base.tone(), base.bot(), base.docs(), base.tests(), base.synonyms(),
                base.intentExamples());
        ChatEngine engine = Carrito.engine(folder, n -> {});
        ChatResponse r = engine.handle(new ChatRequest("web", "own-address", "quiero 8 de pastor a domicilio"));
        assertThat(r.text()).isEqualTo("¿Dónde te lo dejamos?");
        assertThat(r.flow().step()).isNotEqualTo("delivery_address");
    }

    @Test
    void aDeliveryOrderAsksWhereToDeliver() {
        // the example's flow has no address step: a delivery order was confirmed with nowhere to deliver
        Taqueria t = new Taqueria();
        ChatResponse r = t.say("quiero 4 de pastor y 2 horchatas a domicilio");
        assertThat(r.flow().step()).isEqualTo("delivery_address");
        assertThat(r.text()).isEqualTo("¿A qué dirección te lo llevamos? (barrio, calle y alguna referencia)");
        assertThat(r.replies().get(0).quickReplies()).contains("Paso a recoger");
        // a question is answered on the side, "ok" and a bare phone are no address (the phone is kept for its step)
        ChatResponse fee = t.say("cuanto es el envio?");
        assertThat(fee.source().id()).isEqualTo("delivery");
        assertThat(fee.text()).endsWith("¿A qué dirección te lo llevamos? (barrio, calle y alguna referencia)");
        assertThat(t.say("ok").flow().step()).isEqualTo("delivery_address");
        assertThat(t.say("8888 7777").flow().step()).isEqualTo("delivery_address");
        assertThat(t.step("Bello Horizonte, casa L-5")).isEqualTo("name");
        assertThat(t.step("Luis")).isEqualTo("payment");
        assertThat(t.say("efectivo").text()).contains("Lo llevamos a: Bello Horizonte, casa L-5.");
        t.say("si");
        assertThat(t.orders).singleElement().satisfies(o -> assertThat(o.answers())
                .containsEntry("address", "Bello Horizonte, casa L-5").containsEntry("phone", "88887777"));
        // "paso a recoger" there switches to pickup, and a pickup order is never asked
        Taqueria p = new Taqueria();
        p.say("quiero 4 de pastor y 2 horchatas a domicilio");
        ChatResponse pick = p.say("mejor paso a recoger");
        assertThat(pick.text()).startsWith("Listo, lo pasás a recoger.");
        assertThat(pick.flow().step()).isEqualTo("name");
        assertThat(new Taqueria().step("quiero 4 de pastor para llevar")).isEqualTo("name");
        // in English too
        Taqueria en = new Taqueria();
        assertThat(en.say("I want 5 pastor tacos delivered").text()).isEqualTo("What address should we deliver to? (area, street and a landmark)");
        assertThat(en.step("123 Main street, blue house")).isEqualTo("name");
    }

    @Test
    void underTheDeliveryMinimumSaysWhatIsMissingAndOffersPickup() {
        Taqueria t = new Taqueria();
        ChatResponse r = t.say("quiero 2 de pastor a domicilio");
        assertThat(r.flow().step()).isEqualTo("delivery_minimum");
        assertThat(r.text()).contains("mínimo es C$ 300.00", "te faltan C$ 180.00", "pasar a recogerlo");
        assertThat(r.replies().get(0).quickReplies()).contains("Paso a recoger");
        ChatResponse more = t.say("agregale 2 horchatas");
        assertThat(more.text()).contains("te faltan C$ 100.00");
        assertThat(t.step("y 2 de asada")).isEqualTo("delivery_address");

        Taqueria p = new Taqueria();
        p.say("quiero 2 de pastor a domicilio");
        ChatResponse pick = p.say("paso a recoger");
        assertThat(pick.flow().step()).isEqualTo("name");
        assertThat(pick.text()).startsWith("Listo, lo pasás a recoger.");
    }

    @Test
    void theConfirmationCarriesTheReferenceAndARepeatedYesPlacesNothingMore() {
        Taqueria t = new Taqueria();
        t.say("quiero 2 de pastor a nombre de Ana, pago en efectivo");
        t.say("88887777");
        Instant started = t.state().flow().startedAt();
        ChatResponse done = t.say("si");
        assertThat(done.text()).startsWith("¡Listo! Tu pedido #0001 quedó confirmado.");
        ChatResponse again = t.say("si");
        assertThat(again.flow()).isNull();
        assertThat(t.orders).singleElement().satisfies(o ->
                assertThat(o.answers()).containsEntry("idempotency_key", "web-taqueria:" + started));
        assertThat(t.notifications).filteredOn(n -> n.kind().equals("order")).hasSize(1);
    }

    @Test
    void anOrderTheStoreCouldNotKeepIsNeverConfirmed() {
        Taqueria t = new Taqueria();
        t.say("quiero 2 de pastor a nombre de Ana, pago en efectivo");
        t.say("88887777");
        t.storeDown = true;
        ChatResponse failed = t.say("si");
        assertThat(failed.text()).contains("no pude registrar el pedido").doesNotContain("confirmado");
        assertThat(failed.flow().step()).isEqualTo("confirm");
        t.storeDown = false;
        assertThat(t.say("si").text()).contains("#0001 quedó confirmado");
        assertThat(t.orders).hasSize(1);
    }

    @Test
    void anIdleFlowExpiresAndTheNextMessageIsHandledFresh() {
        Taqueria t = new Taqueria();
        t.say("quiero 2 de pastor");
        t.clock.advance(Duration.ofMinutes(29));
        assertThat(t.step("Ana")).isEqualTo("phone");
        t.clock.advance(Duration.ofMinutes(31));
        ChatResponse fresh = t.say("88887777");
        assertThat(fresh.flow()).isNull();
        assertThat(t.state().flow()).isNull();
        assertThat(t.orders).isEmpty();
    }

    @Test
    void theIdleTimeIsConfigurable() {
        System.setProperty(FlowOptions.IDLE_PROPERTY, "5");
        try {
            Taqueria t = new Taqueria();
            t.say("quiero 2 de pastor");
            t.clock.advance(Duration.ofMinutes(6));
            assertThat(t.say("Ana").flow()).isNull();
        } finally {
            System.clearProperty(FlowOptions.IDLE_PROPERTY);
        }
    }

    @Test
    void englishOrderChangedAndConfirmed() {
        Taqueria t = new Taqueria();
        ChatResponse r = t.say("I want to order 2 al pastor tacos and a horchata, my name is John, paying cash");
        assertThat(r.lang()).isEqualTo("en");
        assertThat(r.flow().step()).isEqualTo("phone");
        assertThat(t.say("8888 1234").text())
                .isEqualTo("Great: 2 × Taco al pastor and 1 × Agua de horchata, total C$ 160.00. Under the name John. Shall we confirm?");
        assertThat(t.say("change the name to Mary").text()).contains("Done, the order is now under Mary.");
        assertThat(t.say("remove the horchata").text()).contains("2 × Taco al pastor, total C$ 120.00");
        assertThat(t.say("add a coca").text()).isEqualTo("Done, I updated your order.\n\nWhich Coca-Cola: regular or sin azúcar?");
        ChatResponse back = t.say("regular");
        assertThat(back.flow().step()).isEqualTo("confirm");
        assertThat(back.text()).contains("2 × Taco al pastor and 1 × Coca-Cola 600 ml, total C$ 165.00");
        ChatResponse done = t.say("yep");
        assertThat(done.text()).startsWith("Done! Your order #0001 is confirmed.");
        assertThat(t.orders).singleElement().satisfies(o -> assertThat(o.answers()).containsEntry("name", "Mary"));
    }

    @Test
    void englishCancelAndNo() {
        Taqueria t = new Taqueria();
        t.say("I want to order 2 al pastor tacos, my name is John, paying cash");
        t.say("8888 1234");
        assertThat(t.say("nope").text()).contains("What would you like to change?");
        ChatResponse cancel = t.say("cancel");
        assertThat(cancel.flow()).isNull();
        assertThat(cancel.text()).contains("nothing was ordered");
        assertThat(t.orders).isEmpty();
    }
}
