package dev.mostrador.core.classify;

import dev.mostrador.core.match.HybridRetriever;
import dev.mostrador.core.match.IndexedText;
import dev.mostrador.core.text.ChatNormalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Trains a business's {@link FaqClassifier} at build time from what its retriever indexed: each FAQ is a label
 * whose examples are its question and {@code also} lines. Menu items and doc chunks stay with lexical and
 * embedding matching: the engine's menu catalog answers item mentions before retrieval, and a classifier label
 * per item made a passing item name ("la receta del pastor") outrank the document that answers the question.
 * The phrasings' vectors come from the retriever, so nothing is embedded twice.
 */
public final class ClassifierTraining {
    private ClassifierTraining() {}

    /** Empty when there is nothing to learn (fewer than two FAQs or items). */
    public static Optional<FaqClassifier> train(HybridRetriever retriever, TrainingOptions options) {
        List<IndexedText> texts = retriever.texts();
        float[][] vectors = retriever.vectors();
        Map<String, float[]> known = new HashMap<>();
        List<LabeledText> examples = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            IndexedText t = texts.get(i);
            if (!t.kind().equals("faq")) continue;
            String text = ChatNormalizer.normalize(t.text());
            if (text.isBlank()) continue;
            known.putIfAbsent(text, vectors[i]);
            examples.add(new LabeledText(ClassifierSignal.label(t.kind(), t.id()), text));
        }
        if (examples.stream().map(LabeledText::label).distinct().count() < 2) return Optional.empty();
        TextEmbedder lookup = text -> {
            float[] v = known.get(text);
            if (v == null) throw new IllegalStateException("phrasing was not embedded by the retriever: " + text);
            return v;
        };
        // the synonym groups the retriever reads with (built-in and the owner's synonyms.yaml)
        WordGroups groups = WordGroups.of(retriever.analyzer().synonyms());
        return Optional.of(FaqClassifier.train(examples, lookup, options, groups));
    }
}
