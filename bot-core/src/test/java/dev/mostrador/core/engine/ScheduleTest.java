package dev.mostrador.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** Hours and locations in Managua time from a fixed clock, with the Christmas exception. */
class ScheduleTest {

    private static Placeholders at(String local) {
        return new Placeholders(Carrito.business(), ZonedDateTime.of(java.time.LocalDateTime.parse(local), Carrito.MANAGUA));
    }

    @Test
    void weeklyHoursReadAsText() {
        assertThat(at(Carrito.WEDNESDAY_10AM).values("es").get("hours")).isEqualTo("lun-vie 08:00-18:00, sáb 09:00-14:00, dom cerrado");
        assertThat(at(Carrito.WEDNESDAY_10AM).values("en").get("hours")).isEqualTo("Mon-Fri 08:00-18:00, Sat 09:00-14:00, Sun closed");
    }

    @Test
    void openNowInEveryCase() {
        assertThat(at("2026-11-25T10:00").values("es").get("open_now")).isEqualTo("Sí, estamos abiertos hasta las 18:00.");
        assertThat(at("2026-11-25T19:30").values("es").get("open_now")).isEqualTo("Ahora estamos cerrados; abrimos mañana a las 08:00.");
        assertThat(at("2026-11-25T06:00").values("es").get("open_now")).isEqualTo("Ahora estamos cerrados; abrimos hoy a las 08:00.");
        // Saturday after closing: Sunday closed, so Monday.
        assertThat(at("2026-11-28T15:00").values("es").get("open_now")).isEqualTo("Ahora estamos cerrados; abrimos el lunes 30/11 a las 08:00.");
        assertThat(at("2026-11-28T15:00").values("en").get("open_now")).isEqualTo("We are closed right now; we open on Monday 11/30 at 08:00.");
    }

    @Test
    void askingWhetherItIsClosedIsAnsweredWithoutAYesThatReadsAsClosed() {
        // was "Sí, estamos abiertos…" to "¿están cerrados?" (the owner's open-now FAQ) and the week's hours to "ya cerraron?"
        for (String text : java.util.List.of("ya cerraron?", "estan cerrados?", "ya cerro el carrito?")) {
            assertThat(Chat.wednesday().say(text).text()).as(text).startsWith("No, seguimos abiertos hasta las 18:00.");
        }
        assertThat(Chat.wednesday().say("are you closed?").text()).startsWith("No, we're still open until 18:00.");
        assertThat(Chat.at("2026-11-25T19:30").say("ya cerraron?").text()).startsWith("Ahora estamos cerrados; abrimos mañana");
        assertThat(Chat.wednesday().say("estan abiertos?").text()).startsWith("Sí, estamos abiertos hasta las 18:00.");
        // "atendiendo" asks whether it is open now (the greeting alone answered it)
        for (String text : java.util.List.of("todavia estan atendiendo?", "siguen atendiendo?",
                "buenas noches, todavia estan atendiendo?")) {
            assertThat(Chat.wednesday().say(text).text()).as(text).contains("estamos abiertos hasta las 18:00");
        }
    }

    @Test
    void stillOpenIsAYesOrNoEvenWhenTheHoursFaqMatchesBetter() {
        // "still open?" got the owner's weekly-hours FAQ, which does not say whether the truck is open now
        for (String text : java.util.List.of("still open?", "u still open?", "siguen abiertos?")) {
            String reply = new Taqueria().say(text).text();
            assertThat(reply).as(text).containsAnyOf("open until 15:00", "abiertos hasta las 15:00");
            assertThat(reply).as(text).doesNotContain("Mon-Thu").doesNotContain("lun-jue");
        }
    }

