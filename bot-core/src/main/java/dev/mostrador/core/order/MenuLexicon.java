package dev.mostrador.core.order;

import dev.mostrador.core.model.MenuItem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The menu as the parser sees it: every way of naming each item (name, aliases, name without its size)
 * as word keys, and per item the set of words that may describe it (its names plus its category).
 */
final class MenuLexicon {
    /** One way to name an item, as word keys without connectors: "Taco al pastor" → [taco, pastor]. */
    record Phrase(MenuItem item, List<String> keys, String joined) {}

    /** A candidate item for a span of the message and how many typos it took. */
    record Hit(MenuItem item, int typos) {}

    private final List<MenuItem> menu;
    private final List<Phrase> phrases = new ArrayList<>();
    private final Map<String, Set<String>> wordsById = new LinkedHashMap<>();
    private final Set<String> sugarFreeIds = new HashSet<>();
    private final Set<String> foldedWords = new HashSet<>();

    MenuLexicon(List<MenuItem> menu) {
        this.menu = List.copyOf(menu);
        for (MenuItem item : this.menu) {
            Set<String> words = new LinkedHashSet<>();
            List<String> names = new ArrayList<>();
            names.add(item.name());
            names.addAll(item.aliases());
            for (String name : names) {
                addPhrase(item, keys(name, false), words);
                addPhrase(item, keys(name, true), words);
            }
            words.addAll(keys(item.category(), true));
            for (String name : names) Token.of(name).forEach(t -> foldedWords.add(WordKey.singular(t.word())));
            wordsById.put(item.id(), words);
            String plain = " " + Folding.plain(String.join(" | ", names)) + " ";
            if (OrderWords.SUGAR_FREE.stream().anyMatch(m -> plain.contains(" " + m + " "))) {
                sugarFreeIds.add(item.id());
            }
        }
    }

    List<MenuItem> menu() {
        return menu;
    }

    private void addPhrase(MenuItem item, List<String> keys, Set<String> words) {
        if (keys.isEmpty()) return;
        words.addAll(keys);
        String joined = String.join("", keys);
        boolean known = phrases.stream().anyMatch(p -> p.item().equals(item) && p.joined().equals(joined));
        if (!known) phrases.add(new Phrase(item, List.copyOf(keys), joined));
    }

    /** Word keys of a menu text; {@code withoutSize} drops "600 ml", "1 L" so "Coca-Cola 600 ml" is also "coca cola". */
    static List<String> keys(String text, boolean withoutSize) {
        List<String> keys = new ArrayList<>();
        for (Token t : Token.of(text)) {
            if (t.kind() == Token.Kind.SYMBOL || OrderWords.CONNECTORS.contains(t.word())) continue;
            if (withoutSize && (t.isNumber() || OrderWords.UNITS.contains(t.word()))) continue;
            keys.add(t.key());
        }
        return keys;
    }

    /** Items some name of which is exactly these words (allowing typos, word order and joined words). */
    List<Hit> fullMatches(List<String> said) {
        Map<String, Hit> best = new LinkedHashMap<>();
        for (Phrase p : phrases) {
            int typos = fullMatch(said, p);
            if (typos < 0) continue;
            Hit old = best.get(p.item().id());
            if (old == null || typos < old.typos()) best.put(p.item().id(), new Hit(p.item(), typos));
        }
        return fewestTypos(best.values());
    }

    private static int fullMatch(List<String> said, Phrase p) {
        if (said.size() == p.keys().size()) {
            int total = 0;
            boolean[] taken = new boolean[said.size()];
            for (String word : said) {
                int found = -1;
                for (int k = 0; k < p.keys().size() && found < 0; k++) {
                    if (!taken[k] && WordKey.match(word, p.keys().get(k)) >= 0) found = k;
                }
                if (found < 0) return -1;
                taken[found] = true;
                total += WordKey.match(word, p.keys().get(found));
            }
            return total;
        }
        // "cocacola" for "coca cola", "coca cola" for "cocacola": compare the words run together.
        String joined = String.join("", said);
        if (joined.equals(p.joined())) return 0;
        if (joined.isEmpty() || joined.charAt(0) != p.joined().charAt(0)) return -1;
        // A typo inside run-together words, never a whole extra or missing short word.
        if (said.stream().anyMatch(w -> w.length() < 3) || p.keys().stream().anyMatch(w -> w.length() < 3)) return -1;
        int d = WordKey.distance(joined, p.joined());
        return d <= 1 && p.joined().length() >= 6 ? d : -1;
    }

