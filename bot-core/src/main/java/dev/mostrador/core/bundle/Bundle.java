package dev.mostrador.core.bundle;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import dev.mostrador.core.classify.ClassifierSignal;
import dev.mostrador.core.classify.FaqClassifier;
import dev.mostrador.core.classify.TextEmbedder;
import dev.mostrador.core.match.Embedder;
import dev.mostrador.core.match.Familiarity;
import dev.mostrador.core.match.HybridRetriever;
import dev.mostrador.core.match.IndexedText;
import dev.mostrador.core.match.LexicalIndex;
import dev.mostrador.core.match.Retriever;
import dev.mostrador.core.match.ScoreSignal;
import dev.mostrador.core.model.BusinessFolder;
import dev.mostrador.core.text.Synonyms;
import dev.mostrador.core.text.TextAnalyzer;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * A compiled business: the normalized model plus its lexical and embedding indexes and flow graph,
 * read from the versioned bundle file the compiler writes. The runtime never re-embeds the corpus.
 * See {@link BundleLayout} for the file format.
 */
public final class Bundle {

    private static final String REBUILD = "rebuild the bundle with the same version of Mostrador";

    private final Manifest manifest;
    private final BusinessFolder business;
    private final HybridRetriever retriever;
    private final SortedMap<String, byte[]> entries;

    private Bundle(Manifest manifest, BusinessFolder business, HybridRetriever retriever,
            SortedMap<String, byte[]> entries) {
        this.manifest = manifest;
        this.business = business;
        this.retriever = retriever;
        this.entries = entries;
    }

    public static Bundle read(Path file) throws IOException, BundleFormatException {
        if (!Files.isRegularFile(file)) {
            throw new BundleFormatException("no bundle at " + file + ": compile the business first");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (BundleFormatException e) {
            throw new BundleFormatException(file + ": " + e.getMessage());
        }
    }

    public static Bundle read(InputStream in) throws IOException, BundleFormatException {
        return read(in, Embedder.shared());
    }

    /** As {@link #read(InputStream)}, embedding customer messages with {@code embedder} (the bundle's model). */
    public static Bundle read(InputStream in, Embedder embedder) throws IOException, BundleFormatException {
        return read(in, embedder, Embedder.english());
    }

    /**
     * As {@link #read(InputStream, Embedder)}, embedding the English second look's messages with {@code english}
     * (its model must be the one the bundle names; null reads the bundle without the second look).
     */
    public static Bundle read(InputStream in, Embedder embedder, Embedder english)
            throws IOException, BundleFormatException {
        SortedMap<String, byte[]> entries = unzip(in);
        Manifest manifest = manifest(entries);
        String actual = BundleCompiler.contentHash(entries);
        if (!actual.equals(manifest.contentHash())) {
            throw new BundleFormatException("the bundle is damaged: its content hash is " + actual
                    + " but the manifest says " + manifest.contentHash() + "; " + REBUILD);
        }
        try {
            BusinessFolder business = BundleJson.MAPPER.readValue(required(entries, BundleLayout.BUSINESS),
                    BusinessFolder.class);
            List<IndexedText> texts = BundleJson.MAPPER.readValue(required(entries, BundleLayout.TEXTS),
                    new TypeReference<List<IndexedText>>() {});
            TextAnalyzer analyzer = new TextAnalyzer(Synonyms.withOwner(business.synonyms()));
            Map<String, LexicalIndex> lexical = new LinkedHashMap<>();
            for (String lang : TextAnalyzer.LANGUAGES) {
                BundleLayout.LexicalData data = BundleJson.MAPPER.readValue(
                        required(entries, BundleLayout.lexical(lang)), BundleLayout.LexicalData.class);
                if (data.terms().size() != texts.size()) {
                    throw new BundleFormatException("the bundle is damaged: " + texts.size() + " texts but "
                            + data.terms().size() + " analyzed in " + lang + "; " + REBUILD);
                }
                lexical.put(lang, new LexicalIndex(lang, data.terms(), data.df(), analyzer.synonymStems(lang)));
            }
            float[][] vectors = vectors(required(entries, BundleLayout.EMBEDDINGS), texts.size(),
                    manifest.embeddingDimension());
            HybridRetriever retriever = HybridRetriever.of(texts, analyzer, lexical, vectors, embedder);
            byte[] model = entries.get(BundleLayout.CLASSIFIER);
            if (model != null) retriever = withClassifier(retriever, classifier(model));
            byte[] second = entries.get(BundleLayout.SECOND_LOOK);
            if (second != null && english != null && model != null) {
                BundleLayout.SecondLookData look = BundleJson.MAPPER.readValue(second, BundleLayout.SecondLookData.class);
                if (!look.model().equals(english.model()) || !SECOND_LOOK_LANG.equals(look.lang())) {
                    throw new BundleFormatException("the bundle's English second look comes from model \""
                            + look.model() + "\" but this runtime has " + english.model() + ": " + REBUILD);
                }
                float[][] secondVectors = vectors(required(entries, BundleLayout.SECOND_LOOK_EMBEDDINGS),
                        texts.size(), look.dimension());
                HybridRetriever secondRetriever = withClassifier(
                        HybridRetriever.of(texts, analyzer, lexical, secondVectors, english),
                        classifier(required(entries, BundleLayout.SECOND_LOOK_CLASSIFIER)));
                retriever = withSecondLook(retriever, secondRetriever);
            }
            byte[] familiarity = entries.get(BundleLayout.FAMILIARITY);
            // a bundle without the measurement never answers a message in none of the business's words
            if (familiarity != null) {
                retriever = retriever.withFamiliarity(new Familiarity(BundleJson.MAPPER.readValue(familiarity,
                        BundleLayout.FamiliarityData.class).bars()));
            }
            return new Bundle(manifest, business, retriever, entries);
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new BundleFormatException("the bundle is damaged: " + e.getOriginalMessage() + "; " + REBUILD);
        }
    }

    /** The language whose unsure messages get the second look (the one the stronger encoder reads). */
    static final String SECOND_LOOK_LANG = "en";

    /** {@code retriever} with the per-business classifier as a signal (as the compiler measures and the bot answers). */
    static HybridRetriever withClassifier(HybridRetriever retriever, FaqClassifier classifier) {
        return retriever.withSignal(new ClassifierSignal(classifier, retriever.texts()), ClassifierSignal.WEIGHT,
                ClassifierSignal.BIAS_SHIFT);
    }

    /** {@code first} (with its classifier) handing its unsure English messages to {@code second}, judged by that classifier. */
    static HybridRetriever withSecondLook(HybridRetriever first, HybridRetriever second) {
        ScoreSignal judge = first.signals().stream().filter(s -> s instanceof ClassifierSignal).reduce((a, b) -> b)
                .orElseThrow(() -> new IllegalArgumentException("the second look is judged by the classifier"));
        return first.withSecondLook(second, SECOND_LOOK_LANG, judge);
    }

    public Manifest manifest() {
        return manifest;
    }

    public BusinessFolder business() {
        return business;
    }

    public Retriever retriever() {
        return retriever;
    }

    /** The retriever with its extension point ({@link HybridRetriever#withSignal}) and diagnostics. */
    public HybridRetriever hybridRetriever() {
        return retriever;
    }

    /**
     * A stored entry by name, e.g. "classifier/model.bin". The {@code classifier/} entries are the documented
     * slot for the per-business classifier's data.
     */
    public Optional<byte[]> resource(String name) {
        byte[] b = entries.get(name);
        return b == null ? Optional.empty() : Optional.of(b.clone());
    }

    private static SortedMap<String, byte[]> unzip(InputStream in) throws IOException, BundleFormatException {
        SortedMap<String, byte[]> entries = new TreeMap<>();
        try (ZipInputStream zip = new ZipInputStream(new BufferedInputStream(in))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                if (e.isDirectory()) continue;
                entries.put(e.getName(), zip.readAllBytes());
            }
        } catch (ZipException e) {
            throw new BundleFormatException("the bundle is damaged (" + e.getMessage() + "); " + REBUILD);
        } catch (java.io.EOFException e) {
            throw new BundleFormatException("the bundle is damaged (it ends too early); " + REBUILD);
        }
        if (entries.isEmpty()) {
            throw new BundleFormatException("not a Mostrador bundle (not a zip file, or an empty one); " + REBUILD);
        }
        return entries;
    }

