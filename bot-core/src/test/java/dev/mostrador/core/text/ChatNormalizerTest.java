package dev.mostrador.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChatNormalizerTest {

    @Test
    void foldsAccentsAndCaseAndDropsPunctuationAndEmoji() {
        assertThat(ChatNormalizer.words("¿¡Dónde ESTÁN!? 😀🌮 ...")).containsExactly("donde", "estan");
    }

    @Test
    void expandsChatShorthand() {
        assertThat(ChatNormalizer.normalize("a q hora abren xq tengo hambre")).isEqualTo("a que hora abren porque tengo hambre");
        assertThat(ChatNormalizer.normalize("pq no me contestan, k onda")).isEqualTo("porque no me contestan que onda");
    }

    @Test
    void shrinksStretchedLettersButKeepsDoubleOnes() {
        assertThat(ChatNormalizer.normalize("holaaa siiii llevan carro")).isEqualTo("hola si llevan carro");
    }

    @Test
    void spellsQuickQAsQu() {
        assertThat(ChatNormalizer.normalize("donde qedan, qiero 2")).isEqualTo("donde quedan quiero 2");
    }

    @Test
    void keepsNumbersAndPrices() {
        assertThat(ChatNormalizer.words("quiero 2 tacos de 4.50.")).containsExactly("quiero", "2", "tacos", "de", "4.50");
    }

    @Test
    void emptyAndBlankGiveNoWords() {
        assertThat(ChatNormalizer.words("")).isEmpty();
        assertThat(ChatNormalizer.words(null)).isEmpty();
        assertThat(ChatNormalizer.words("  ?? 🙏 ")).isEmpty();
    }
}
