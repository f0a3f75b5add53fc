package dev.mostrador.core.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bar for messages in none of the business's words: the gate's arithmetic, the measurement, the probes. */
class FamiliarityTest {

    static HybridRetriever retriever;

    @BeforeAll
    static void build() {
        retriever = HybridRetriever.build(TacoTruck.folder(), Embedder.shared());
    }

    @Test
    void aFamiliarMessageKeepsItsScore() {
        Familiarity f = new Familiarity(Map.of("es", 0.99));
        for (double s : new double[]{0, 0.2, 0.4999, 0.5, 0.73, 1}) assertThat(f.gate(s, 1, "es")).isEqualTo(s);
    }

    @Test
    void aMessageInNoneOfTheBusinesssWordsMustBeatTheBar() {
        Familiarity f = new Familiarity(Map.of("es", 0.9));
        assertThat(f.gate(0.89, 0, "es")).isLessThan(0.5);
        assertThat(f.gate(0.9, 0, "es")).as("equal is not beating it").isLessThan(0.5);
        assertThat(f.gate(0.95, 0, "es")).isEqualTo(0.75, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(f.gate(1, 0, "es")).isEqualTo(1);
        // partly known words ask for less: halfway between the bar and the usual boundary
        assertThat(f.gate(0.69, 0.5, "es")).isLessThan(0.5);
        assertThat(f.gate(0.71, 0.5, "es")).isGreaterThan(0.5);
    }

    @Test
    void theGateNeverReordersThings() {
        Familiarity f = new Familiarity(Map.of("en", 0.97));
        double last = -1;
        for (double s = 0; s <= 1.0; s += 0.001) {
            double g = f.gate(s, 0, "en");
            assertThat(g).isGreaterThanOrEqualTo(last).isBetween(0.0, 1.0);
            last = g;
        }
    }

    @Test
    void withoutAMeasurementSuchMessagesAreNeverAnswered() {
        assertThat(Familiarity.STRICT.gate(0.999999, 0, "es")).isLessThan(0.5);
        assertThat(new Familiarity(Map.of("es", 0.9)).gate(0.999999, 0, "en")).as("no bar for en").isLessThan(0.5);
        assertThat(new Familiarity(Map.of("es", Double.NaN)).bar("es")).isEqualTo(1);
        assertThat(new Familiarity(Map.of("es", 0.1)).bar("es")).as("never below the boundary").isEqualTo(0.5);
    }

    @Test
    void theBarIsTheBestScoreOfTheProbesInNoneOfTheBusinesssWords() {
        List<String> probes = new ArrayList<>(Familiarity.probes("es"));
        probes.add("cuanto sale el taco de pastor"); // in the business's words: not a probe of this situation
        double best = 0.5;
        int used = 0;
        for (String p : probes) {
            HybridRetriever.Raw raw = retriever.raw(p, "es");
            if (raw.known() > 0) continue;
            used++;
            best = Math.max(best, raw.score());
        }
        assertThat(used).isGreaterThanOrEqualTo(Familiarity.MIN_PROBES);
        assertThat(Familiarity.measure(retriever, "es", probes)).isEqualTo(best);
        assertThat(retriever.raw("cuanto sale el taco de pastor", "es").score()).isGreaterThan(best);
    }

    @Test
    void everyProbeIsRefusedOnceTheBarIsMeasured() {
        HybridRetriever gated = retriever.withFamiliarity(Familiarity.measure(retriever, List.of("es", "en")));
        assertThat(gated.familiarity().bars()).containsKeys("es", "en");
        for (String lang : List.of("es", "en")) {
            for (String probe : Familiarity.probes(lang)) {
                if (retriever.raw(probe, lang).known() > 0) continue;
                List<Candidate> found = gated.search(probe, lang, 2);
                if (!found.isEmpty()) assertThat(found.get(0).score()).as(probe).isLessThan(0.5);
            }
        }
        // in-scope messages in the business's words are untouched
        assertThat(gated.search("a q hora abren", "es", 1).get(0).score())
                .isEqualTo(retriever.search("a q hora abren", "es", 1).get(0).score());
    }

    @Test
    void searchGatesOnlyMessagesInNoneOfTheBusinesssWords() {
        String stray = "quien invento la bombilla electrica";
        HybridRetriever.Raw raw = retriever.raw(stray, "es");
        assertThat(raw.known()).isZero();
        double lenient = retriever.withFamiliarity(new Familiarity(Map.of("es", 0.5))).search(stray, "es", 1).get(0).score();
        double strict = retriever.withFamiliarity(Familiarity.STRICT).search(stray, "es", 1).get(0).score();
        assertThat(lenient).isEqualTo(raw.score(), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(strict).isEqualTo(Familiarity.STRICT.gate(raw.score(), 0, "es"), org.assertj.core.data.Offset.offset(1e-9))
                .isLessThan(lenient);
        assertThat(retriever.explain(stray, "es").get(0).signals()).containsEntry("vocabulary", 0.0);
    }

    @Test
    void tooFewProbesLeaveTheBarAtOne() {
        List<String> few = Familiarity.probes("es").subList(0, Familiarity.MIN_PROBES - 1);
        assertThat(Familiarity.measure(retriever, "es", few)).isEqualTo(1);
    }

    @Test
    void theProbeListsAreQuestionsOnePerLine() {
        for (String lang : List.of("es", "en")) {
            List<String> probes = Familiarity.probes(lang);
            assertThat(probes).hasSizeGreaterThan(50).allSatisfy(p -> assertThat(p).doesNotStartWith("#").isNotBlank());
            assertThat(new HashSet<>(probes)).hasSameSizeAs(probes);
        }
        assertThat(Familiarity.probes("fr")).isEmpty();
    }
}
