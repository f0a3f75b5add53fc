package dev.mostrador.core.engine;

import dev.mostrador.core.model.MenuItem;
import dev.mostrador.core.text.Synonyms;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The menu as customers name it: items by name, alias or id words; categories; tags. Matching is on
 * normalized, roughly singularized words so "tacos al pastor", "taco al pastor" and "pastor" meet.
 */
public final class MenuCatalog {
    private final List<MenuItem> items;
    /** stemmed phrase -> first item with that name or alias; {@code shared} keeps every item of a shared alias. */
    private final Map<String, MenuItem> names = new LinkedHashMap<>();
    private final Map<String, List<MenuItem>> shared = new LinkedHashMap<>();
    private final Map<String, String> categories = new LinkedHashMap<>();
    private final Map<String, String> tags = new LinkedHashMap<>();
    private final Map<String, String> tagPhrases = new LinkedHashMap<>();

    public MenuCatalog(List<MenuItem> items, Map<String, List<String>> synonyms) {
        this.items = List.copyOf(items);
        for (MenuItem item : items) {
            names.putIfAbsent(singular(item.name()), item);
            for (String alias : item.aliases()) {
                names.putIfAbsent(singular(alias), item);
                List<MenuItem> all = shared.computeIfAbsent(singular(alias), k -> new ArrayList<>());
                if (!all.contains(item)) all.add(item);
            }
            names.putIfAbsent(singular(item.id().replace('-', ' ').replace('_', ' ')), item);
            if (!item.category().isBlank()) categories.putIfAbsent(singular(item.category()), item.category());
            for (String tag : item.tags()) tags.putIfAbsent(singular(tag), tag);
        }
        // Customers shorten long names: "quesadilla de flor" is "Quesadilla de flor de calabaza", "agua purificada" is
        // "Agua purificada 500 ml". A name's first words count as the item when no other item's name starts so.
        Map<String, List<MenuItem>> shortForms = new LinkedHashMap<>();
        for (MenuItem item : items) {
            for (String form : shortForms(singular(item.name()))) {
                List<MenuItem> all = shortForms.computeIfAbsent(form, k -> new ArrayList<>());
                if (!all.contains(item)) all.add(item);
            }
        }
        shortForms.forEach((form, all) -> {
            if (all.size() == 1) names.putIfAbsent(form, all.get(0));
        });
        // Owner synonyms (synonyms.yaml) let "veggie" find the tag "vegetariano" or "gaseosa" the category "Bebidas".
        synonyms.forEach((word, equivalents) -> {
            for (String eq : equivalents) {
                String w = singular(word), e = singular(eq);
                if (tags.containsKey(w)) tags.putIfAbsent(e, tags.get(w));
                if (tags.containsKey(e)) tags.putIfAbsent(w, tags.get(e));
                if (categories.containsKey(w)) categories.putIfAbsent(e, categories.get(w));
                if (categories.containsKey(e)) categories.putIfAbsent(w, categories.get(e));
                if (names.containsKey(w)) names.putIfAbsent(e, names.get(w));
                if (names.containsKey(e)) names.putIfAbsent(w, names.get(e));
            }
        });
        // Built-in customer words for a category the owner has ("refresco", "soda", "drinks" for "Bebidas").
        Synonyms.builtInOnly().groups().values().forEach(group -> group.stream()
                .map(MenuCatalog::singular)
                .filter(categories::containsKey)
                .findFirst()
                .map(categories::get)
                .ifPresent(category -> group.forEach(member -> categories.putIfAbsent(singular(member), category))));
        // Built-in customer phrases of several words ("sin carne", "gluten free") that stand for one of the owner's tags.
        Synonyms.builtInOnly().groups().values().forEach(group -> group.stream()
                .map(MenuCatalog::singular)
                .filter(tags::containsKey)
                .findFirst()
                .map(tags::get)
                .ifPresent(tag -> group.stream().filter(member -> member.contains(" "))
                        .forEach(member -> tagPhrases.putIfAbsent(singular(member), tag))));
        // Built-in words of a tag's group that begin as the tag does, five letters or more: "vegan" for "vegano"
        // (not "vegetariano", in the same group). Not every member: "spicy" for "picante" would answer "is it spicy?"
        // with the spicy dishes where the owner's salsas FAQ answers it.
        Synonyms.builtInOnly().groups().values().forEach(group -> {
            for (String member : group) {
                String word = singular(member);
                if (member.contains(" ") || word.length() < 5 || tags.containsKey(word)) continue;
                for (String tag : group) {
                    String t = singular(tag);
                    if (tags.containsKey(t) && t.startsWith(word.substring(0, 5)) && t.length() - word.length() <= 2) {
                        tags.put(word, tags.get(t));
                        break;
                    }
                }
            }
        });
    }