    @Test
    void theWeekendIsBothItsDays() {
        // "are you open this weekend?" answered Saturday only
        for (String text : java.util.List.of("are you open this weekend?", "open on the weekend?")) {
            String reply = new Taqueria().say(text).text();
            assertThat(reply).as(text).contains("Saturday").contains("11:00 to 23:00").contains("Sunday").contains("closed");
        }
        for (String text : java.util.List.of("abren el fin de semana?", "q horario tienen el finde", "atienden los fines de semana")) {
            String reply = new Taqueria().say(text).text();
            assertThat(reply).as(text).contains("sábado").contains("11:00 a 23:00").contains("domingo").contains("cerrados");
        }
        String where = new Taqueria().say("donde estan el fin de semana?").text();
        assertThat(where).contains("El sábado 28/11 estamos en Plaza Los Robles").contains("El domingo 29/11 no salimos");
        // on a Sunday the weekend left is today, whichever word names it ("finde" and "weekend" meant next Saturday)
        for (String text : java.util.List.of("abren el fin de semana?", "abren el finde?", "are you open this weekend?")) {
            String reply = Chat.at("2026-11-29T10:00").say(text).text();
            assertThat(reply).as(text).doesNotContain("sábado").doesNotContain("Saturday");
            assertThat(reply).as(text).containsAnyOf("cerrado", "closed");
        }
    }

    @Test
    void whereInTownAndHowToGetThereAreTheLocation() {
        // "en que parte de managua estan" got the fallback, "como llego desde metrocentro" the contact FAQ
        for (String text : java.util.List.of("en que parte de managua estan", "como llego desde metrocentro",
                "how do i get there?")) {
            ChatResponse r = new Taqueria().say(text);
            assertThat(r.source().id()).as(text).isIn("location", "ubicacion");
            assertThat(r.text()).as(text).contains("Rotonda El Güegüense");
        }
        // "hasta donde llevan" asks how far they deliver (got where the truck is today)
        assertThat(new Taqueria().say("hasta donde llevan").source().id()).isEqualTo("delivery");
        // "tmrw" is tomorrow
        assertThat(new Taqueria().say("what time do u open tmrw").text()).startsWith("Tomorrow we are open from 11:00");
    }

    @Test
    void aTimeOfDayAskedIsThatTimeNotNow() {
        // "estan abiertos a las 10 de la noche?" got "Sí, estamos abiertos hasta las…" (open now)
        assertThat(Chat.wednesday().say("estan abiertos a las 7 de la noche?").text())
                .isEqualTo("Hoy a las 19:00 estamos cerrados. Hoy abrimos de 08:00 a 18:00.");
        assertThat(Chat.wednesday().say("abren a las 5 de la tarde?").text()).startsWith("Hoy a las 17:00 estamos abiertos");
        assertThat(Chat.wednesday().say("are you open at 9pm?").text()).startsWith("Today at 21:00 we are closed.");
        assertThat(Chat.wednesday().say("el sabado estan abiertos a las 3?").text())
                .startsWith("El sábado 28/11 a las 15:00 estamos cerrados.");
        // an hour already past today is the evening one; "a qué hora" still asks for the hours
        assertThat(ScheduleQuestion.timeIn(Message.of("a las 10"), java.time.LocalTime.of(13, 0))).hasValue(java.time.LocalTime.of(22, 0));
        assertThat(ScheduleQuestion.timeIn(Message.of("a las 10"), java.time.LocalTime.of(9, 0))).hasValue(java.time.LocalTime.of(10, 0));
        assertThat(Chat.wednesday().say("estan abiertos?").text()).startsWith("Sí, estamos abiertos hasta las 18:00.");
    }

    @Test
    void englishWeekdaysInThePluralAreThatDay() {
        // "are you open on sundays?" got the open-now FAQ: "Yes, we are open until 18:00"
        assertThat(Chat.wednesday().say("are you open on sundays?").text()).startsWith("On Sunday 11/29 we are closed");
        assertThat(Chat.wednesday().say("are you open on saturdays?").text()).startsWith("On Saturday 11/28 we are open from 09:00");
        assertThat(Chat.wednesday().say("do you open on mondays?").text()).startsWith("On Monday 11/30 we are open");
    }

    @Test
    void placeholdersUseTheBusinessTimezoneNotUtc() {
        // 23:30 in Managua on Wednesday is already Thursday in UTC: still Wednesday's place and hours.
        Placeholders late = at("2026-11-25T23:30");
        assertThat(late.values("es").get("location_today")).isEqualTo("Parque Central, esquina norte");
        assertThat(late.values("es").get("today_hours")).isEqualTo("08:00-18:00");
        assertThat(at("2026-11-26T12:00").values("es").get("location_today")).isEqualTo("Mercado Sur, entrada 2");
        assertThat(at("2026-12-25T12:00").values("es").get("today_hours")).isEqualTo("cerrado");
    }

