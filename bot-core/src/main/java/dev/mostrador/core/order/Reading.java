package dev.mostrador.core.order;

import dev.mostrador.core.model.MenuItem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** One pass of {@link OrderParser} over one message: which tokens are items, quantities, or unknown items. */
final class Reading {
    private static final int LONGEST_NAME = 6;

    /** A run of tokens read as (one of) some menu items, or as an item not on the menu. */
    static final class Mention {
        private int start;
        private int end;
        private List<MenuItem> options;
        private Quantity quantity;
        private boolean unknown;
        private int typos;

        Mention(int start, int end, List<MenuItem> options) {
            this.start = start;
            this.end = end;
            this.options = options;
        }

        int start() { return start; }
        int end() { return end; }
        List<MenuItem> options() { return options; }
        boolean unknown() { return unknown; }
        int quantity() { return quantity == null ? 1 : quantity.value(); }
    }

    /** A quantity expression: tokens [start, end] worth {@code value} ("media docena" = 6). */
    record Quantity(int start, int end, int value) {}

    private final String text;
    private final MenuLexicon lexicon;
    private final List<Token> tokens;
    private final boolean[] used;
    private final List<Mention> mentions = new ArrayList<>();
    private final List<Quantity> quantities = new ArrayList<>();
    private final List<Quantity> claimed = new ArrayList<>();
    private final List<Span> summaries = new ArrayList<>();

    Reading(String text, MenuLexicon lexicon) {
        this.text = text;
        this.lexicon = lexicon;
        this.tokens = Token.of(text);
        this.used = new boolean[tokens.size()];
    }

    List<Mention> mentions() {
        return mentions.stream().sorted(Comparator.comparingInt(Mention::start)).toList();
    }

    String text(int startToken, int endToken) {
        return text.substring(tokens.get(startToken).start(), tokens.get(endToken).end());
    }

    List<String> keys(int from, int to) {
        List<String> keys = new ArrayList<>();
        for (int k = from; k <= to; k++) {
            Token t = tokens.get(k);
            if (t.kind() != Token.Kind.SYMBOL && !OrderWords.CONNECTORS.contains(t.word())) keys.add(t.key());
        }
        return keys;
    }

    List<Span> consumedSpans() {
        List<Span> spans = new ArrayList<>(summaries);
        for (Mention m : mentions()) spans.add(spanOf(m));
        spans.sort(java.util.Comparator.comparingInt(Span::start));
        return spans;
    }

    private Span spanOf(Mention m) {
        int from = m.start, to = m.end;
        if (m.quantity != null) {
            from = Math.min(from, m.quantity.start());
            to = Math.max(to, m.quantity.end());
        }
        return new Span(tokens.get(from).start(), tokens.get(to).end());
    }

    // ---- 1. items ---------------------------------------------------------------------------------

    void findItems() {
        int i = 0;
        while (i < tokens.size()) {
            Mention m = itemAt(i);
            if (m == null) {
                i++;
                continue;
            }
            narrowByModifiers(m);
            narrowBySugarWordBefore(m);
            mark(m.start, m.end);
            if (!joinedAsUnknown(m)) mentions.add(m);
            i = m.end + 1;
        }
    }

    /**
     * "agua de coco": an item, "de", then one word that only resembles a menu word ("coco" ~ "coca") is one
     * thing not on the menu, not two items.
     */
    private boolean joinedAsUnknown(Mention m) {
        if (m.typos == 0 || m.end != m.start || m.start < 2 || !tokens.get(m.start - 1).word().matches("de|of")) {
            return false;
        }
        Mention before = mentions.stream().filter(p -> p.end == m.start - 2 && !p.unknown).findFirst().orElse(null);
        if (before == null) return false;
        before.end = m.end;
        before.unknown = true;
        mark(before.start, before.end);
        return true;
    }

    /** The longest run of words starting at {@code i} that names menu items; exact names beat descriptions. */
    private Mention itemAt(int i) {
        if (!tokens.get(i).isWord() || isConnector(i)) return null;
        int last = Math.min(tokens.size() - 1, i + LONGEST_NAME - 1);
        for (int j = last; j >= i; j--) {
            if (!spanOk(i, j)) continue;
            List<String> said = keys(i, j);
            boolean ordinary = hasOrdinaryWord(i, j);
            if (!ordinary || said.size() >= 2) {
                List<MenuLexicon.Hit> full = lexicon.fullMatches(said);
                if (!full.isEmpty() && !leadingQuantity(i, j)) return mention(i, j, full);
            }
            if (!ordinary && hasHeadWord(i, j)) {
                List<MenuLexicon.Hit> partial = lexicon.partialMatches(said);
                if (!partial.isEmpty()) return mention(i, j, partial);
            }
        }
        return null;
    }