    /** Items that every one of these words describes ("tacos" → every taco; "coca sin azucar" → the zero one). */
    List<Hit> partialMatches(List<String> said) {
        List<Hit> hits = new ArrayList<>();
        for (MenuItem item : menu) {
            int typos = describes(said, wordsById.get(item.id()));
            if (typos >= 0) hits.add(new Hit(item, typos));
        }
        return fewestTypos(hits);
    }

    static int describes(List<String> said, Set<String> words) {
        int total = 0;
        for (String w : said) {
            int bestTypos = -1;
            for (String menuWord : words) {
                int typos = WordKey.match(w, menuWord);
                if (typos >= 0 && (bestTypos < 0 || typos < bestTypos)) bestTypos = typos;
            }
            if (bestTypos < 0) return -1;
            total += bestTypos;
        }
        return total;
    }

    Set<String> words(MenuItem item) {
        return wordsById.getOrDefault(item.id(), Set.of());
    }

    boolean sugarFree(MenuItem item) {
        return sugarFreeIds.contains(item.id());
    }

    /** Is this exact word key part of some item's names? */
    boolean hasWord(String key) {
        return phrases.stream().anyMatch(p -> p.keys().contains(key));
    }

    /** Did the owner write this very word (folded, plural or not) in some item's name or aliases? */
    boolean wrote(String foldedWord) {
        return foldedWords.contains(WordKey.singular(foldedWord));
    }

    /** Does this word appear among the menu's words at all (exactly or with a typo)? */
    boolean knows(String key) {
        return wordsById.values().stream().anyMatch(ws -> ws.stream().anyMatch(w -> WordKey.match(key, w) >= 0));
    }

    /**
     * The closest available items to something not on the menu: items sharing a word (or a category word)
     * with it first, then by character similarity of the whole mention to the item's names.
     */
    List<MenuItem> suggestions(List<String> said, int limit) {
        String joined = String.join("", said);
        Set<String> preferredCategories = new HashSet<>();
        for (MenuItem item : menu) {
            for (String w : said) {
                if (words(item).stream().anyMatch(mw -> WordKey.match(w, mw) >= 0)) preferredCategories.add(item.category());
            }
        }
        Comparator<MenuItem> order = Comparator
                .comparing((MenuItem i) -> !preferredCategories.contains(i.category()))
                .thenComparing(i -> -similarity(joined, said, i))
                .thenComparing(i -> !i.bestSeller());
        return menu.stream().filter(MenuItem::available).sorted(order).limit(limit).toList();
    }

    private double similarity(String joined, List<String> said, MenuItem item) {
        double best = 0;
        for (Phrase p : phrases) {
            if (!p.item().equals(item)) continue;
            best = Math.max(best, WordKey.similarity(joined, p.joined()));
            for (String w : said) {
                for (String k : p.keys()) best = Math.max(best, 0.9 * WordKey.similarity(w, k));
            }
        }
        return best;
    }

    /** Available items like a sold-out one: same category sharing most tags, then anything sharing tags. */
    List<MenuItem> alternatives(MenuItem soldOut, int limit) {
        Comparator<MenuItem> order = Comparator
                .comparing((MenuItem i) -> !i.category().equals(soldOut.category()))
                .thenComparing(i -> -sharedTags(i, soldOut))
                .thenComparing(i -> !i.bestSeller());
        return menu.stream()
                .filter(i -> i.available() && !i.id().equals(soldOut.id()))
                .filter(i -> i.category().equals(soldOut.category()) || sharedTags(i, soldOut) > 0)
                .sorted(order).limit(limit).toList();
    }

    private static long sharedTags(MenuItem a, MenuItem b) {
        return a.tags().stream().filter(t -> b.tags().stream().anyMatch(t::equalsIgnoreCase)).count();
    }

    private static List<Hit> fewestTypos(java.util.Collection<Hit> hits) {
        int min = hits.stream().mapToInt(Hit::typos).min().orElse(0);
        return hits.stream().filter(h -> h.typos() == min).toList();
    }
}
