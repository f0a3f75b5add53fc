package dev.mostrador.core.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mostrador.core.load.BusinessLoader;
import dev.mostrador.core.match.Candidate;
import dev.mostrador.core.match.HybridRetriever;
import dev.mostrador.core.model.BusinessFolder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The compiler trains the business's classifier into the bundle, and the loaded retriever fuses it. */
class ClassifierInBundleTest {

    static BusinessFolder folder;
    static byte[] bytes;
    static Bundle bundle;

    @BeforeAll
    static void compile() throws Exception {
        folder = BusinessLoader.load(Path.of("..", "business"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new BundleCompiler().write(folder, out);
        bytes = out.toByteArray();
        bundle = Bundle.read(new ByteArrayInputStream(bytes));
    }

    @Test
    void theTrainedClassifierIsStoredAndCoveredByTheHash() throws Exception {
        assertThat(bundle.resource(BundleLayout.CLASSIFIER)).isPresent();
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        new BundleCompiler().write(BusinessLoader.load(Path.of("..", "business")), again);
        assertThat(again.toByteArray()).isEqualTo(bytes);
    }

    @Test
    void theRetrieverFusesTheClassifierWithWordsAndMeaning() {
        HybridRetriever r = bundle.hybridRetriever();
        List<HybridRetriever.Scored> scored = r.explain("aceptan tarjeta?", "es");
        assertThat(scored.get(0).signals()).containsKeys("lexical", "embedding", "classifier");
    }

    @Test
    void customerWordingFindsTheRightFaq() {
        Candidate pay = bundle.retriever().search("se puede pagar con card?", "es", 3).get(0);
        assertThat(pay.id()).isEqualTo("pagos");
        assertThat(pay.score()).isGreaterThanOrEqualTo(0.5);
        Candidate veg = bundle.retriever().search("q hay para veganos", "es", 3).get(0);
        assertThat(veg.id()).isEqualTo("vegetariano");
        assertThat(veg.score()).isGreaterThanOrEqualTo(0.5);
    }

    @Test
    void unrelatedMessagesScoreBelowMinScore() {
        Candidate world = bundle.retriever().search("quien gano el mundial de futbol 2022", "es", 3).get(0);
        assertThat(world.score()).isLessThan(folder.bot().retrieval().minScore());
        Candidate dentist = bundle.retriever().search("can you recommend a good dentist?", "en", 3).get(0);
        assertThat(dentist.score()).isLessThan(folder.bot().retrieval().minScore());
    }

    @Test
    void everyOffTopicProbeInNoneOfTheBusinesssWordsIsRefusedByTheReadBundle() {
        // the bars were measured by the compiler; the bundle read back must refuse every probe that set them
        HybridRetriever r = bundle.hybridRetriever();
        int checked = 0;
        for (String lang : List.of("es", "en")) {
            assertThat(r.familiarity().bar(lang)).isBetween(0.5, 1.0).isLessThan(1.0);
            for (String probe : dev.mostrador.core.match.Familiarity.probes(lang)) {
                if (r.raw(probe, lang).known() > 0) continue;
                checked++;
                assertThat(r.search(probe, lang, 1).get(0).score()).as(probe).isLessThan(folder.bot().retrieval().minScore());
            }
        }
        assertThat(checked).isGreaterThan(50);
    }

    @Test
    void pruningWithTheClassifierReturnsWhatScoringEveryTextWould() {
        HybridRetriever r = bundle.hybridRetriever();
        for (String message : List.of("a q hora cierran hoy", "aceptan card?", "quien gano el mundial", "hacen delivery",
                "cuanto sale el pastor", "can I get an invoice?")) {
            java.util.Map<String, Double> best = new java.util.HashMap<>();
            for (var s : r.explain(message, "es")) best.merge(s.text().kind() + ":" + s.text().id(), s.score(), Math::max);
            List<String> expected = best.entrySet().stream()
                    .sorted(java.util.Map.Entry.<String, Double>comparingByValue().reversed()
                            .thenComparing(java.util.Map.Entry.comparingByKey()))
                    .limit(3).map(e -> e.getKey() + "=" + String.format("%.6f", e.getValue())).toList();
            List<String> actual = r.search(message, "es", 3).stream()
                    .map(c -> c.kind() + ":" + c.id() + "=" + String.format("%.6f", c.score())).toList();
            assertThat(actual).as(message).isEqualTo(expected);
        }
    }
}