    private static Manifest manifest(SortedMap<String, byte[]> entries) throws BundleFormatException, IOException {
        byte[] raw = entries.get(BundleLayout.MANIFEST);
        if (raw == null) throw new BundleFormatException("not a Mostrador bundle: it has no manifest.json");
        JsonNode node;
        try {
            node = BundleJson.MAPPER.readTree(raw);
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new BundleFormatException("the bundle's manifest.json is damaged; " + REBUILD);
        }
        // the version is checked before anything else: a newer format may have changed every other field
        int format = node.path("formatVersion").asInt(-1);
        if (format != BundleLayout.FORMAT_VERSION) {
            throw new BundleFormatException("bundle format " + (format < 0 ? "unknown" : format)
                    + " but this runtime reads format " + BundleLayout.FORMAT_VERSION + ": " + REBUILD);
        }
        String model = node.path("embeddingModel").asText("");
        int dimension = node.path("embeddingDimension").asInt(-1);
        if (!Embedder.MODEL_NAME.equals(model) || dimension != Embedder.DIMENSION) {
            throw new BundleFormatException("bundle embeddings come from model \"" + model + "\" (dimension "
                    + dimension + ") but this runtime embeds messages with " + Embedder.MODEL_NAME + " (dimension "
                    + Embedder.DIMENSION + "): " + REBUILD);
        }
        String hash = node.path("contentHash").asText("");
        return new Manifest(format, model, dimension, hash);
    }

    private static byte[] required(Map<String, byte[]> entries, String name) throws BundleFormatException {
        byte[] b = entries.get(name);
        if (b == null) throw new BundleFormatException("the bundle is damaged: " + name + " is missing; " + REBUILD);
        return b;
    }

    private static FaqClassifier classifier(byte[] raw) throws BundleFormatException {
        // the classifier only scores messages with vectors the retriever already computed; it never embeds
        TextEmbedder none = text -> {
            throw new IllegalStateException("the bundled classifier is fed the retriever's query vector");
        };
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(raw))) {
            return FaqClassifier.readFrom(in, none);
        } catch (IOException e) {
            throw new BundleFormatException("the bundle's classifier is damaged (" + e.getMessage() + "); " + REBUILD);
        }
    }

    private static float[][] vectors(byte[] raw, int count, int dimension) throws BundleFormatException {
        if (raw.length != (long) count * dimension * 4) {
            throw new BundleFormatException("the bundle is damaged: " + raw.length + " bytes of embeddings for "
                    + count + " texts of dimension " + dimension + "; " + REBUILD);
        }
        ByteBuffer buf = ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN);
        float[][] out = new float[count][dimension];
        for (float[] v : out) for (int i = 0; i < dimension; i++) v[i] = buf.getFloat();
        return out;
    }
}