    public List<MenuItem> items() {
        return items;
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    public Optional<MenuItem> byId(String id) {
        return items.stream().filter(i -> i.id().equals(id)).findFirst();
    }

    /** The item the text names, preferring the longest matching name ("taco al pastor" over "taco"). */
    public Optional<MenuItem> findItem(String text) {
        return longest(singular(text), names);
    }

    /** The items the text's longest name matches: several when an alias is shared ("coca" for two Cokes). */
    public List<MenuItem> findNamed(String text) {
        String s = singular(text);
        for (var e : sortedByLength(names)) {
            if (Message.containsPhrase(s, e.getKey())) {
                List<MenuItem> all = shared.get(e.getKey());
                return all != null && all.size() > 1 ? List.copyOf(all) : List.of(e.getValue());
            }
        }
        return List.of();
    }

    /** How an item is named in a message: the name's words as typed (folded) and the word right after them. */
    public record Mention(MenuItem item, String said, String next) {}

    /**
     * Where the text names an item by its longest name or alias ({@link #findItem}'s choice), with the word that
     * follows ({@code null} at the end): "tienen cerveza artesanal?" names the Toña as "cerveza", then "artesanal".
     */
    public Optional<Mention> mention(String text) {
        String[] said = Message.normalize(text).split(" ");
        String[] w = singular(text).split(" ");
        if (said.length != w.length) return Optional.empty();
        for (var e : sortedByLength(names)) {
            String[] name = e.getKey().split(" ");
            for (int at = 0; at + name.length <= w.length; at++) {
                if (!java.util.Arrays.equals(w, at, at + name.length, name, 0, name.length)) continue;
                String next = at + name.length < w.length ? said[at + name.length] : null;
                return Optional.of(new Mention(e.getValue(),
                        String.join(" ", java.util.Arrays.asList(said).subList(at, at + name.length)), next));
            }
        }
        return Optional.empty();
    }

    /** Every distinct item named in the text, in order of first mention. */
    public List<MenuItem> findItems(String text) {
        Map<Integer, MenuItem> byPosition = new java.util.TreeMap<>();
        blankNames(text, (item, at) -> byPosition.putIfAbsent(at, item));
        return new ArrayList<>(new LinkedHashSet<>(byPosition.values()));
    }

    /**
     * The singularized text, space-padded, with every menu name in it blanked out word by word ("#"), longest names
     * first so "taco al pastor" does not also count as "taco"; {@code found} hears each name's item and position.
     * Blanking keeps the length and the words in place.
     */
    private String blankNames(String text, java.util.function.ObjIntConsumer<MenuItem> found) {
        String s = " " + singular(text) + " ";
        for (var e : sortedByLength(names)) {
            String phrase = " " + e.getKey() + " ";
            int at;
            while ((at = s.indexOf(phrase)) >= 0) {
                found.accept(e.getValue(), at);
                s = s.substring(0, at) + phrase.replaceAll("[^ ]", "#") + s.substring(at + phrase.length());
            }
        }
        return s;
    }

    /**
     * The normalized text with the menu names it holds taken out ("is the horchata sweet" -> "is the sweet"), to
     * see what the rest of a message asks.
     */
    public String withoutNames(String text) {
        String[] words = Message.normalize(text).split(" ");
        String[] marked = blankNames(text, (item, at) -> { }).trim().split(" ");
        if (marked.length != words.length) return Message.normalize(text);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            if (marked[i].startsWith("#")) continue;
            if (out.length() > 0) out.append(' ');
            out.append(words[i]);
        }
        return out.toString();
    }

    /**
     * The one item of {@code category} whose name or id shares a word with the text beyond the glue: after the
     * quesadillas were listed, "¿y la de pastor?" is the Quesadilla de pastor, not the Taco al pastor the alias
     * "pastor" names.
     */
    public Optional<MenuItem> inCategoryByWord(String category, String text) {
        Set<String> words = new java.util.HashSet<>(java.util.Arrays.asList(singular(text).split(" ")));
        words.removeAll(NAME_GLUE);
        MenuItem found = null;
        for (MenuItem item : inCategory(category)) {
            List<String> name = new ArrayList<>(java.util.Arrays.asList(
                    (singular(item.name()) + " " + singular(item.id().replace('-', ' ').replace('_', ' '))).split(" ")));
            name.removeAll(NAME_GLUE);
            name.removeAll(java.util.Arrays.asList(singular(category).split(" ")));
            if (name.stream().noneMatch(words::contains)) continue;
            if (found != null) return Optional.empty();
            found = item;
        }
        return Optional.ofNullable(found);
    }

    /**
     * What the customer asks about in the menu's names and descriptions ({@code phrase} as {@link #ingredientForm}
     * compares, {@code words} as the customer wrote it, folded), and the items whose name or description holds it.
     */
    public record Ingredient(String phrase, String words, List<MenuItem> items) {}