    private static Mention mention(int i, int j, List<MenuLexicon.Hit> hits) {
        Mention m = new Mention(i, j, items(hits));
        m.typos = hits.get(0).typos();
        return m;
    }

    /** "zero cokes" is no Coke Zero: a number word before a name that stands alone is its quantity. */
    private boolean leadingQuantity(int i, int j) {
        return j > i && OrderWords.NUMBERS.containsKey(tokens.get(i).word())
                && !lexicon.fullMatches(keys(i + 1, j)).isEmpty();
    }

    /** "sin", "light", "ml" describe a variant or size; alone they name nothing ("tacos sin cebolla", "2ml"). */
    private boolean hasHeadWord(int i, int j) {
        for (int k = i; k <= j; k++) {
            Token t = tokens.get(k);
            if (isConnector(k) || !t.isWord()) continue;
            if (!OrderWords.VARIANT_WORDS.contains(t.word()) && !OrderWords.UNITS.contains(t.word())
                    && !OrderWords.QUANTITY_GLUE.contains(t.word())) {
                return true;
            }
        }
        return false;
    }

    private boolean spanOk(int i, int j) {
        if (!tokens.get(j).isWord() || isConnector(j)) return false;
        // Names start and end with a real word: "pastor y" is not a typo of "pastor".
        // ("tres leches", "coke zero" do end on ordinary words that are the owner's own words for the item.)
        if (j > i && (ordinaryOutsideMenu(i) || ordinaryOutsideMenu(j))) return false;
        for (int k = i; k <= j; k++) {
            if (used[k] || tokens.get(k).kind() == Token.Kind.SYMBOL) return false;
        }
        return true;
    }

    /** Filler, quantity and separator words may sit inside a full item name ("tres leches") but never make one up. */
    private boolean hasOrdinaryWord(int i, int j) {
        for (int k = i; k <= j; k++) {
            Token t = tokens.get(k);
            if (isConnector(k)) continue;
            if (!t.isWord()) return true;
            // A filler word the owner used in a name ("Agua de limón", "Salsa roja") names that item.
            if (isOrdinary(t) && !(OrderWords.STOP.contains(t.word()) && lexicon.wrote(t.word()))) return true;
        }
        return false;
    }

    private boolean ordinaryOutsideMenu(int k) {
        Token t = tokens.get(k);
        if (!hasOrdinaryWord(k, k)) return false;
        // "y" in "Taco de nopal y queso" still separates items at the edge of a span.
        return OrderWords.SEPARATORS.contains(t.word()) || !lexicon.wrote(t.word());
    }

    private static boolean isOrdinary(Token t) {
        String w = t.word();
        return OrderWords.STOP.contains(w) || OrderWords.NUMBERS.containsKey(w) || OrderWords.SEPARATORS.contains(w)
                || OrderWords.DOZEN.contains(w) || OrderWords.HALF.contains(w) || OrderWords.PAIR.contains(w);
    }

    private boolean isConnector(int k) {
        return OrderWords.CONNECTORS.contains(tokens.get(k).word());
    }

    private static List<MenuItem> items(List<MenuLexicon.Hit> hits) {
        return hits.stream().map(MenuLexicon.Hit::item).toList();
    }

    /**
     * Words right after an item that choose among its variants or give its size:
     * "coca light" / "coca normal", "coca 600 ml", "quesadilla de pollo". A name that could be several items
     * followed by "de" and a word the menu does not know ("tacos de pescado") is an item not on the menu.
     */
    private void narrowByModifiers(Mention m) {
        int k = m.end + 1;
        while (k < tokens.size()) {
            int next = skip(k, OrderWords.CONNECTORS::contains);
            if (next >= tokens.size() || used[next]) return;
            Token t = tokens.get(next);
            if (t.isNumber()) {
                if (!absorbSize(m, next)) return;
                k = m.end + 1;
                continue;
            }
            if (!t.isWord() || OrderWords.SEPARATORS.contains(t.word())) return;
            Narrowing n = m.options.size() < 2 ? null : narrow(m.options, next);
            if (n == null) {
                // "tacos de pescado", "agua de coco": a name, "de", and a word the menu does not know is an item
                // that is not on the menu. A capitalized word is a person ("2 de pastor de Juan").
                if (tokens.get(next - 1).word().matches("de|of") && looksLikeItemWord(t, true)
                        && !lexicon.knows(t.key()) && !Character.isUpperCase(t.raw().charAt(0))) {
                    m.end = next;
                    m.unknown = true;
                }
                return;
            }
            m.options = n.options();
            m.end = n.last();
            mark(m.start, m.end);
            k = m.end + 1;
        }
    }

