package dev.mostrador.core.classify;

import dev.mostrador.core.text.ChatNormalizer;
import dev.mostrador.core.text.Synonyms;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The business's synonym groups as the classifier reads them: each word or phrase (normalized as
 * {@link ChatNormalizer} writes messages) to the name of its group. A message then carries one feature per group
 * it mentions, so a phrasing with "borrar" teaches the FAQ "eliminar" and "cancel" as well, which the owner's
 * three to five phrasings cannot. Phrases match as whole words, longest first. Immutable.
 */
public final class WordGroups {
    /** Longest phrase a group may hold, in words. */
    static final int MAX_WORDS = 4;

    public static final WordGroups NONE = new WordGroups(Map.of());

    /** member (normalized words joined by one space) to group name */
    private final Map<String, String> groupOf;
    /** words in the longest member: no longer phrase is looked up */
    private final int longest;

    WordGroups(Map<String, String> groupOf) {
        this.groupOf = Collections.unmodifiableMap(new TreeMap<>(groupOf));
        int most = 0;
        for (String member : this.groupOf.keySet()) most = Math.max(most, member.split(" ").length);
        this.longest = Math.min(MAX_WORDS, most);
    }

    /** Every word and phrase of {@code synonyms}; a member listed in two groups stays with the first. */
    public static WordGroups of(Synonyms synonyms) {
        Map<String, String> m = new TreeMap<>();
        synonyms.groups().forEach((group, members) -> {
            for (String member : members) {
                List<String> words = ChatNormalizer.words(member);
                if (words.isEmpty() || words.size() > MAX_WORDS) continue;
                m.putIfAbsent(String.join(" ", words), group);
            }
        });
        return new WordGroups(m);
    }

    public static WordGroups builtIn() {
        return of(Synonyms.builtInOnly());
    }

    /** The members of {@code groups} only (what a trained model needs to keep). */
    WordGroups restrictedTo(Set<String> groups) {
        Map<String, String> m = new TreeMap<>();
        groupOf.forEach((member, group) -> {
            if (groups.contains(group)) m.put(member, group);
        });
        return new WordGroups(m);
    }

    Map<String, String> members() {
        return groupOf;
    }

    /**
     * The group of the longest member starting at word {@code at}, as {group, length in words}, or null.
     */
    Match at(List<String> words, int at) {
        for (int len = Math.min(longest, words.size() - at); len >= 1; len--) {
            String key = len == 1 ? words.get(at) : String.join(" ", words.subList(at, at + len));
            String g = groupOf.get(key);
            if (g != null) return new Match(g, len);
        }
        return null;
    }

    record Match(String group, int length) {}
}
