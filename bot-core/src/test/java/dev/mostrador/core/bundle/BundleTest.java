package dev.mostrador.core.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mostrador.core.match.Candidate;
import dev.mostrador.core.match.TacoTruck;
import dev.mostrador.core.model.BusinessFolder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleTest {

    static BusinessFolder folder;
    static byte[] bytes;

    @BeforeAll
    static void compileOnce() throws IOException {
        folder = TacoTruck.folder();
        bytes = write(folder);
    }

    static byte[] write(BusinessFolder f) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new BundleCompiler().write(f, out);
        return out.toByteArray();
    }

    @Test
    void sameInputGivesIdenticalBytes() throws IOException {
        // a fresh but equal folder: Set.copyOf/Map.copyOf iteration order may differ, the bytes may not
        assertThat(write(TacoTruck.folder())).isEqualTo(bytes);
    }

    @Test
    void roundTripGivesTheSameBusiness() throws Exception {
        Bundle bundle = Bundle.read(new ByteArrayInputStream(bytes));
        assertThat(bundle.business()).isEqualTo(folder);
        assertThat(bundle.business().business().hours()).isEqualTo(folder.business().hours());
        assertThat(bundle.business().menu().get(0).price()).isEqualByComparingTo("25");
        assertThat(bundle.business().business().delivery().minimumOrder()).isEqualTo(folder.business().delivery().minimumOrder());
    }

    @Test
    void manifestNamesFormatModelAndHash() throws Exception {
        Manifest m = Bundle.read(new ByteArrayInputStream(bytes)).manifest();
        assertThat(m.formatVersion()).isEqualTo(1);
        assertThat(m.embeddingModel()).isEqualTo("all-MiniLM-L6-v2-q");
        assertThat(m.embeddingDimension()).isEqualTo(384);
        assertThat(m.contentHash()).matches("sha256:[0-9a-f]{64}");
    }

    @Test
    void storesSortedEntriesWithAFixedTime() throws IOException {
        List<String> names = new java.util.ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                names.add(e.getName());
                assertThat(e.getTimeLocal()).isEqualTo(java.time.LocalDateTime.of(2000, 1, 1, 0, 0));
            }
        }
        assertThat(names).isSorted().contains("manifest.json", "business.json", "flows.json", "index/texts.json",
                "index/lexical-es.json", "index/lexical-en.json", "index/embeddings.f32");
    }

    @Test
    void aReadBundleAnswersWithoutReembeddingTheCorpus(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("business.bundle");
        Files.write(file, bytes);
        Bundle bundle = Bundle.read(file);
        Candidate best = bundle.retriever().search("a q hora abren", "es", 4).get(0);
        assertThat(best.id()).isEqualTo("horarios");
        assertThat(best.score()).isGreaterThanOrEqualTo(0.5);
        // same scores as the compiler's in-memory retriever
        Candidate fresh = new BundleCompiler().compile(folder).retriever().search("a q hora abren", "es", 4).get(0);
        assertThat(best).isEqualTo(fresh);
    }

    @Test
    void refusesAnotherFormatVersion() throws IOException {
        byte[] other = withManifest(m -> m.replace("\"formatVersion\":1", "\"formatVersion\":2"));
        assertThatThrownBy(() -> Bundle.read(new ByteArrayInputStream(other)))
                .isInstanceOf(BundleFormatException.class)
                .hasMessage("bundle format 2 but this runtime reads format 1: rebuild the bundle with the same version of Mostrador");
    }

    @Test
    void refusesAnotherEmbeddingModelOrDimension() throws IOException {
        byte[] model = withManifest(m -> m.replace("all-MiniLM-L6-v2-q", "all-MiniLM-L6-v2"));
        assertThatThrownBy(() -> Bundle.read(new ByteArrayInputStream(model)))
                .isInstanceOf(BundleFormatException.class)
                .hasMessageContaining("\"all-MiniLM-L6-v2\"").hasMessageContaining("all-MiniLM-L6-v2-q");
        byte[] dim = withManifest(m -> m.replace("\"embeddingDimension\":384", "\"embeddingDimension\":768"));
        assertThatThrownBy(() -> Bundle.read(new ByteArrayInputStream(dim)))
                .isInstanceOf(BundleFormatException.class).hasMessageContaining("dimension 768");
    }

    @Test
    void refusesAChangedEntry() throws IOException {
        SortedMap<String, byte[]> entries = unzip(bytes);
        entries.put("business.json", new String(entries.get("business.json"), StandardCharsets.UTF_8)
                .replace("Tacos El Güero", "Tacos El Otro").getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BundleCompiler.zip(entries, out);
        assertThatThrownBy(() -> Bundle.read(new ByteArrayInputStream(out.toByteArray())))
                .isInstanceOf(BundleFormatException.class).hasMessageContaining("damaged").hasMessageContaining("hash");
    }

    @Test
    void refusesADamagedOrForeignFile(@TempDir Path dir) throws IOException {
        byte[] cut = Arrays.copyOf(bytes, bytes.length / 2);
        assertThatThrownBy(() -> Bundle.read(new ByteArrayInputStream(cut))).isInstanceOf(BundleFormatException.class);
        byte[] flipped = bytes.clone();
        flipped[bytes.length / 3] ^= 0x5A;
        assertThatThrownBy(() -> Bundle.read(new ByteArrayInputStream(flipped))).isInstanceOf(BundleFormatException.class);
        byte[] text = "hola, no soy un bundle".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Bundle.read(new ByteArrayInputStream(text)))
                .isInstanceOf(BundleFormatException.class).hasMessageContaining("not a Mostrador bundle");
        assertThatThrownBy(() -> Bundle.read(dir.resolve("missing.bundle")))
                .isInstanceOf(BundleFormatException.class).hasMessageContaining("no bundle at");
    }

    @Test
    void aBusinessWithOnlyFaqsCompiles() throws Exception {
        BusinessFolder minimal = new BusinessFolder(folder.business(), folder.faqs().subList(0, 2), null, null,
                folder.tone(), null, null, null, null, null);
        Bundle bundle = new BundleCompiler().compile(minimal);
        assertThat(bundle.business()).isEqualTo(minimal);
        assertThat(bundle.retriever().search("donde estan", "es", 4).get(0).id()).isEqualTo("ubicacion");
    }

    @Test
    void storesClassifierSectionsUnderTheReservedSlotCoveredByTheHash() throws Exception {
        BundleSection labels = new BundleSection() {
            @Override public String name() { return "classifier/labels.txt"; }
            @Override public byte[] bytes(BusinessFolder f) {
                return String.join("\n", f.faqs().stream().map(dev.mostrador.core.model.Faq::id).toList())
                        .getBytes(StandardCharsets.UTF_8);
            }
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new BundleCompiler(dev.mostrador.core.match.Embedder.shared(), List.of(labels)).write(folder, out);
        Bundle bundle = Bundle.read(new ByteArrayInputStream(out.toByteArray()));
        assertThat(new String(bundle.resource("classifier/labels.txt").orElseThrow(), StandardCharsets.UTF_8))
                .startsWith("horarios\nubicacion");
        assertThat(bundle.manifest().contentHash()).isNotEqualTo(Bundle.read(new ByteArrayInputStream(bytes)).manifest().contentHash());
        assertThat(Bundle.read(new ByteArrayInputStream(bytes)).resource("classifier/labels.txt")).isEmpty();
        BundleSection outside = new BundleSection() {
            @Override public String name() { return "business.json"; }
            @Override public byte[] bytes(BusinessFolder f) { return new byte[0]; }
        };
        assertThatThrownBy(() -> new BundleCompiler(dev.mostrador.core.match.Embedder.shared(), List.of(outside)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("classifier/");
    }

    @Test
    void storesTheMeasuredFamiliarityBarsAndABundleWithoutThemIsStrict() throws Exception {
        Bundle bundle = Bundle.read(new ByteArrayInputStream(bytes));
        java.util.Map<String, Double> bars = bundle.hybridRetriever().familiarity().bars();
        assertThat(bars).containsKeys(folder.business().languages().toArray(String[]::new));
        assertThat(bars.values()).allSatisfy(b -> assertThat(b).isBetween(0.5, 1.0));
        assertThat(new String(bundle.resource(BundleLayout.FAMILIARITY).orElseThrow(), StandardCharsets.UTF_8))
                .contains("\"bars\"");

        SortedMap<String, byte[]> entries = unzip(bytes);
        entries.remove(BundleLayout.FAMILIARITY);
        String manifest = new String(entries.get("manifest.json"), StandardCharsets.UTF_8);
        entries.put("manifest.json", manifest.replace(bundle.manifest().contentHash(), BundleCompiler.contentHash(entries))
                .getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BundleCompiler.zip(entries, out);
        Bundle older = Bundle.read(new ByteArrayInputStream(out.toByteArray()));
        assertThat(older.hybridRetriever().familiarity().bars()).isEmpty();
        assertThat(older.retriever().search("a q hora abren", "es", 1).get(0).id()).isEqualTo("horarios");
    }

    private static byte[] withManifest(java.util.function.UnaryOperator<String> edit) throws IOException {
        SortedMap<String, byte[]> entries = unzip(bytes);
        String manifest = new String(entries.get("manifest.json"), StandardCharsets.UTF_8);
        String edited = edit.apply(manifest);
        assertThat(edited).isNotEqualTo(manifest);
        entries.put("manifest.json", edited.getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BundleCompiler.zip(entries, out);
        return out.toByteArray();
    }

    /** A bundle's entries by name (also for the other bundle tests). */
    static SortedMap<String, byte[]> unzip(byte[] zipBytes) throws IOException {
        SortedMap<String, byte[]> entries = new TreeMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(zipBytes))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) entries.put(e.getName(), zip.readAllBytes());
        }
        return entries;
    }
}