    /** Which of {@code options} the words at {@code next} pick, and the last token they take. */
    private record Narrowing(List<MenuItem> options, int last) {}

    private Narrowing narrow(List<MenuItem> options, int next) {
        Token t = tokens.get(next);
        if (!t.isWord()) return null;
        String one = WordKey.singular(t.word());
        String two = free(next + 1) ? t.word() + " " + WordKey.singular(tokens.get(next + 1).word()) : "";
        List<MenuItem> narrowed;
        int last = next;
        if (OrderWords.SUGAR_FREE.contains(two) || OrderWords.REGULAR.contains(two)) {
            narrowed = bySugar(options, OrderWords.SUGAR_FREE.contains(two));
            last = next + 1;
        } else if (OrderWords.SUGAR_FREE.contains(one) || OrderWords.REGULAR.contains(one)
                || OrderWords.REGULAR.contains(t.word())) {
            narrowed = bySugar(options, OrderWords.SUGAR_FREE.contains(one));
        } else if (!OrderWords.STOP.contains(t.word()) && !OrderWords.SEPARATORS.contains(t.word())) {
            narrowed = options.stream()
                    .filter(o -> MenuLexicon.describes(List.of(t.key()), lexicon.words(o)) >= 0).toList();
        } else {
            return null;
        }
        if (narrowed.isEmpty() || narrowed.size() == options.size()) return null;
        return new Narrowing(narrowed, last);
    }

    /**
     * "diet coke", "light coca": a sugar-free word before the name picks the sugar-free item of the same
     * name, even when the name alone ("coke") is an alias of the regular one only.
     */
    private void narrowBySugarWordBefore(Mention m) {
        int k = m.start - 1;
        // "zero" before a name is a quantity ("zero cokes"), not the variant.
        if (!free(k) || !OrderWords.SUGAR_FREE.contains(word(k)) || OrderWords.NUMBERS.containsKey(word(k))) return;
        List<String> said = keys(m.start, m.end);
        List<MenuItem> family = lexicon.menu().stream()
                .filter(lexicon::sugarFree)
                .filter(i -> MenuLexicon.describes(said, lexicon.words(i)) >= 0)
                .toList();
        if (family.isEmpty()) return;
        m.options = family;
        m.start = k;
    }

    private List<MenuItem> bySugar(List<MenuItem> options, boolean sugarFree) {
        return options.stream().filter(o -> lexicon.sugarFree(o) == sugarFree).toList();
    }

    /** "coca 600", "coca 600 ml": a number the item's name carries, or a number with a unit, is its size. */
    private boolean absorbSize(Mention m, int k) {
        Token number = tokens.get(k);
        boolean unit = k + 1 < tokens.size() && OrderWords.UNITS.contains(tokens.get(k + 1).word());
        List<MenuItem> sized = m.options.stream().filter(o -> lexicon.words(o).contains(number.word())).toList();
        if (sized.isEmpty() && !unit) return false;
        if (!sized.isEmpty()) m.options = sized;
        m.end = unit ? k + 1 : k;
        mark(m.start, m.end);
        return true;
    }

    private int skip(int k, Predicate<String> skippable) {
        while (k < tokens.size() && !used[k] && skippable.test(tokens.get(k).word())) k++;
        return k;
    }

    private void mark(int from, int to) {
        for (int k = from; k <= to; k++) used[k] = true;
    }

    /** The quantities found so far, for short follow-up answers ("3", "mejor dos"). */
    List<Quantity> quantities() {
        return List.copyOf(quantities);
    }

    int tokenCount() {
        return tokens.size();
    }

    List<Token> tokens() {
        return tokens;
    }

    // ---- 2. quantities ----------------------------------------------------------------------------

    void findQuantities() {
        int i = 0;
        while (i < tokens.size()) {
            Quantity q = used[i] ? null : quantityAt(i);
            if (q == null) {
                i++;
            } else {
                quantities.add(q);
                i = q.end() + 1;
            }
        }
    }

