package dev.mostrador.core.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DocChunksTest {
    private static final String SENTENCE = "Las tortillas se hacen a mano cada mañana con maíz criollo del mercado. ";

    @Test
    void headingsStartChunksAndStayWithTheirText() {
        List<String> chunks = DocReader.chunk("# Menú\n\nTacos y quesadillas.\n\n## Bebidas\nAgua, horchata.\n");
        assertThat(chunks).containsExactly("# Menú\n\nTacos y quesadillas.", "## Bebidas\n\nAgua, horchata.");
    }

    @Test
    void paragraphsAreJoinedUpToTheLimitAndLongOnesCutAtSentences() {
        String paragraph = SENTENCE.repeat(5).trim(); // ~370 chars
        List<String> chunks = DocReader.chunk(String.join("\n\n", paragraph, paragraph, paragraph));
        assertThat(chunks).hasSize(2);
        assertThat(chunks.get(0)).isEqualTo(paragraph + "\n\n" + paragraph);
        assertThat(chunks).allSatisfy(c -> assertThat(c.length()).isLessThanOrEqualTo(DocReader.MAX));

        List<String> long1 = DocReader.chunk(SENTENCE.repeat(30));
        assertThat(long1.size()).isGreaterThan(2);
        assertThat(long1).allSatisfy(c -> assertThat(c).hasSizeLessThanOrEqualTo(DocReader.MAX).endsWith("."));
        assertThat(String.join(" ", long1)).isEqualTo(SENTENCE.repeat(30).trim());
    }

    @Test
    void sameTextSameChunks() {
        String text = "# A\n\n" + SENTENCE.repeat(20) + "\n\n# B\n\nfin";
        assertThat(DocReader.chunk(text)).isEqualTo(DocReader.chunk(text));
    }
}
