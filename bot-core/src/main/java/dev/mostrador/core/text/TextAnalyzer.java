package dev.mostrador.core.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.es.SpanishLightStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * Spanish and English analysis for matching: {@link ChatNormalizer} words (Lucene standard tokenizer, lowercase,
 * ASCII folding, chat shorthand), then synonym phrases, stop words, light stemming (Lucene's
 * SpanishLightStemmer; Snowball English, i.e. Porter2) and synonym groups. A word in a synonym group is never
 * dropped as a stop word: "donde" and "cuando" decide what a customer asks. Immutable and thread-safe.
 */
public final class TextAnalyzer {

    public static final List<String> LANGUAGES = List.of("es", "en");

    private static final SpanishLightStemmer SPANISH = new SpanishLightStemmer(); // stateless

    private final Synonyms synonyms;
    private final Map<String, Map<String, String>> groupByStem = new HashMap<>();
    private final Map<String, Map<String, List<Phrase>>> phrasesByFirst = new HashMap<>();

    private record Phrase(List<String> stems, String group) {}

    public TextAnalyzer(Synonyms synonyms) {
        this.synonyms = synonyms;
        for (String lang : LANGUAGES) {
            Map<String, String> single = new HashMap<>();
            Map<String, List<Phrase>> phrases = new HashMap<>();
            synonyms.groups().forEach((group, words) -> {
                for (String w : words) {
                    List<String> stems = ChatNormalizer.words(w).stream().map(x -> stem(x, lang)).toList();
                    if (stems.isEmpty()) continue;
                    if (stems.size() == 1) single.putIfAbsent(stems.get(0), group);
                    else phrases.computeIfAbsent(stems.get(0), k -> new ArrayList<>()).add(new Phrase(stems, group));
                }
            });
            // longest phrase first, so "how much" wins over "how"
            phrases.values().forEach(l -> l.sort(Comparator.comparingInt((Phrase p) -> -p.stems().size())));
            groupByStem.put(lang, Map.copyOf(single));
            phrasesByFirst.put(lang, Map.copyOf(phrases));
        }
    }

    public static TextAnalyzer builtIn() {
        return new TextAnalyzer(Synonyms.builtInOnly());
    }

    public Synonyms synonyms() {
        return synonyms;
    }

    /** "es" or "en": the analysis used for {@code lang}; anything else is read as Spanish, our first language. */
    public static String supported(String lang) {
        return "en".equalsIgnoreCase(lang) ? "en" : "es";
    }

    /** The text's terms in order (duplicates kept). */
    public List<Term> analyze(String text, String lang) {
        String l = supported(lang);
        List<String> words = ChatNormalizer.words(text);
        List<String> stems = new ArrayList<>(words.size());
        for (String w : words) stems.add(stem(w, l));
        Map<String, List<Phrase>> phrases = phrasesByFirst.get(l);
        Map<String, String> groups = groupByStem.get(l);
        List<Term> out = new ArrayList<>();
        int i = 0;
        while (i < stems.size()) {
            Phrase p = phraseAt(phrases.get(stems.get(i)), stems, i);
            if (p != null) {
                out.add(new Term(String.join("_", p.stems()), p.group()));
                i += p.stems().size();
                continue;
            }
            String word = words.get(i);
            String s = stems.get(i);
            String group = groups.get(s);
            i++;
            if (group == null && (StopWords.isStop(word, l) || (word.length() < 2 && !Character.isDigit(word.charAt(0))))) {
                continue;
            }
            out.add(new Term(s, group));
        }
        return out;
    }

    /** The synonym group of an analyzed stem, or null. */
    public String groupOf(String stem, String lang) {
        return groupByStem.get(supported(lang)).get(stem);
    }

    /** Every single-word synonym stem known in {@code lang}: vocabulary for typo correction. */
    public Set<String> synonymStems(String lang) {
        return Collections.unmodifiableSet(new TreeSet<>(groupByStem.get(supported(lang)).keySet()));
    }

    private static Phrase phraseAt(List<Phrase> candidates, List<String> stems, int i) {
        if (candidates == null) return null;
        for (Phrase p : candidates) {
            if (i + p.stems().size() > stems.size()) continue;
            if (stems.subList(i, i + p.stems().size()).equals(p.stems())) return p;
        }
        return null;
    }

    /** Light stem of one normalized word; numbers stay as they are. */
    public static String stem(String word, String lang) {
        if (word.isEmpty() || Character.isDigit(word.charAt(0))) return word;
        if ("en".equals(lang)) {
            EnglishStemmer s = new EnglishStemmer(); // Snowball stemmers keep state: one per call, cheap
            s.setCurrent(word);
            s.stem();
            return s.getCurrent();
        }
        char[] c = word.toCharArray();
        return new String(c, 0, SPANISH.stem(c, c.length));
    }
}