    private Quantity quantityAt(int i) {
        Token t = tokens.get(i);
        String w = t.word();
        // "1/2 docena" is half a dozen, not "1" and "2 docenas".
        if (w.equals("1") && free(i + 3) && word(i + 1).equals("/") && word(i + 2).equals("2")
                && OrderWords.DOZEN.contains(word(i + 3))) {
            return new Quantity(i, i + 3, 6);
        }
        if (t.isNumber() || OrderWords.NUMBERS.containsKey(w)) {
            int value = t.isNumber() ? t.number() : OrderWords.NUMBERS.get(w);
            int after = i + 1;
            if (free(after) && OrderWords.DOZEN.contains(word(after))) return new Quantity(i, after, value * 12);
            if (free(after) && OrderWords.PAIR.contains(word(after))) {
                // "un par" is two, "dos pares" four
                return new Quantity(i, after, value == 1 ? 2 : value * 2);
            }
            return new Quantity(i, i, value);
        }
        if (OrderWords.HALF.contains(w)) {
            int k = free(i + 1) && word(i + 1).equals("a") ? i + 2 : i + 1;
            if (free(k) && OrderWords.DOZEN.contains(word(k))) return new Quantity(i, k, 6);
            return null;
        }
        if (OrderWords.DOZEN.contains(w)) return new Quantity(i, i, 12);
        if (OrderWords.PAIR.contains(w)) return new Quantity(i, i, 2);
        return null;
    }

    /**
     * "4 tacos: 2 de pastor y 2 de asada": the vague first mention is only a summary of the exact ones
     * that follow, so it is dropped when their quantities add up to it.
     */
    void dropSummaries() {
        List<Mention> ordered = mentions();
        for (int a = 0; a < ordered.size(); a++) {
            Mention vague = ordered.get(a);
            if (vague.unknown || vague.options.size() < 2) continue;
            int after = vague.quantity != null ? Math.max(vague.end, vague.quantity.end()) + 1 : vague.end + 1;
            // "2 cocas: 1 normal y 1 zero", "dos cocas una normal y una light"; never across "y" ("2 quesadillas
            // y 2 de pastor" is two orders).
            if (after >= tokens.size()) continue;
            boolean listed = Set.of(":", ",", "(", "-").contains(word(after))
                    || ordered.stream().anyMatch(p -> p != vague && spanOf(p).start() == tokens.get(after).start());
            if (!listed) continue;
            int sum = 0;
            List<Mention> parts = new ArrayList<>();
            List<MenuItem> meant = new ArrayList<>();
            for (int b = a + 1; b < ordered.size() && sum < vague.quantity(); b++) {
                Mention part = ordered.get(b);
                MenuItem item = partOf(vague, part);
                if (item == null) break;
                parts.add(part);
                meant.add(item);
                sum += part.quantity();
            }
            if (sum != vague.quantity()) continue;
            mentions.remove(vague);
            summaries.add(spanOf(vague));
            // "2 quesadillas, una de pastor y una de queso": "de pastor" is the pastor quesadilla here.
            for (int p = 0; p < parts.size(); p++) parts.get(p).options = List.of(meant.get(p));
        }
    }

    /** The item a later mention means as a part of a vague one, or null when it is not one of its items. */
    private MenuItem partOf(Mention vague, Mention part) {
        if (part.unknown) return null;
        if (part.options.size() == 1 && vague.options.contains(part.options.get(0))) return part.options.get(0);
        Narrowing n = narrow(vague.options, part.start);
        return n != null && n.options().size() == 1 && n.last() == part.end ? n.options().get(0) : null;
    }

    private boolean free(int k) {
        return k >= 0 && k < tokens.size() && !used[k];
    }

    private String word(int k) {
        return tokens.get(k).word();
    }

    // ---- 3. quantities to items -------------------------------------------------------------------

    /** First every quantity written before its item ("3 de pastor"), then after it ("pastor x 3"). */
    void attachQuantities() {
        List<Mention> ordered = mentions();
        for (Mention m : ordered) {
            Quantity q = quantityEndingAt(before(m.start));
            if (q != null) claim(m, q);
        }
        for (Mention m : ordered) {
            if (m.quantity != null) continue;
            int k = m.end + 1;
            while (free(k) && Set.of("x", "=", ":").contains(word(k))) k++;
            Quantity q = quantityStartingAt(k);
            if (q != null) claim(m, q);
        }
    }

    /** The token before {@code start} once "de", "x", "orden de" and the like are skipped. */
    private int before(int start) {
        int k = start - 1;
        int skipped = 0;
        while (free(k) && skipped < 3 && OrderWords.QUANTITY_GLUE.contains(word(k))) {
            k--;
            skipped++;
        }
        return k;
    }

