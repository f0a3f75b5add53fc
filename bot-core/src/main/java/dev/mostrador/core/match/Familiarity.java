package dev.mostrador.core.match;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How sure the engine must be before it answers a message written in none of the business's words.
 *
 * <p>A message that shares no word with any of the business's texts (typos corrected, synonyms grouped) is
 * usually about something else ("necesito un plomero", "who won the world cup"), yet a classifier trained on a
 * few phrasings per FAQ may still pick some FAQ with confidence. Sometimes it is in scope all the same, in words
 * the owner never wrote ("who programmed you" for "who made you"). Whether the classifier's confidence means
 * anything there depends on the business: with fifteen FAQs every message looks like one of them; with a hundred
 * and fifty distinct ones a confident answer is rare for a stray question.
 *
 * <p>So the build measures it: it asks the business a built-in list of questions no shop answers
 * ({@code off-topic-<lang>.txt}), keeps those that share no word with the business (the same situation), and the
 * highest score any of them gets is the <em>bar</em> for that language. At run time a message in none of the
 * business's words is answered only when it beats the bar; its score is rescaled so that the bar maps to 0.5, the
 * usual {@code min_score} boundary. A language with too few such probes, or a bundle without the measurement,
 * has bar 1: such messages are never answered. Messages with enough known words are unaffected. Immutable.
 */
public final class Familiarity {
    /** Fewer probes in none of the business's words than this is too little evidence: the bar stays at 1. */
    static final int MIN_PROBES = 5;
    /** No bar below the usual boundary: the gate can only make answering harder. */
    static final double FLOOR = 0.5;

    /** Never answer a message in none of the business's words (no measurement). */
    public static final Familiarity STRICT = new Familiarity(Map.of());

    private final Map<String, Double> bars;

    /** {@code bars}: per language, the score to beat (in [0.5, 1]). */
    public Familiarity(Map<String, Double> bars) {
        Map<String, Double> copy = new TreeMap<>();
        for (Map.Entry<String, Double> e : bars.entrySet()) {
            double b = e.getValue() == null || e.getValue().isNaN() ? 1 : e.getValue();
            copy.put(e.getKey(), Math.max(FLOOR, Math.min(1, b)));
        }
        this.bars = Map.copyOf(copy);
    }

    /** Per language, the bar (languages without one have 1). */
    public Map<String, Double> bars() {
        return new TreeMap<>(bars);
    }

    public double bar(String lang) {
        return bars.getOrDefault(lang, 1.0);
    }

    /**
     * The score of a message whose share of known words is {@code known} (1: familiar enough, 0: none known)
     * and whose fused score is {@code score}: unchanged when familiar; otherwise rescaled so that the effective bar
     * (the language's bar when nothing is known, sliding to 0.5 as words become known) maps to 0.5. Monotone in
     * {@code score}, so the ranking of things never changes.
     */
    public double gate(double score, double known, String lang) {
        double k = Math.max(0, Math.min(1, known));
        double b = FLOOR + (bar(lang) - FLOOR) * (1 - k);
        if (b <= FLOOR) return score;
        // a message must beat the bar: one that merely equals it (a probe itself) stays below the boundary
        if (score <= b || b >= 1) return Math.min(Math.nextDown(FLOOR), FLOOR * score / b);
        return FLOOR + FLOOR * (score - b) / (1 - b);
    }

    /**
     * Measures the bars of {@code retriever} (with every signal it will answer with) on the built-in probes of
     * each of {@code languages}.
     */
    public static Familiarity measure(HybridRetriever retriever, List<String> languages) {
        Map<String, Double> bars = new TreeMap<>();
        for (String lang : languages) {
            List<String> probes = probes(lang);
            if (probes.isEmpty()) continue;
            bars.put(lang, measure(retriever, lang, probes));
        }
        return new Familiarity(bars);
    }

    /** The bar for {@code lang} from {@code probes}: the best ungated score of those in none of the business's words. */
    static double measure(HybridRetriever retriever, String lang, List<String> probes) {
        double bar = FLOOR;
        int used = 0;
        for (String probe : probes) {
            HybridRetriever.Raw raw = retriever.raw(probe, lang);
            if (raw.known() > 0) continue;
            used++;
            bar = Math.max(bar, raw.score());
        }
        return used < MIN_PROBES ? 1 : bar;
    }

    /** The built-in off-topic questions for {@code lang} (none for a language without a list). */
    public static List<String> probes(String lang) {
        InputStream in = Familiarity.class.getResourceAsStream("off-topic-" + lang + ".txt");
        if (in == null) return List.of();
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) out.add(t);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(out);
    }
}