    @Test
    void aDayOfTheMonthAloneIsTheNextSuchDay() {
        java.time.LocalDate today = java.time.LocalDate.of(2026, 11, 25);
        assertThat(ScheduleQuestion.dayIn(Message.of("estan abiertos el 25?"), today)).contains(today);
        assertThat(ScheduleQuestion.dayIn(Message.of("abren el 24?"), today)).contains(java.time.LocalDate.of(2026, 12, 24));
        assertThat(ScheduleQuestion.dayIn(Message.of("are you open on the 1st?"), today)).contains(java.time.LocalDate.of(2026, 12, 1));
        // Christmas is closed in the Carrito's exceptions: "el 25" next month is that day
        ChatResponse r = Chat.at("2026-12-20T10:00").say("estan abiertos el 25?");
        assertThat(r.text()).contains("cerrado");
        assertThat(ScheduleQuestion.dayIn(Message.of("quiero 2 de pastor"), today)).isEmpty();
    }

    @Test
    void whereTheDeliveryReachesIsNotWhereTheTruckIs() {
        java.time.LocalDate today = java.time.LocalDate.of(2026, 11, 25);
        for (String text : java.util.List.of("a donde hacen envios?", "where do you deliver", "hasta donde hacen delivery",
                "hasta donde reparten?", "hasta donde llegan?")) {
            assertThat(ScheduleQuestion.parse(Message.of(text), today)).as(text).isEmpty();
        }
        assertThat(ScheduleQuestion.parse(Message.of("donde estan hoy"), today)).get()
                .extracting(ScheduleQuestion::kind).isEqualTo(ScheduleQuestion.Kind.LOCATION);
        // so the delivery FAQ answers it
        assertThat(Chat.wednesday().say("a donde hacen envios?").source().id()).isEqualTo("delivery");
        assertThat(Chat.wednesday().say("where do you deliver").source().id()).isEqualTo("delivery");
        // the owner's delivery FAQ by its id, whatever "donde" makes the classifier think
        assertThat(Chat.wednesday().say("hasta donde llegan?").source().id()).isEqualTo("delivery");
        assertThat(ScheduleQuestion.asksDeliveryReach(Message.of("hasta donde llegan?"))).isTrue();
        assertThat(ScheduleQuestion.asksDeliveryReach(Message.of("hay donde sentarse?"))).isFalse();
        // where the customer is, with a delivery word: "llegan a mi casa?" is not the pets FAQ ("¿puedo llegar con mi perro?")
        assertThat(ScheduleQuestion.asksDeliveryReach(Message.of("llegan a mi casa?"))).isTrue();
        assertThat(ScheduleQuestion.asksDeliveryReach(Message.of("do you deliver to my office?"))).isTrue();
        assertThat(ScheduleQuestion.asksDeliveryReach(Message.of("estoy en mi casa"))).isFalse();
        assertThat(Chat.wednesday().say("llegan a mi casa?").source().id()).isEqualTo("delivery");
    }

    @Test
    void aPlaceToDoSomethingThereIsNotWhereTheTruckIs() {
        java.time.LocalDate today = java.time.LocalDate.of(2026, 11, 25);
        for (String text : java.util.List.of("hay donde sentarse?", "tienen donde parquear?", "donde pago?",
                "is there a place to sit", "anywhere to park?")) {
            assertThat(ScheduleQuestion.parse(Message.of(text), today)).as(text).isEmpty();
        }
        assertThat(ScheduleQuestion.parse(Message.of("donde andan hoy?"), today)).get()
                .extracting(ScheduleQuestion::kind).isEqualTo(ScheduleQuestion.Kind.LOCATION);
        // the parking FAQ answers it, not today's place
        assertThat(Chat.wednesday().say("hay donde parquear?").source().id()).isEqualTo("estacionamiento");
        // "where can I…" asks for a place to do something; "where can I find you" is where the truck is
        for (String text : java.util.List.of("donde puedo parquear?", "where can i park?", "where do i park")) {
            assertThat(ScheduleQuestion.parse(Message.of(text), today)).as(text).isEmpty();
            assertThat(ScheduleQuestion.asksPlaceToDoSomething(Message.of(text))).as(text).isTrue();
        }
        for (String text : java.util.List.of("where can i find you?", "donde los puedo encontrar?")) {
            assertThat(ScheduleQuestion.parse(Message.of(text), today)).as(text).get()
                    .extracting(ScheduleQuestion::kind).isEqualTo(ScheduleQuestion.Kind.LOCATION);
        }
        // the classifier, taught "where is the truck", is sure of the location FAQ: the parking FAQ answers
        assertThat(new Taqueria().say("where can i park?").source().id()).isEqualTo("estacionamiento");
        assertThat(new Taqueria().say("where can i find you?").source().id()).isEqualTo("ubicacion");
    }

