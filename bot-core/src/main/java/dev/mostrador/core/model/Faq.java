package dev.mostrador.core.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A question and its answers. {@code answers} maps a language code to the answer text: the plain
 * {@code answer} key is stored under the business's default language, {@code answer_en} under "en".
 */
public record Faq(String id, String question, List<String> also, Map<String, String> answers, List<String> tags) {
    public Faq {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(question, "question");
        also = also == null ? List.of() : List.copyOf(also);
        answers = Map.copyOf(answers);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** The question and every other phrasing, in file order. */
    public List<String> phrasings() {
        var all = new java.util.ArrayList<String>(also.size() + 1);
        all.add(question);
        all.addAll(also);
        return all;
    }

    /** The answer in {@code lang}, else in {@code defaultLang}. */
    public String answer(String lang, String defaultLang) {
        String a = answers.get(lang);
        return a != null ? a : answers.get(defaultLang);
    }
}
