package dev.mostrador.core.classify;

import dev.mostrador.core.text.ChatNormalizer;
import dev.mostrador.core.text.Synonyms;
import java.util.ArrayList;
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
    /** group name to its members, in sorted order */
    private final Map<String, List<String>> membersOf;
    /** words in the longest member: no longer phrase is looked up */
    private final int longest;
    /** the owner's own groups, whose members training may swap for each other (none in a trained model) */
    private final WordGroups swappable;

    WordGroups(Map<String, String> groupOf) {
        this(groupOf, null);
    }

    private WordGroups(Map<String, String> groupOf, WordGroups swappable) {
        this.swappable = swappable;
        this.groupOf = Collections.unmodifiableMap(new TreeMap<>(groupOf));
        int most = 0;
        Map<String, List<String>> members = new TreeMap<>();
        for (var e : this.groupOf.entrySet()) {
            most = Math.max(most, e.getKey().split(" ").length);
            members.computeIfAbsent(e.getValue(), g -> new ArrayList<>()).add(e.getKey());
        }
        this.membersOf = members;
        this.longest = Math.min(MAX_WORDS, most);
    }

    /**
     * Every word and phrase of {@code synonyms}; a member listed in two groups stays with the first. Training may
     * swap the members of each of the owner's own groups ({@link Synonyms#ownerGroups()}) for each other.
     */
    public static WordGroups of(Synonyms synonyms) {
        return new WordGroups(memberToGroup(synonyms.groups()), new WordGroups(memberToGroup(synonyms.ownerGroups())));
    }

    private static Map<String, String> memberToGroup(Map<String, List<String>> groups) {
        Map<String, String> m = new TreeMap<>();
        groups.forEach((group, members) -> {
            for (String member : members) {
                List<String> words = ChatNormalizer.words(member);
                if (words.isEmpty() || words.size() > MAX_WORDS) continue;
                m.putIfAbsent(String.join(" ", words), group);
            }
        });
        return m;
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

    /**
     * The phrasing with one of its words from an owner's group swapped for another member of that group, every
     * such swap in order: with the owner's [delivery, domicilio, envio, reparto], "cuanto cobran por el delivery"
     * also as "... por el domicilio", "... por el envio", "... por el reparto". Training on them teaches the FAQ
     * the group's words no phrasing uses, so a customer's "cuanto cuesta el envio" is not left to the FAQ that
     * happens to share "cuanto cuesta". Only the owner's groups: the built-in ones gather a topic ("hora",
     * "domingo", "cierran"), and swapping inside them makes phrasings that mean something else.
     */
    List<String> swaps(String normalized) {
        if (swappable == null) return List.of();
        List<String> words = TextFeatures.words(normalized);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < words.size(); ) {
            Match g = swappable.at(words, i);
            if (g == null) {
                i++;
                continue;
            }
            String own = String.join(" ", words.subList(i, i + g.length()));
            String before = String.join(" ", words.subList(0, i));
            String after = String.join(" ", words.subList(i + g.length(), words.size()));
            for (String other : swappable.membersOf.get(g.group())) {
                if (other.equals(own)) continue;
                out.add((before + " " + other + " " + after).trim());
            }
            i += g.length();
        }
        return out;
    }

    record Match(String group, int length) {}
}