    @Test
    void closedOnChristmasEvenIfItIsAFriday() {
        ChatResponse r = Chat.at("2026-12-25T12:00").say("estan abiertos?");
        assertThat(r.source().id()).isEqualTo("abierto_ahora");
        assertThat(r.text()).startsWith("Ahora estamos cerrados; abrimos mañana a las 09:00. Hoy atendemos cerrado.");
    }

    @Test
    void askingForADayAnswersThatDayIncludingExceptions() {
        Chat chat = Chat.wednesday();
        assertThat(chat.say("abren el domingo?").text()).isEqualTo("El domingo 29/11 estamos cerrados.");
        assertThat(chat.say("y el sabado?").text()).isEqualTo("El sábado 28/11 abrimos de 09:00 a 14:00.");
        assertThat(Chat.at("2026-12-21T10:00").say("abren el 24 de diciembre?").text())
                .isEqualTo("El jueves 24/12 abrimos de 09:00 a 12:00 (horario especial).");
        assertThat(Chat.at("2026-12-21T10:00").say("y en navidad abren?").text()).contains("cerrados (horario especial)");
    }

    @Test
    void openNowQuestionPrefersTheOwnersFaqWithRightPlaceholders() {
        ChatResponse r = Chat.wednesday().say("tan abiertos ahorita?");
        assertThat(r.source().id()).isEqualTo("abierto_ahora");
        assertThat(r.text()).isEqualTo("Sí, estamos abiertos hasta las 18:00. Hoy atendemos 08:00-18:00.");
    }

    @Test
    void whereAreYouTodayDependsOnTheWeekday() {
        assertThat(Chat.wednesday().say("donde estan hoy?").text()).contains("Parque Central");
        assertThat(Chat.at("2026-11-26T12:00").say("donde estan hoy?").text()).contains("Mercado Sur");
        ChatResponse saturday = Chat.wednesday().say("donde van a estar el sabado?");
        assertThat(saturday.text()).isEqualTo("El sábado 28/11 estamos en Mercado Sur, entrada 2. https://maps.example/carrito");
        assertThat(Chat.wednesday().say("y el domingo donde estan?").text()).contains("no salimos");
    }