    private Quantity quantityEndingAt(int k) {
        return quantities.stream().filter(q -> q.end() == k && !claimed.contains(q)).findFirst().orElse(null);
    }

    private Quantity quantityStartingAt(int k) {
        return quantities.stream().filter(q -> q.start() == k && !claimed.contains(q)).findFirst().orElse(null);
    }

    private void claim(Mention m, Quantity q) {
        m.quantity = q;
        claimed.add(q);
        mark(q.start(), q.end());
    }

    // ---- 4. items not on the menu -----------------------------------------------------------------

    /**
     * Words that sit where an item should be but name nothing on the menu: after an unused quantity
     * ("2 pizzas"), right after an order verb ("quiero pizza"), or listed with other items ("tacos y pizza").
     * Ordinary words (names, payment, "para llevar") are never reported.
     */
    void findUnknownItems() {
        for (Quantity q : quantities) {
            if (claimed.contains(q) || !free(q.start()) || isArticle(q)) continue;
            int k = q.end() + 1;
            while (free(k) && OrderWords.QUANTITY_GLUE.contains(word(k))) k++;
            Mention m = unknownAt(k, false);
            if (m != null) {
                m.quantity = q;
                mark(q.start(), q.end());
            }
        }
        for (int k = 0; k < tokens.size(); k++) {
            if (!free(k)) continue;
            String w = word(k);
            if (OrderWords.ORDER_VERBS.contains(w) && !w.equals("have")) {
                int after = k + 1;
                while (free(after) && OrderWords.ARTICLES.contains(word(after))) after++;
                unknownAt(after, true);
            } else if ((OrderWords.SEPARATORS.contains(w) || w.equals(",")) && k > 0 && used[k - 1]
                    && afterItem(k)) {
                unknownAt(k + 1, true);
            }
        }
    }

    /**
     * "2 cocas: 1 normal y 1 zero", "una de pastor y otra de queso" after "quesadillas": a quantity followed
     * only by a variant word refers back to the last name that fitted several items.
     */
    void resolveEllipses() {
        for (Quantity q : quantities) {
            if (claimed.contains(q) || !free(q.start())) continue;
            int k = q.end() + 1;
            while (free(k) && OrderWords.QUANTITY_GLUE.contains(word(k))) k++;
            if (!free(k)) continue;
            Mention previous = mentions().stream()
                    .filter(m -> !m.unknown && m.end < q.start() && m.options.size() > 1)
                    .reduce((a, b) -> b).orElse(null);
            if (previous == null) continue;
            Narrowing n = narrow(previous.options, k);
            if (n == null) continue;
            Mention m = new Mention(k, n.last(), n.options());
            mentions.add(m);
            mark(k, n.last());
            claim(m, q);
        }
    }

    /** "para una fiesta", "con un amigo": after a preposition "un/una" is an article, not a quantity. */
    private boolean isArticle(Quantity q) {
        Token first = tokens.get(q.start());
        return first.isWord() && q.start() > 0
                && OrderWords.PREPOSITIONS.contains(tokens.get(q.start() - 1).word());
    }

    private boolean afterItem(int k) {
        return mentions.stream().anyMatch(m -> !m.unknown && m.end <= k - 1);
    }

    private Mention unknownAt(int k, boolean strict) {
        if (!free(k) || !looksLikeItemWord(tokens.get(k), strict)) return null;
        int end = k;
        // "pizza hawaiana", "pizzas de peperoni": up to three words, connectors only between words.
        for (int j = k + 1; j < tokens.size() && j <= k + 3 && free(j); j++) {
            Token t = tokens.get(j);
            if (OrderWords.CONNECTORS.contains(t.word())) continue;
            if (!looksLikeItemWord(t, true)) break;
            end = j;
        }
        Mention m = new Mention(k, end, List.of());
        m.unknown = true;
        mentions.add(m);
        mark(k, end);
        return m;
    }

    private static boolean looksLikeItemWord(Token t, boolean strict) {
        if (!t.isWord() || t.word().length() < 3) return false;
        if (isOrdinary(t) || OrderWords.CONNECTORS.contains(t.word()) || OrderWords.ORDER_VERBS.contains(t.word())) {
            return false;
        }
        if (OrderWords.UNITS.contains(t.word()) || OrderWords.VARIANT_WORDS.contains(t.word())) return false;
        // After a bare verb an infinitive is another request ("quiero pagar", "quiero saber"), not a product.
        return !(strict && t.word().matches(".*(ar|er|ir)(me|te|le|lo|la|nos|les|los|las|melo|mela|selo|sela)?"));
    }
}
