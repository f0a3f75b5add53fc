package dev.mostrador.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mostrador.core.model.BotConfig;
import dev.mostrador.core.model.BusinessFolder;
import dev.mostrador.core.port.InMemorySessionStore;
import dev.mostrador.core.port.LanguageModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Answers quoted from docs/, and the optional language model only where bot.yaml asks for one. */
class DocsAndModelTest {

    @Test
    void aDocumentPassageAnswersWhatNoFaqDoes() {
        ChatResponse r = Chat.wednesday().say("de quien es la receta del pastor?");
        assertThat(r.source().kind()).isEqualTo("doc");
        assertThat(r.source().id()).isEqualTo("historia.md#1");
        assertThat(r.text()).contains("Doña Tere empezó el carrito en 2015", "abuela");
    }

    @Test
    void aPassageInTheMessagesWordsBeatsAnFaqThatSharesNone() {
        BusinessFolder base = Carrito.folder();
        List<dev.mostrador.core.model.Faq> faqs = new ArrayList<>(base.faqs());
        faqs.add(new dev.mostrador.core.model.Faq("sin_gluten", "¿Tienen opciones sin gluten?",
                List.of("algo sin trigo", "es libre de gluten?", "soy celiaco"),
                java.util.Map.of("es", "Los tacos van en tortilla de maíz, sin gluten."), List.of()));
        ChatEngine engine = Carrito.engine(Carrito.with(faqs, base.menu(), base.intentExamples()), n -> {});
        ChatResponse r = engine.handle(new ChatRequest("web", "s1", "hay algo sin lacteos?"));
        assertThat(r.source().kind() + ":" + r.source().id()).as(r.text()).isEqualTo("doc:alergenos.md#1");
        // the FAQ keeps what it shares words with
        ChatResponse gluten = engine.handle(new ChatRequest("web", "s2", "tienen algo sin gluten?"));
        assertThat(gluten.source().id()).isEqualTo("sin_gluten");
    }

    @Test
    void aLongPassageIsQuotedByTheSentencesThatAnswer() {
        // was the whole history (560 characters) for "hay musica en vivo?", wrapped lines and all
        ChatResponse music = new Taqueria().say("hay musica en vivo?");
        assertThat(music.source().kind() + ":" + music.source().id()).isEqualTo("doc:historia.txt#1");
        assertThat(music.text()).isEqualTo("Los sábados en la noche hay música en vivo en Plaza Los Robles.");
        // a line wrapped in the file goes on in the same sentence; none of the message's words: the whole passage
        String wrapped = "Memo compró un camión viejo y lo pintó\nde amarillo. " + "La receta es de su abuelo. ".repeat(12);
        assertThat(Router.excerpt(wrapped, Message.of("de que color es"))).startsWith("Memo compró un camión viejo y lo pintó de amarillo.");
        assertThat(Router.excerpt(wrapped, Message.of("y el camion?"))).isEqualTo("Memo compró un camión viejo y lo pintó de amarillo.");
    }

    @Test
    void whatADescriptionDoesNotSayTheDocumentsMay() {
        // was "La descripción de Churros con cajeta no menciona huevo": the allergens document says it
        ChatResponse eggs = new Taqueria().say("los churros llevan huevo?");
        assertThat(eggs.source().kind() + ":" + eggs.source().id()).isEqualTo("doc:alergenos.md#2");
        assertThat(eggs.text()).isEqualTo("Los churros llevan harina de trigo y huevo.");
        assertThat(new Taqueria().say("la horchata lleva leche?").text()).isEqualTo("La horchata y el fresco de cacao llevan leche.");
        // no sentence names both: the description, never a "no"
        assertThat(new Taqueria().say("el flan lleva huevo?").text()).startsWith("La descripción de Flan napolitano no menciona huevo");
    }

    @Test
    void aPassageIsQuotedWithoutItsMarkdownHeadings() {
        assertThat(Router.excerpt("# Alérgenos\n\n## Lácteos\nEl queso va en las quesadillas.\nLa horchata lleva leche."))
                .isEqualTo("El queso va en las quesadillas.\nLa horchata lleva leche.");
        assertThat(Router.excerpt("## Solo un título")).isEqualTo("## Solo un título");
    }

    /** A language model stand-in: the port is outside the engine, so this records calls and answers. */
    static final class RecordingModel implements LanguageModel {
        final List<List<String>> contexts = new ArrayList<>();

        @Override
        public Optional<String> complete(String system, List<String> context, String question, String lang) {
            contexts.add(context);
            return Optional.of("Respuesta del modelo");
        }
    }

    @Test
    void theModelIsAskedOnlyInLlmModeAndOnlyBelowMinScore() {
        BusinessFolder base = Carrito.folder();
        BusinessFolder llmMode = new BusinessFolder(base.business(), base.faqs(), base.menu(), base.flows(), base.tone(),
                new BotConfig("api_llm", new BotConfig.Llm("openai", "gpt-4o-mini", 0.2, null), BotConfig.Retrieval.DEFAULT),
                base.docs(), base.tests(), base.synonyms(), base.intentExamples());
        RecordingModel model = new RecordingModel();
        EnginePorts ports = new EnginePorts(new InMemorySessionStore(), t -> {}, Carrito.at(Carrito.WEDNESDAY_10AM), n -> {}, model);
        ChatEngine engine = new ChatEngine(llmMode, Carrito.bundle().retriever(), ports);

        ChatResponse known = engine.handle(new ChatRequest("web", "m1", "aceptan tarjeta?"));
        assertThat(known.source().kind()).isEqualTo("faq");
        assertThat(model.contexts).isEmpty();

        ChatResponse unknown = engine.handle(new ChatRequest("web", "m1", "quien gano el mundial de futbol 2022"));
        assertThat(unknown.source().kind()).isEqualTo("llm");
        assertThat(unknown.text()).isEqualTo("Respuesta del modelo");
        assertThat(model.contexts).hasSize(1);

        // rag_only (the default) never calls it, even when one is wired.
        ChatEngine ragOnly = new ChatEngine(Carrito.folder(), Carrito.bundle().retriever(), ports);
        assertThat(ragOnly.handle(new ChatRequest("web", "m2", "quien gano el mundial de futbol 2022")).intent()).isEqualTo("fallback");
        assertThat(model.contexts).hasSize(1);
    }
}
