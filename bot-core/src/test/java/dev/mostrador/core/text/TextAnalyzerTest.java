package dev.mostrador.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TextAnalyzerTest {

    private final TextAnalyzer analyzer = TextAnalyzer.builtIn();

    private List<String> stems(String text, String lang) {
        return analyzer.analyze(text, lang).stream().map(Term::stem).toList();
    }

    @Test
    void dropsFillerButKeepsQuestionWordsThatDecideTheQuestion() {
        assertThat(stems("hola buenas, donde quedan?", "es")).isEqualTo(stems("donde quedan", "es")).hasSize(2);
        assertThat(stems("y cuando abren porfa", "es")).isEqualTo(stems("cuando abren", "es")).hasSize(2);
        assertThat(stems("cuanto sale", "es")).hasSize(2);
        assertThat(stems("where are you", "en")).containsExactly("where");
    }

    @Test
    void stemsSpanishPluralsAndGenderLightly() {
        assertThat(stems("tarjetas", "es")).isEqualTo(stems("tarjeta", "es"));
        assertThat(stems("vegetarianas", "es")).isEqualTo(stems("vegetariano", "es"));
    }

    @Test
    void stemsEnglish() {
        assertThat(stems("cards", "en")).containsExactly("card");
        assertThat(stems("closing", "en")).isEqualTo(stems("close", "en"));
    }

    @Test
    void putsCustomerServiceWordsInSharedGroupsAcrossLanguages() {
        String tarjeta = analyzer.analyze("tarjeta", "es").get(0).group();
        assertThat(tarjeta).isEqualTo("pago");
        assertThat(analyzer.analyze("card", "es").get(0).group()).isEqualTo(tarjeta);
        assertThat(analyzer.analyze("datafono", "es").get(0).group()).isEqualTo(tarjeta);
        assertThat(analyzer.analyze("horario", "es").get(0).group())
                .isEqualTo(analyzer.analyze("abren", "es").get(0).group())
                .isEqualTo(analyzer.analyze("close", "en").get(0).group());
    }

    @Test
    void recognizesSynonymPhrasesBeforeDroppingStopWords() {
        List<Term> terms = analyzer.analyze("tenés algo sin carne", "es");
        assertThat(terms).extracting(Term::group).containsExactly("vegetariano");
    }

    @Test
    void ownerSynonymsFormTheirOwnGroupOrJoinABuiltInOne() {
        TextAnalyzer owned = new TextAnalyzer(Synonyms.withOwner(Map.of(
                "birria", List.of("consome", "consomé"),
                "sinpe", List.of("sinpe movil"))));
        assertThat(owned.analyze("consomé", "es").get(0).group()).isEqualTo("owner:birria");
        assertThat(owned.analyze("birria", "es").get(0).group()).isEqualTo("owner:birria");
        assertThat(owned.analyze("sinpe movil", "es").get(0).group()).isEqualTo("owner:sinpe");
        TextAnalyzer joined = new TextAnalyzer(Synonyms.withOwner(Map.of("tarjeta", List.of("plata plastica"))));
        assertThat(joined.analyze("plata plastica", "es").get(0).group()).isEqualTo("pago");
    }

    @Test
    void anyOtherLanguageIsReadAsSpanish() {
        assertThat(TextAnalyzer.supported("pt")).isEqualTo("es");
        assertThat(TextAnalyzer.supported("EN")).isEqualTo("en");
    }
}