    /**
     * Words that never make an ingredient on their own: questions, the verbs of asking for something, and chat.
     * (An item's description is prose: "hecha en casa", "para mojar", "solo en diciembre".)
     */
    private static final Set<String> NOT_INGREDIENT = Set.of("tienen", "tiene", "tenes", "tienes", "hay", "venden",
            "vende", "manejan", "lleva", "llevan", "trae", "traen", "algo", "alguna", "algun", "que", "cual", "cuales",
            "solo", "casa", "hecho", "hecha", "para", "mojar", "porcion", "poco", "bien", "siempre", "estilo",
            "have", "has", "sell", "with", "any", "something", "what", "which");

    /** Words before an ingredient that leave it out. */
    private static final Set<String> AVOID = Set.of("sin", "no", "ni", "without", "nada", "except");

    /**
     * The longest run of one to three words of the text that some item's name or description holds, and those items:
     * "salsa verde" (the carnitas and the lengua), "piña" (the pastor and its quesadilla), "queso". A run never starts or ends on
     * glue, a single word has at least four letters and none of {@link #NOT_INGREDIENT}, no {@link #AVOID} word
     * comes one or two words before it; a run that is itself an
     * item's name or alias, a category or a tag is not an ingredient (those have their own answers).
     */
    public Optional<Ingredient> ingredient(String text) {
        // "pina" is how many customers type "piña": the comparison folds ñ on both sides
        String[] w = ingredientForm(text).split(" ");
        String[] said = Message.normalize(text).split(" ");
        if (said.length != w.length) said = w;
        for (int len = Math.min(3, w.length); len >= 1; len--) {
            for (int at = 0; at + len <= w.length; at++) {
                String first = w[at], last = w[at + len - 1];
                if (NAME_GLUE.contains(first) || NAME_GLUE.contains(last) || NOT_INGREDIENT.contains(first)
                        || NOT_INGREDIENT.contains(last)) continue;
                if (len == 1 && first.length() < 4) continue;
                // "sin carne", "que no lleve cebolla": what they want left out is no ingredient to look for
                if (at > 0 && (AVOID.contains(w[at - 1]) || at > 1 && AVOID.contains(w[at - 2]))) continue;
                String phrase = String.join(" ", java.util.Arrays.asList(w).subList(at, at + len));
                String asSaid = String.join(" ", java.util.Arrays.asList(said).subList(at, at + len));
                String key = singular(asSaid);
                if (names.containsKey(key) || categories.containsKey(key) || tags.containsKey(key)) continue;
                List<MenuItem> with = items.stream()
                        .filter(i -> holds(ingredientForm(i.name() + " " + i.description()), phrase))
                        .toList();
                if (!with.isEmpty()) return Optional.of(new Ingredient(phrase, asSaid, with));
            }
        }
        return Optional.empty();
    }

    /** Words that make the next one a degree, not a thing: "poco dulce", "bien fría". */
    private static final Set<String> DEGREE = Set.of("poco", "muy", "bien", "ma", "mas", "meno", "menos", "super", "tan",
            "nada", "very", "not", "less", "more");

    /** The phrase occurs in the text, once at least not after a {@link #DEGREE} word ("Flor de jamaica, poco dulce"). */
    private static boolean holds(String text, String phrase) {
        String padded = " " + text + " ";
        String needle = " " + phrase + " ";
        for (int at = padded.indexOf(needle); at >= 0; at = padded.indexOf(needle, at + 1)) {
            int start = padded.lastIndexOf(' ', at - 1);
            String before = start < 0 ? "" : padded.substring(start + 1, at);
            if (!DEGREE.contains(before)) return true;
        }
        return false;
    }

    /**
     * The item's name, aliases or description holds the phrase (singularized and ñ-folded, as
     * {@link Ingredient#phrase()}): what it says it is or holds.
     */
    public boolean says(MenuItem item, String phrase) {
        return Message.containsPhrase(ingredientForm(item.name() + " " + String.join(" ", item.aliases()) + " "
                + item.description()), phrase);
    }

    /** Text as {@link #ingredient} compares it: singularized, ñ folded to n. */
    static String ingredientForm(String text) {
        return singular(text).replace('ñ', 'n');
    }

    /** A category named in the text; "de tomar" / "to drink" finds the drinks category by its usual names. */
    public Optional<String> findCategory(String text) {
        Optional<String> named = longest(singular(text), categories);
        if (named.isPresent()) return named;
        String s = " " + Message.normalize(text) + " ";
        if (s.contains(" tomar ") || s.contains(" beber ") || s.contains(" drink") || s.contains(" tomo ")) {
            for (var c : categories.entrySet()) {
                if (c.getKey().startsWith("bebida") || c.getKey().startsWith("drink")) return Optional.of(c.getValue());
            }
        }
        return Optional.empty();
    }

