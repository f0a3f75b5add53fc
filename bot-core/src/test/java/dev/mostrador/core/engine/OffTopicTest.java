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
}
