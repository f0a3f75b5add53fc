package dev.mostrador.core.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mostrador.core.match.Embedder;
import dev.mostrador.core.match.HybridRetriever;
import dev.mostrador.core.match.TacoTruck;
import dev.mostrador.core.model.BusinessFolder;
import dev.mostrador.core.text.ChatNormalizer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SortedMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The English second look: unsure English messages are scored again with bge-small's vectors and classifier; sure
 * ones, and every Spanish one, stay with MiniLM's. Real models, real compiler, real bundle bytes.
 */
class SecondLookTest {

    static BusinessFolder folder;
    static byte[] bytes;
    static Bundle with;
    static Bundle without;

    @BeforeAll
    static void compileOnce() throws Exception {
        folder = TacoTruck.folder();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new BundleCompiler().write(folder, out);
        bytes = out.toByteArray();
        with = Bundle.read(new ByteArrayInputStream(bytes));
        // the same bytes read without the second look: MiniLM alone, as before it existed
        without = Bundle.read(new ByteArrayInputStream(bytes), Embedder.shared(), null);
    }

    @Test
    void aBusinessThatSpeaksEnglishStoresTheSecondLook() throws IOException {
        SortedMap<String, byte[]> entries = BundleTest.unzip(bytes);
        assertThat(new String(entries.get(BundleLayout.SECOND_LOOK), StandardCharsets.UTF_8))
                .isEqualTo("{\"dimension\":384,\"lang\":\"en\",\"model\":\"bge-small-en-v1.5-q\"}");
        int texts = with.hybridRetriever().texts().size();
        assertThat(entries.get(BundleLayout.SECOND_LOOK_EMBEDDINGS)).hasSize(texts * 384 * 4);
        assertThat(entries.get(BundleLayout.SECOND_LOOK_CLASSIFIER)).isNotEmpty();
        assertThat(with.hybridRetriever().secondLook()).isPresent();
        assertThat(without.hybridRetriever().secondLook()).isEmpty();
        // its vectors are bge-small's, not MiniLM's
        HybridRetriever second = with.hybridRetriever().secondLook().orElseThrow();
        String first = second.texts().get(0).text();
        assertThat(Embedder.dot(second.vectors()[0], Embedder.english().embed(ChatNormalizer.normalize(first))))
                .isGreaterThan(0.999);
        assertThat(Embedder.dot(second.vectors()[0], with.hybridRetriever().vectors()[0])).isLessThan(0.9);
    }

