package dev.mostrador.core.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TyposTest {

    private final Set<String> vocabulary = Set.of("horari", "tarjet", "pastor", "delivery", "coca", "phone");

    @Test
    void correctsOneEditInMidLengthWordsAndTwoInLongOnes() {
        assertThat(Typos.closest("orari", vocabulary, Map.of())).isEqualTo("horari");
        assertThat(Typos.closest("tarjt", vocabulary, Map.of())).isEqualTo("tarjet");
        assertThat(Typos.closest("pastorr", vocabulary, Map.of())).isEqualTo("pastor");
        assertThat(Typos.closest("delibeyr", vocabulary, Map.of())).isEqualTo("delivery");
    }

    @Test
    void leavesShortAndFarWordsAlone() {
        assertThat(Typos.closest("joke", vocabulary, Map.of())).isNull();
        assertThat(Typos.closest("zapato", vocabulary, Map.of())).isNull();
        assertThat(Typos.closest("12345", vocabulary, Map.of())).isNull();
    }

    @Test
    void transpositionIsOneEdit() {
        assertThat(Typos.distance("tarjeta", "tarjtea", 2)).isEqualTo(1);
        assertThat(Typos.distance("abc", "xyz", 1)).isGreaterThan(1);
    }

    @Test
    void prefersTheMoreCommonStemOnATie() {
        assertThat(Typos.closest("pastas", Set.of("pastar", "pastal"), Map.of("pastal", 3, "pastar", 1))).isEqualTo("pastal");
    }
}
