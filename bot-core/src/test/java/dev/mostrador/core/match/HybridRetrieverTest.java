package dev.mostrador.core.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Real MiniLM, real analysis, a realistic food truck; messages written the way customers write them. */
class HybridRetrieverTest {

    static final double MIN_SCORE = 0.5; // bot.yaml default

    static HybridRetriever retriever;

    @BeforeAll
    static void build() {
        retriever = HybridRetriever.build(TacoTruck.folder(), Embedder.shared());
    }

    static Candidate top(String message, String lang) {
        List<Candidate> found = retriever.search(message, lang, 4);
        assertThat(found).as("candidates for %s", message).isNotEmpty();
        return found.get(0);
    }

    @ParameterizedTest(name = "[{0}] {1} -> {2}:{3}")
    @CsvSource(delimiter = '|', textBlock = """
            es | a q hora abren                 | faq  | horarios
            es | hasta q hora estan             | faq  | horarios
            es | holaaa a q hora cierran hoy??  | faq  | horarios
            es | aceptan tarjeta?               | faq  | pagos
            es | aceptan card                   | faq  | pagos
            es | donde qedan                    | faq  | ubicacion
            es | tenés algo sin carne           | faq  | vegetariano
            es | cuanto sale el taco de pastor  | menu | taco-pastor
            es | hacen delivery?                | faq  | delivery
            es | llevan a domicilio             | faq  | delivery
            es | me dan factura                 | faq  | factura
            es | tienen coca?                   | menu | coca
            es | cuanto cuesta la horchata      | menu | agua-horchata
            es | que precio tiene la gringa     | menu | gringa
            es | venden cerveza                 | menu | cerveza
            es | las tortillas tienen gluten?   | faq  | alergias
            es | pican mucho las salsas?        | faq  | picante
            es | abren los lunes?               | faq  | horarios
            es | me pasas la ubicacion          | faq  | ubicacion
            es | hay chela?                     | menu | cerveza
            es | q onda, tienen churros?        | menu | churros
            es | hacen taquizas?                | faq  | eventos
            en | are you open on sunday         | faq  | horarios
            en | do you sell beer               | menu | cerveza
            en | what time do you close         | faq  | horarios
            en | do you take cards              | faq  | pagos
            en | where are you today            | faq  | ubicacion
            en | do you have vegetarian options | faq  | vegetariano
            en | how much is a pastor taco      | menu | taco-pastor
            """)
    void findsWhatCustomersAsk(String lang, String message, String kind, String id) {
        Candidate best = top(message, lang);
        assertThat(best.kind() + ":" + best.id()).isEqualTo(kind + ":" + id);
        assertThat(best.score()).as("score of %s", message).isGreaterThanOrEqualTo(MIN_SCORE).isLessThanOrEqualTo(1);
    }

    @ParameterizedTest(name = "[{0}] typo {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            es | orario                | horarios
            es | aceptan tarjta        | pagos
            es | acptan tarjeta?       | pagos
            es | hacen delibery        | delivery
            es | tienen estacionamiento cercaa | estacionamiento
            """)
    void toleratesTypos(String lang, String message, String id) {
        Candidate best = top(message, lang);
        assertThat(best.id()).isEqualTo(id);
        assertThat(best.score()).isGreaterThanOrEqualTo(MIN_SCORE);
    }

    @Test
    void typoInAMenuItemStillFindsIt() {
        List<Candidate> found = retriever.search("quiero un pastorr", "es", 4);
        assertThat(found).extracting(Candidate::id).contains("taco-pastor");
        assertThat(found.get(0).score()).isGreaterThanOrEqualTo(MIN_SCORE);
    }

    @ParameterizedTest(name = "[{0}] out of scope: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            es | cual es la capital de francia
            es | me ayudas con mi tarea de matematicas
            es | quien gano el partido de ayer
            es | recomendame una pelicula
            es | necesito un plomero
            es | me puedes escribir un poema
            es | jajaja
            es | ok gracias
            en | what's the weather in paris
            en | who won the world cup
            en | tell me a joke
            es | tienen pizza?
            es | tienen wifi?
            es | cual es tu nombre
            es | eres un robot?
            en | where is the nearest bank
            """)
    void scoresOutOfScopeMessagesBelowMinScore(String lang, String message) {
        List<Candidate> found = retriever.search(message, lang, 4);
        assertThat(found).allSatisfy(c -> assertThat(c.score()).as("%s -> %s", message, c).isLessThan(MIN_SCORE));
    }

    @Test
    void anFaqScoresAsItsBestPhrasingAndAppearsOnce() {
        List<Candidate> found = retriever.search("a q hora abren", "es", 10);
        assertThat(found).extracting(Candidate::id).doesNotHaveDuplicates();
        List<HybridRetriever.Scored> phrasings = retriever.explain("a q hora abren", "es").stream()
                .filter(s -> s.text().id().equals("horarios")).toList();
        assertThat(phrasings).hasSizeGreaterThan(1);
        double best = phrasings.stream().mapToDouble(HybridRetriever.Scored::score).max().orElseThrow();
        assertThat(found.get(0).score()).isEqualTo(best);
    }

