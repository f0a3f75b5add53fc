package dev.mostrador.core.bundle;

import dev.mostrador.core.classify.ClassifierTraining;
import dev.mostrador.core.classify.FaqClassifier;
import dev.mostrador.core.classify.TrainingOptions;
import dev.mostrador.core.match.Embedder;
import dev.mostrador.core.match.Familiarity;
import dev.mostrador.core.match.HybridRetriever;
import dev.mostrador.core.match.LexicalIndex;
import dev.mostrador.core.model.BusinessFolder;
import dev.mostrador.core.text.ChatNormalizer;
import dev.mostrador.core.text.TextAnalyzer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Turns a loaded business folder into a bundle. Same input, byte-identical output. */
public final class BundleCompiler {

    /** Every entry carries this time: a build's date must not change its bytes. */
    private static final LocalDateTime FIXED_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

    private final Embedder embedder;
    private final Embedder english;
    private final List<BundleSection> sections;

    public BundleCompiler() {
        this(Embedder.shared(), List.of());
    }

    /** A compiler that also stores {@code sections} (see {@link BundleSection}); the English second look's encoder is {@link Embedder#english()}. */
    public BundleCompiler(Embedder embedder, List<BundleSection> sections) {
        this(embedder, Embedder.english(), sections);
    }

    /**
     * A compiler embedding with {@code embedder}, and for the English second look with {@code english} (null: no
     * second look), that also stores {@code sections}.
     */
    public BundleCompiler(Embedder embedder, Embedder english, List<BundleSection> sections) {
        this.embedder = embedder;
        this.english = english;
        this.sections = List.copyOf(sections);
        for (BundleSection s : this.sections) {
            if (!s.name().startsWith(BundleLayout.CLASSIFIER_PREFIX) || s.name().length() == BundleLayout.CLASSIFIER_PREFIX.length()) {
                throw new IllegalArgumentException("bundle section \"" + s.name() + "\" must be named "
                        + BundleLayout.CLASSIFIER_PREFIX + "<something>");
            }
        }
    }

    public void write(BusinessFolder folder, OutputStream out) throws IOException {
        HybridRetriever retriever = HybridRetriever.build(folder, embedder);
        SortedMap<String, byte[]> entries = new TreeMap<>();
        entries.put(BundleLayout.BUSINESS, BundleJson.MAPPER.writeValueAsBytes(folder));
        entries.put(BundleLayout.FLOWS, BundleJson.MAPPER.writeValueAsBytes(folder.flows()));
        entries.put(BundleLayout.TEXTS, BundleJson.MAPPER.writeValueAsBytes(retriever.texts()));
        for (Map.Entry<String, LexicalIndex> e : retriever.lexicalIndexes().entrySet()) {
            LexicalIndex index = e.getValue();
            entries.put(BundleLayout.lexical(e.getKey()), BundleJson.MAPPER.writeValueAsBytes(
                    new BundleLayout.LexicalData(index.lang(), index.terms(), index.documentFrequencies())));
        }
        entries.put(BundleLayout.EMBEDDINGS, floats(retriever.vectors()));
        Optional<FaqClassifier> classifier = ClassifierTraining.train(retriever, TrainingOptions.defaults());
        if (classifier.isPresent()) entries.put(BundleLayout.CLASSIFIER, classifierBytes(classifier.get()));
        HybridRetriever answering = classifier.map(c -> Bundle.withClassifier(retriever, c)).orElse(retriever);
        List<String> languages = folder.business().languages().stream().map(TextAnalyzer::supported).distinct().toList();
        // the English second look: the same texts embedded by the stronger English encoder, its own classifier
        if (english != null && classifier.isPresent() && languages.contains(Bundle.SECOND_LOOK_LANG)) {
            float[][] vectors = english.embedAll(retriever.texts().stream()
                    .map(t -> ChatNormalizer.normalize(t.text())).toList()).toArray(new float[0][]);
            HybridRetriever second = HybridRetriever.of(retriever.texts(), retriever.analyzer(),
                    retriever.lexicalIndexes(), vectors, english);
            Optional<FaqClassifier> secondClassifier = ClassifierTraining.train(second, TrainingOptions.defaults());
            if (secondClassifier.isPresent()) {
                entries.put(BundleLayout.SECOND_LOOK, BundleJson.MAPPER.writeValueAsBytes(new BundleLayout.SecondLookData(
                        Bundle.SECOND_LOOK_LANG, english.model(), vectors.length == 0 ? Embedder.DIMENSION : vectors[0].length)));
                entries.put(BundleLayout.SECOND_LOOK_EMBEDDINGS, floats(vectors));
                entries.put(BundleLayout.SECOND_LOOK_CLASSIFIER, classifierBytes(secondClassifier.get()));
                answering = Bundle.withSecondLook(answering, Bundle.withClassifier(second, secondClassifier.get()));
            }
        }
        // the bar for messages in none of the business's words, measured with every signal the bot answers with
        entries.put(BundleLayout.FAMILIARITY, BundleJson.MAPPER.writeValueAsBytes(
                new BundleLayout.FamiliarityData(Familiarity.measure(answering, languages).bars())));
        for (BundleSection section : sections) entries.put(section.name(), section.bytes(folder));
        Manifest manifest = new Manifest(BundleLayout.FORMAT_VERSION, Embedder.MODEL_NAME, Embedder.DIMENSION,
                contentHash(entries));
        entries.put(BundleLayout.MANIFEST, BundleJson.MAPPER.writeValueAsBytes(manifest));
        zip(entries, out);
    }

    /** Compile in memory (development mode and tests): the same bytes as {@link #write}, read back. */
    public Bundle compile(BusinessFolder folder) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            write(folder, bytes);
            return Bundle.read(new ByteArrayInputStream(bytes.toByteArray()), embedder, english);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (BundleFormatException e) {
            // we just wrote it with this very version: reading it back cannot disagree
            throw new IllegalStateException("a freshly compiled bundle did not read back: " + e.getMessage(), e);
        }
    }

    /** SHA-256 over every entry but the manifest, in name order: name, length, bytes. */
    static String contentHash(SortedMap<String, byte[]> entries) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                if (e.getKey().equals(BundleLayout.MANIFEST)) continue;
                sha.update(e.getKey().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(ByteBuffer.allocate(8).putLong(e.getValue().length).array());
                sha.update(e.getValue());
            }
            return "sha256:" + HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    static byte[] classifierBytes(FaqClassifier classifier) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(buffer)) {
            classifier.writeTo(out);
        }
        return buffer.toByteArray();
    }

    static byte[] floats(float[][] vectors) {
        int dim = vectors.length == 0 ? 0 : vectors[0].length;
        ByteBuffer buf = ByteBuffer.allocate(vectors.length * dim * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (float[] v : vectors) for (float x : v) buf.putFloat(x);
        return buf.array();
    }

    static void zip(SortedMap<String, byte[]> entries, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            byte[] data = e.getValue();
            ZipEntry entry = new ZipEntry(e.getKey());
            entry.setMethod(ZipEntry.STORED);
            entry.setTimeLocal(FIXED_TIME);
            entry.setSize(data.length);
            entry.setCompressedSize(data.length);
            CRC32 crc = new CRC32();
            crc.update(data);
            entry.setCrc(crc.getValue());
            zip.putNextEntry(entry);
            zip.write(data);
            zip.closeEntry();
        }
        zip.finish();
        zip.flush();
    }
}
