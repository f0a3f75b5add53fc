package dev.mostrador.core.match;

import java.util.List;

/**
 * Finds what a message is about among the business's FAQs, menu items and document chunks.
 * Scores are calibrated to [0,1] so one {@code min_score} works across businesses; best first.
 */
public interface Retriever {
    List<Candidate> search(String text, String lang, int topK);

    /**
     * The message's meaningful words (stems, typos corrected) that none of the business's texts uses, in order:
     * "recomiendame un dentista" has "dentista". Empty when the retriever cannot tell.
     */
    default List<String> unknownWords(String text, String lang) {
        return List.of();
    }

    /**
     * How well the message's words (not its meaning) match the best of one thing's texts, 0-1; -1 when the
     * retriever cannot tell or does not know the thing. For the engine's second look at a confident pick.
     */
    default double wordMatch(String text, String lang, String kind, String id) {
        return -1;
    }

    /**
     * Loads whatever the first search would load (the sentence encoders take seconds), so the runtime can pay it
     * before it says it is ready. Nothing by default.
     */
    default void warmUp() {}
}