    @Test
    void resultsAreSortedAndLimitedToTopK() {
        List<Candidate> found = retriever.search("tacos de res", "es", 3);
        assertThat(found).hasSize(3);
        assertThat(found).extracting(Candidate::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(found).allSatisfy(c -> assertThat(c.kind()).isIn("faq", "menu", "doc"));
    }

    @Test
    void findsDocChunks() {
        Candidate best = top("la gringa lleva harina de trigo?", "es");
        assertThat(best.kind() + ":" + best.id()).isEqualTo("doc:alergenos.md#1");
        assertThat(best.score()).isGreaterThanOrEqualTo(MIN_SCORE);
    }

    @Test
    void emptyAndEmojiOnlyMessagesMatchNothing() {
        assertThat(retriever.search("", "es", 4)).allSatisfy(c -> assertThat(c.score()).isLessThan(MIN_SCORE));
        assertThat(retriever.search("🌮🌮🙏", "es", 4)).allSatisfy(c -> assertThat(c.score()).isLessThan(MIN_SCORE));
    }

    @Test
    void searchesFromManyThreadsAtOnceGiveTheSameAnswers() throws Exception {
        List<String> messages = List.of("a q hora abren", "aceptan tarjeta?", "donde qedan", "hay chela?");
        List<List<Candidate>> expected = messages.stream().map(m -> retriever.search(m, "es", 3)).toList();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Boolean>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 40; i++) {
                int k = i % messages.size();
                results.add(pool.submit(() -> retriever.search(messages.get(k), "es", 3).equals(expected.get(k))));
            }
            for (var r : results) assertThat(r.get()).isTrue();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anExtraSignalJoinsTheFusionInOnePlace() {
        // a stand-in for the per-business classifier: certain that the message is about payments
        ScoreSignal sure = new ScoreSignal() {
            @Override public String name() { return "classifier"; }
            @Override public Scorer prepare(Query query, List<IndexedText> texts) {
                return i -> texts.get(i).id().equals("pagos") ? 1 : 0;
            }
        };
        HybridRetriever withClassifier = retriever.withSignal(sure, 4, -2);
        double before = retriever.search("como les pago", "es", 1).get(0).score();
        Candidate after = withClassifier.search("como les pago", "es", 1).get(0);
        assertThat(after.id()).isEqualTo("pagos");
        assertThat(after.score()).isGreaterThan(before);
        assertThat(withClassifier.explain("como les pago", "es").get(0).signals()).containsKey("classifier");
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            es | a q hora abren los domingos, aceptan tarjeta?
            es | tenés algo sin carne o vegano
            es | kien gano el partido de aier
            en | do you take cards and where are you today
            en | how much is a pastor taco
            """)
    void theInvertedIndexScoresExactlyWhatTheFullScanWould(String lang, String message) {
        // scoreAll looks only at texts that share a stem or synonym group; every other text must really be 0
        LexicalIndex index = retriever.lexicalIndexes().get(lang);
        var terms = index.prepare(retriever.analyzer().analyze(message, lang), retriever.analyzer());
        double[] fast = index.scoreAll(terms, i -> java.util.Set.of());
        for (int i = 0; i < index.size(); i++) {
            assertThat(fast[i]).as("text %d: %s", i, retriever.texts().get(i).text())
                    .isEqualTo(index.score(terms, i, java.util.Set.of()));
        }
    }

    @Test
    void embeddingSignalIsTheCosineWithEachText() {
        float[] q = Embedder.shared().embed(dev.mostrador.core.text.ChatNormalizer.normalize("hacen delivery?"));
        var scored = retriever.explain("hacen delivery?", "es");
        float[][] vectors = retriever.vectors();
        for (int i = 0; i < scored.size(); i++) {
            double cos = Embedder.dot(q, vectors[i]);
            double expected = Math.max(0, Math.min(1, (cos - Embedder.shared().unrelatedCosine()) / (Embedder.shared().paraphraseCosine() - Embedder.shared().unrelatedCosine())));
            assertThat(scored.get(i).signals().get("embedding")).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-5));
        }
    }

    @ParameterizedTest(name = "[{0}] {1} -> unknown {2}")
    @CsvSource(delimiter = '|', textBlock = """
            es | me recomendas un buen dentista?  | dentist
            es | aceptan tarjeta?                 | ''
            en | can you recommend a good dentist | dentist
            """)
    void unknownWordsAreTheOnesNoTextUses(String lang, String message, String unknownStemStart) {
        List<String> unknown = retriever.unknownWords(message, lang);
        if (unknownStemStart.isEmpty()) {
            assertThat(unknown).isEmpty();
        } else {
            assertThat(unknown).anySatisfy(w -> assertThat(w).startsWith(unknownStemStart));
        }
    }

    @ParameterizedTest(name = "{0} (top {1})")
    @CsvSource(delimiter = '|', textBlock = """
            a q hora abren los domingos     | 1
            aceptan tarjeta o efectivo?     | 3
            tenés algo sin carne            | 4
            kien gano el partido de aier    | 4
            cuanto sale el taco de pastor   | 2
            hola                            | 5
            ''                              | 3
            """)
    void pruningReturnsWhatScoringEveryTextWould(String message, int k) {
        // the exhaustive ranking: every text scored, a thing as its best text, ties by kind and id
        java.util.Map<String, Double> best = new java.util.HashMap<>();
        for (var s : retriever.explain(message, "es")) {
            best.merge(s.text().kind() + ":" + s.text().id(), s.score(), Math::max);
        }
        List<String> expected = best.entrySet().stream()
                .sorted(java.util.Map.Entry.<String, Double>comparingByValue().reversed()
                        .thenComparing(java.util.Map.Entry.comparingByKey()))
                .limit(k).map(e -> e.getKey() + "=" + String.format("%.6f", e.getValue())).toList();
        List<String> actual = retriever.search(message, "es", k).stream()
                .map(c -> c.kind() + ":" + c.id() + "=" + String.format("%.6f", c.score())).toList();
        assertThat(actual).isEqualTo(expected);
    }
}