    /**
     * The tag a phrase of several words names ("sin carne" for "vegetariano"): such a phrase is more specific than a
     * single word of it that resembles an item ("carne" in "carnitas").
     */
    public Optional<String> findTagByPhrase(String text) {
        return longest(singular(text), tagPhrases);
    }

    public Optional<String> findTag(String text) {
        String s = singular(text);
        Optional<String> exact = longest(s, tags);
        if (exact.isPresent()) return exact;
        // "vegetarian" / "vegetariana" / "vegetarianos" meet the tag "vegetariano" by a shared stem.
        for (String w : s.split(" ")) {
            if (w.length() < 6) continue;
            for (var t : tags.entrySet()) {
                String tag = t.getKey();
                if (tag.length() >= 6 && w.regionMatches(0, tag, 0, 6) && Math.abs(w.length() - tag.length()) <= 2) {
                    return Optional.of(t.getValue());
                }
            }
        }
        return Optional.empty();
    }

    public List<MenuItem> inCategory(String category) {
        return items.stream().filter(i -> i.category().equals(category)).toList();
    }

    public List<MenuItem> withTag(String tag) {
        return items.stream().filter(i -> i.tags().contains(tag)).toList();
    }

    public List<MenuItem> bestSellers() {
        return items.stream().filter(MenuItem::bestSeller).toList();
    }

    /** Items grouped by category, in file order. */
    public Map<String, List<MenuItem>> byCategory() {
        Map<String, List<MenuItem>> out = new LinkedHashMap<>();
        for (MenuItem i : items) out.computeIfAbsent(i.category().isBlank() ? "Menú" : i.category(), k -> new ArrayList<>()).add(i);
        return out;
    }

    /** Words that join a name's parts ("de", "con", "al") or measure it ("600 ml"): a short form never ends on one. */
    private static final Set<String> NAME_GLUE = Set.of("de", "del", "con", "al", "a", "la", "el", "lo", "y", "e",
            "sin", "en", "o", "of", "with", "and", "the", "ml", "l", "lt", "oz", "g", "gr", "kg", "cm");

    /** A singularized name's leading words that end on a content word and hold at least two, the whole name excluded. */
    static List<String> shortForms(String name) {
        String[] w = name.split(" ");
        List<String> out = new ArrayList<>();
        int content = 0;
        for (int k = 0; k < w.length - 1; k++) {
            boolean glue = NAME_GLUE.contains(w[k]) || w[k].chars().anyMatch(Character::isDigit);
            if (glue) continue;
            content++;
            if (content >= 2) out.add(String.join(" ", java.util.Arrays.asList(w).subList(0, k + 1)));
        }
        return out;
    }

    /** Lowercase, accent-free, stemmed words: "Tacos al Pastor" -> "taco al pastor". */
    static String singular(String text) {
        StringBuilder out = new StringBuilder();
        for (String w : Message.normalize(text).split(" ")) {
            if (w.isEmpty()) continue;
            if (out.length() > 0) out.append(' ');
            out.append(singularWord(w));
        }
        return out.toString();
    }

    /**
     * The tag a feminine word names when read as masculine ("bebida vegana" for "vegano"), for when {@link #findTag}
     * found none. Only where a category narrows the list: "opciones veganas" alone is better answered by the dishes
     * that say so than by every vegan-tagged drink and sauce.
     */
    public Optional<String> findFeminineTag(String text) {
        return longest(masculine(singular(text)), tags);
    }

    /** Words of five letters or more ending in "a" as if they ended in "o" ("vegana" → "vegano"). */
    private static String masculine(String singular) {
        StringBuilder out = new StringBuilder();
        for (String w : singular.split(" ")) {
            if (out.length() > 0) out.append(' ');
            out.append(w.length() >= 5 && w.endsWith("a") ? w.substring(0, w.length() - 1) + "o" : w);
        }
        return out.toString();
    }

    /** A crude stem, applied alike to names and messages: "postres"/"postre" -> "postr", "panes"/"pan" -> "pan". */
    private static String singularWord(String w) {
        if (w.length() > 3 && w.endsWith("s")) w = w.substring(0, w.length() - 1);
        if (w.length() > 3 && w.endsWith("e")) w = w.substring(0, w.length() - 1);
        return w;
    }

    private static <T> Optional<T> longest(String text, Map<String, T> phrases) {
        for (var e : sortedByLength(phrases)) if (Message.containsPhrase(text, e.getKey())) return Optional.of(e.getValue());
        return Optional.empty();
    }

    private static <T> List<Map.Entry<String, T>> sortedByLength(Map<String, T> phrases) {
        List<Map.Entry<String, T>> sorted = new ArrayList<>(phrases.entrySet());
        sorted.sort((a, b) -> Integer.compare(b.getKey().length(), a.getKey().length()));
        return sorted;
    }
}