    @Test
    void aNamedLocationGetsItsDaysNotTheNearestFaq() {
        // Wednesday: the truck is at Parque Central (mon-wed); Mercado Sur is thu-sat
        ChatResponse r = Chat.wednesday().say("cuando estan en el mercado sur?");
        assertThat(r.source().kind()).isEqualTo("template");
        assertThat(r.source().id()).isEqualTo("location");
        assertThat(r.text()).isEqualTo("Estamos en Mercado Sur, entrada 2, de jueves a sábado. "
                + "Hoy estamos en Parque Central, esquina norte.");
        assertThat(Chat.wednesday().say("q dias van al parque central").text())
                .isEqualTo("Estamos en Parque Central, esquina norte, de lunes a miércoles. Hoy estamos ahí.");
        assertThat(Chat.wednesday().say("llegan al mercado el sabado?").text())
                .isEqualTo("Sí, el sábado 28/11 estamos en Mercado Sur, entrada 2.");
        assertThat(Chat.wednesday().say("estan en el mercado mañana?").text()).startsWith("Sí, mañana estamos en Mercado Sur");
        assertThat(Chat.wednesday().say("van a estar en el parque el viernes?").text())
                .isEqualTo("El viernes 27/11 no: estamos en Mercado Sur, entrada 2. "
                        + "En Parque Central, esquina norte, estamos de lunes a miércoles.");
        assertThat(Chat.wednesday().say("y el domingo andan en el mercado?").text())
                .isEqualTo("El domingo 29/11 no salimos con el carrito. En Mercado Sur, entrada 2, estamos de jueves a sábado.");
        assertThat(Chat.wednesday().say("when are you at mercado sur?").text())
                .isEqualTo("We are at Mercado Sur, entrada 2, from Thursday to Saturday. Today we are at Parque Central, esquina norte.");
        assertThat(Chat.wednesday().say("como llego al parque central?").source().id()).isEqualTo("location");
        // with the hours of the day asked about, or of the next day it is there
        assertThat(Chat.wednesday().say("a q hora pasan por el mercado?").text())
                .endsWith("Hoy estamos en Parque Central, esquina norte. Mañana abrimos de 08:00 a 18:00.");
        assertThat(Chat.wednesday().say("a q hora llegan al mercado el sabado?").text())
                .isEqualTo("Sí, el sábado 28/11 estamos en Mercado Sur, entrada 2. El sábado 28/11 abrimos de 09:00 a 14:00.");
        // a follow-up day goes on asking where
        Chat chat = Chat.wednesday();
        chat.say("cuando estan en el mercado?");
        assertThat(chat.say("y mañana?").text()).contains("Mercado Sur");
        // naming the place without asking when or where is something else ("norte", "entrada" say no place)
        assertThat(Chat.wednesday().say("hay donde parquear en el mercado?").source().id()).isEqualTo("estacionamiento");
        assertThat(Chat.wednesday().say("quiero 2 tacos al pastor").source().id()).isNotEqualTo("location");
    }

    @Test
    void anAnswerForADayTheBusinessIsClosedSaysSoFirst() {
        // Carrito: closed on Sundays; the delivery FAQ's "yes" holds on the other days
        ChatResponse sunday = Chat.wednesday().say("hacen delivery el domingo?");
        assertThat(sunday.source().id()).isEqualTo("delivery");
        assertThat(sunday.text()).startsWith("El domingo 29/11 estamos cerrados. Los demás días: ");
        assertThat(Chat.wednesday().say("hacen delivery el sabado?").text()).doesNotContain("cerrados");
        assertThat(Chat.wednesday().say("do you deliver on sunday?").text()).startsWith("On Sunday 11/29 we are closed. On other days: ");
        // the hours answer says it once
        assertThat(Chat.wednesday().say("abren el domingo?").text()).isEqualTo("El domingo 29/11 estamos cerrados.");
    }

    @Test
    void weekdaysReadAsACustomerSaysThem() {
        java.util.function.Function<java.util.Set<java.time.DayOfWeek>, String> es = d -> Schedule.daysText(d, "es");
        assertThat(es.apply(java.util.EnumSet.range(java.time.DayOfWeek.THURSDAY, java.time.DayOfWeek.SATURDAY)))
                .isEqualTo("de jueves a sábado");
        assertThat(es.apply(java.util.EnumSet.of(java.time.DayOfWeek.MONDAY, java.time.DayOfWeek.WEDNESDAY)))
                .isEqualTo("los lunes y miércoles");
        assertThat(es.apply(java.util.EnumSet.of(java.time.DayOfWeek.MONDAY, java.time.DayOfWeek.TUESDAY,
                java.time.DayOfWeek.WEDNESDAY, java.time.DayOfWeek.SATURDAY, java.time.DayOfWeek.SUNDAY)))
                .isEqualTo("de lunes a miércoles y los sábados y domingos");
        assertThat(es.apply(java.util.EnumSet.allOf(java.time.DayOfWeek.class))).isEqualTo("todos los días");
        assertThat(Schedule.daysText(java.util.EnumSet.of(java.time.DayOfWeek.SATURDAY), "en")).isEqualTo("on Saturdays");
        assertThat(Schedule.daysText(java.util.EnumSet.range(java.time.DayOfWeek.MONDAY, java.time.DayOfWeek.FRIDAY), "en"))
                .isEqualTo("from Monday to Friday");
    }

    @Test
    void closedNowIsMentionedWhenGreetingAfterHours() {
        ChatResponse r = Chat.at("2026-11-25T20:00").say("hola");
        assertThat(r.text()).contains("Ahora estamos cerrados; hoy atendemos 08:00-18:00.");
    }
}
