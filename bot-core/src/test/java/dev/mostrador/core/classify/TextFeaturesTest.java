package dev.mostrador.core.classify;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextFeaturesTest {
    @Test
    void foldsAccentsCaseRunsAndShorthands() {
        assertThat(TextFeatures.normalize("¿A Qué HORA abrís?? Holaaaa")).isEqualTo("a que hora abris hola");
        assertThat(TextFeatures.normalize("q onda, xq no abren")).isEqualTo("que onda porque no abren");
        assertThat(TextFeatures.normalize("  ")).isEmpty();
    }

    @Test
    void countsWordsBigramsAndCharacterGrams() {
        var counts = TextFeatures.counts("sin tacc");
        assertThat(counts).containsKeys("w:sin", "w:tacc", "b:sin tacc", "c: si", "c:tacc ", "c: tacc", "c:acc ");
        assertThat(TextFeatures.counts("")).isEmpty();
    }
}
