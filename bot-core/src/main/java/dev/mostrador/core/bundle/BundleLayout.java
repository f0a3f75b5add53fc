package dev.mostrador.core.bundle;

import dev.mostrador.core.text.Term;
import java.util.List;
import java.util.Map;

/**
 * The entries of a bundle (a zip file), format version {@value #FORMAT_VERSION}:
 * <pre>
 * manifest.json            {@link Manifest}: format version, embedding model and dimension, SHA-256 of the rest
 * business.json            the normalized {@code BusinessFolder}
 * flows.json               the flow graph (flow id to flow), also inside business.json, kept apart for tools
 * index/texts.json         the indexed texts [{kind, id, text}], in the order of every per-text array below
 * index/lexical-es.json    Spanish analysis: {lang, terms: [[{stem, group}] per text], df: {term: texts holding it}}
 * index/lexical-en.json    the same for English
 * index/embeddings.f32     one vector per text, float32 little-endian, row after row
 * index/familiarity.json   {bars: {lang: score}}: the score a message in none of the business's words must beat
 *                          ({@code Familiarity}, measured at build time); absent: such messages are never answered
 * index/second-look.json  {lang, model, dimension}: the English second look ({@code HybridRetriever#withSecondLook}),
 *                          absent when the business does not speak English or has under two labels; with it:
 * index/second-look.f32    one vector per text from that model, as index/embeddings.f32
 * classifier/faq-model.bin the per-business {@code FaqClassifier} (labels "faq:id", weights,
 *                          phrasing vectors, refusal threshold), absent when the business has under two labels;
 * classifier/second-look.bin the same trained on the second look's vectors;
 *                          other classifier/ entries come from {@link BundleSection}s. All covered by the hash
 * </pre>
 * Entries are stored uncompressed, in name order, with a fixed time, so the same input gives the same bytes on
 * every machine (the deflater's output depends on the zlib version).
 */
final class BundleLayout {
    private BundleLayout() {}

    static final int FORMAT_VERSION = 1;

    static final String MANIFEST = "manifest.json";
    static final String BUSINESS = "business.json";
    static final String FLOWS = "flows.json";
    static final String TEXTS = "index/texts.json";
    static final String EMBEDDINGS = "index/embeddings.f32";
    static final String FAMILIARITY = "index/familiarity.json";
    static final String CLASSIFIER_PREFIX = "classifier/";
    static final String CLASSIFIER = CLASSIFIER_PREFIX + "faq-model.bin";
    static final String SECOND_LOOK = "index/second-look.json";
    static final String SECOND_LOOK_EMBEDDINGS = "index/second-look.f32";
    static final String SECOND_LOOK_CLASSIFIER = CLASSIFIER_PREFIX + "second-look.bin";

    /** The stored description of the second look: which messages, which model made its vectors. */
    record SecondLookData(String lang, String model, int dimension) {}

    static String lexical(String lang) {
        return "index/lexical-" + lang + ".json";
    }

    /** The stored form of the {@code Familiarity} bars. */
    record FamiliarityData(Map<String, Double> bars) {}

    /** The stored form of one language's lexical index. */
    record LexicalData(String lang, List<List<Term>> terms, Map<String, Integer> df) {}
}
