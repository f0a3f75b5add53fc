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
        var counts = TextFeatures.counts("sin tacc", WordGroups.NONE);
        assertThat(counts).containsKeys("w:sin", "w:tacc", "b:sin tacc", "c: si", "c:tacc ", "c: tacc", "c:acc ");
        assertThat(counts.keySet()).noneMatch(k -> k.startsWith("g:"));
        assertThat(TextFeatures.counts("", WordGroups.builtIn())).isEmpty();
    }

    @Test
    void synonymsOfTheSameGroupShareAFeatureInBothLanguages() {
        WordGroups groups = WordGroups.builtIn();
        assertThat(TextFeatures.counts("eliminar mi pedido", groups)).containsKeys("g:cancelar", "g:pedido");
        assertThat(TextFeatures.counts("borra el pedido porfa", groups)).containsKeys("g:cancelar", "g:pedido");
        assertThat(TextFeatures.counts("please cancel my order", groups)).containsKeys("g:cancelar", "g:pedido");
        assertThat(TextFeatures.counts("muestrame la carta", groups)).containsKeys("g:mostrar", "g:menu");
    }

    @Test
    void aPhraseMemberCountsOnceForItsGroup() {
        WordGroups groups = WordGroups.builtIn();
        var counts = TextFeatures.counts("tienen algo sin carne", groups);
        assertThat(counts).containsEntry("g:vegetariano", 1);
        assertThat(TextFeatures.counts("abren el fin de semana", groups)).containsEntry("g:horario", 2);
    }

    @Test
    void theOpeningWordSaysWhatTheCustomerWantsDone() {
        WordGroups groups = WordGroups.builtIn();
        var counts = TextFeatures.counts("cancela la alarma de las 7", groups);
        assertThat(counts).containsKeys("f:canc", "f:g:cancelar");
        assertThat(TextFeatures.counts("anulame la alarma", groups)).containsKeys("f:anul", "f:g:cancelar");
        // only the opening word: "la" there is not a verb, and a group later in the message is no opening
        assertThat(TextFeatures.counts("la alarma cancelala", groups).keySet())
                .contains("f:la").doesNotContain("f:g:cancelar");
        assertThat(TextFeatures.counts("ok", groups)).containsKey("f:ok");
    }

    @Test
    void trainingSwapsOnlyTheOwnersOwnSynonyms() {
        WordGroups owner = WordGroups.of(dev.mostrador.core.text.Synonyms.withOwner(
                java.util.Map.of("delivery", java.util.List.of("envío", "reparto", "a domicilio"))));
        assertThat(owner.swaps("cuanto cobran por el delivery")).containsExactly(
                "cuanto cobran por el a domicilio", "cuanto cobran por el envio", "cuanto cobran por el reparto");
        // a phrase member is swapped whole, and every owner word of the message gets its swaps
        assertThat(owner.swaps("llevan a domicilio o hacen reparto")).contains(
                "llevan delivery o hacen reparto", "llevan a domicilio o hacen envio").hasSize(6);
        // the owner's words join the built-in group "envio" for the features, yet only the owner's list is swapped:
        // the built-in groups gather a topic ("llevan", "mandan", "entrega"), not words that mean the same
        assertThat(TextFeatures.counts("cuanto cuesta el reparto", owner)).containsKey("g:envio");
        assertThat(owner.swaps("nos mandan la entrega")).isEmpty();
        assertThat(WordGroups.builtIn().swaps("cuanto cobran por el delivery")).isEmpty();
        assertThat(WordGroups.NONE.swaps("cuanto cobran por el delivery")).isEmpty();
        assertThat(owner.swaps("")).isEmpty();
    }
}