    @Test
    void anUnsureEnglishMessageIsScoredWithTheEnglishEncoder() {
        String message = "is there somewhere i can sit down and eat";
        assertThat(bestClassifierSupport(without, message, "en")).isLessThan(HybridRetriever.SECOND_LOOK_BELOW);
        HybridRetriever.Scored scored = with.hybridRetriever().explain(message, "en").get(0);
        float[] bge = Embedder.english().embed(ChatNormalizer.normalize(message));
        double cos = Embedder.dot(bge, with.hybridRetriever().secondLook().orElseThrow().vectors()[0]);
        double expected = Math.max(0, Math.min(1, (cos - 0.65) / (0.93 - 0.65)));
        assertThat(scored.signals().get("embedding")).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-5));
        assertThat(with.retriever().search(message, "en", 3))
                .isNotEqualTo(without.retriever().search(message, "en", 3));
    }

    @Test
    void sureEnglishMessagesAndSpanishOnesStayWithMiniLm() {
        for (String sure : List.of("what time do you open?", "where are you located?")) {
            assertThat(bestClassifierSupport(without, sure, "en")).as(sure)
                    .isGreaterThanOrEqualTo(HybridRetriever.SECOND_LOOK_BELOW);
            assertThat(with.hybridRetriever().explain(sure, "en"))
                    .as(sure).isEqualTo(without.hybridRetriever().explain(sure, "en"));
        }
        // unsure, but Spanish: the English encoder reads Spanish worse than MiniLM
        String spanish = "tienen musica en vivo";
        assertThat(bestClassifierSupport(without, spanish, "es")).isLessThan(HybridRetriever.SECOND_LOOK_BELOW);
        assertThat(with.hybridRetriever().explain(spanish, "es")).isEqualTo(without.hybridRetriever().explain(spanish, "es"));
        assertThat(with.retriever().search(spanish, "es", 3)).isEqualTo(without.retriever().search(spanish, "es", 3));
    }

    @Test
    void theSecondLookTakesTheFamiliarityBarMeasuredThroughIt() {
        assertThat(with.hybridRetriever().secondLook().orElseThrow().familiarity().bars())
                .isEqualTo(with.hybridRetriever().familiarity().bars());
        assertThat(with.hybridRetriever().familiarity().bars()).containsKeys("es", "en");
    }

    @Test
    void aSpanishOnlyBusinessOrACompilerWithoutTheEncoderStoresNone() throws Exception {
        var b = folder.business();
        var spanishOnly = new BusinessFolder(new dev.mostrador.core.model.Business(b.name(), "es", List.of("es"),
                b.timezone(), b.currency(), b.address(), b.mapsUrl(), b.phone(), b.hours(), b.locations(),
                b.paymentMethods(), b.delivery(), b.owner()), folder.faqs(), folder.menu(), folder.flows(),
                folder.tone(), folder.bot(), folder.docs(), folder.tests(), folder.synonyms(), folder.intentExamples());
        assertThat(new BundleCompiler().compile(spanishOnly).hybridRetriever().secondLook()).isEmpty();

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new BundleCompiler(Embedder.shared(), null, List.of()).write(folder, out);
        assertThat(BundleTest.unzip(out.toByteArray())).doesNotContainKeys(BundleLayout.SECOND_LOOK,
                BundleLayout.SECOND_LOOK_EMBEDDINGS, BundleLayout.SECOND_LOOK_CLASSIFIER);
        Bundle plain = Bundle.read(new ByteArrayInputStream(out.toByteArray()));
        assertThat(plain.hybridRetriever().secondLook()).isEmpty();
        assertThat(plain.retriever().search("what time do you open?", "en", 1).get(0).id()).isEqualTo("horarios");
    }

    @Test
    void refusesASecondLookFromAnotherModel() throws IOException {
        SortedMap<String, byte[]> entries = BundleTest.unzip(bytes);
        entries.put(BundleLayout.SECOND_LOOK, new String(entries.get(BundleLayout.SECOND_LOOK), StandardCharsets.UTF_8)
                .replace("bge-small-en-v1.5-q", "bge-small-en-q").getBytes(StandardCharsets.UTF_8));
        String manifest = new String(entries.get(BundleLayout.MANIFEST), StandardCharsets.UTF_8);
        entries.put(BundleLayout.MANIFEST, manifest.replace(with.manifest().contentHash(),
                BundleCompiler.contentHash(entries)).getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BundleCompiler.zip(entries, out);
        assertThatThrownBy(() -> Bundle.read(new ByteArrayInputStream(out.toByteArray())))
                .isInstanceOf(BundleFormatException.class)
                .hasMessageContaining("\"bge-small-en-q\"").hasMessageContaining("bge-small-en-v1.5-q")
                .hasMessageContaining("rebuild the bundle");
    }

    @Test
    void aSecondLookMustIndexTheSameTextsAndBeJudgedByAFusedSignal() {
        HybridRetriever first = without.hybridRetriever();
        HybridRetriever smaller = new BundleCompiler().compile(new BusinessFolder(folder.business(),
                folder.faqs().subList(0, 2), null, null, folder.tone(), null, null, null, null, null)).hybridRetriever();
        assertThatThrownBy(() -> first.withSecondLook(smaller, "en", first.signals().get(0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("same");
        assertThatThrownBy(() -> first.withSecondLook(first, "en", smaller.signals().get(0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fused");
    }

    /** The classifier's support for its best FAQ (the judge of the second look), read off MiniLM's retriever. */
    static double bestClassifierSupport(Bundle bundle, String message, String lang) {
        return bundle.hybridRetriever().explain(message, lang).stream()
                .mapToDouble(s -> s.signals().getOrDefault("classifier", 0.0)).max().orElse(0);
    }
}
