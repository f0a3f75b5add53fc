package dev.mostrador.core.text;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Turns a chat message into the plain words a customer meant: lowercase, accents folded, emoji and punctuation
 * gone, numbers kept, chat shorthand expanded ("q" → "que", "xq" → "porque") and stretched letters shrunk
 * ("holaaa" → "hola"). Both the lexical analysis and the embedding model see this form, so a message written
 * in a hurry and a carefully written FAQ meet on the same words. Thread-safe.
 */
public final class ChatNormalizer {

    /** Whole-token shorthand. Only tokens that are unambiguous in customer chat are listed. */
    private static final Map<String, String> SHORTHAND = Map.ofEntries(
            Map.entry("q", "que"), Map.entry("k", "que"), Map.entry("qe", "que"), Map.entry("ke", "que"),
            Map.entry("xq", "porque"), Map.entry("pq", "porque"), Map.entry("porq", "porque"),
            Map.entry("xk", "porque"), Map.entry("pk", "porque"), Map.entry("x", "por"),
            Map.entry("tb", "tambien"), Map.entry("tmb", "tambien"), Map.entry("tbn", "tambien"),
            Map.entry("d", "de"), Map.entry("pa", "para"), Map.entry("ud", "usted"), Map.entry("uds", "ustedes"),
            Map.entry("porfa", "por favor"), Map.entry("xfa", "por favor"), Map.entry("pls", "please"),
            Map.entry("plz", "please"), Map.entry("thx", "thanks"), Map.entry("u", "you"), Map.entry("r", "are"),
            Map.entry("ur", "your"), Map.entry("hrs", "horas"), Map.entry("hs", "horas"), Map.entry("tel", "telefono"),
            Map.entry("cel", "celular"), Map.entry("dir", "direccion"), Map.entry("ubi", "ubicacion"), Map.entry("info", "informacion"),
            Map.entry("wsp", "whatsapp"), Map.entry("wa", "whatsapp"), Map.entry("delivey", "delivery"),
            Map.entry("dnd", "donde"), Map.entry("cdo", "cuando"), Map.entry("tmrw", "tomorrow"),
            Map.entry("tmr", "tomorrow"), Map.entry("2moro", "tomorrow"), Map.entry("2morrow", "tomorrow"),
            Map.entry("guac", "guacamole"));

    private static final Analyzer FOLDING = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream result = new LowerCaseFilter(source);
            result = new ASCIIFoldingFilter(result);
            return new TokenStreamComponents(source, result);
        }
    };

    private ChatNormalizer() {}

    /** The message's words, normalized, in order. */
    public static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isBlank()) return out;
        try (TokenStream ts = FOLDING.tokenStream("m", new StringReader(text))) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            TypeAttribute type = ts.addAttribute(TypeAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                String t = type.type();
                // Emoji and symbols are feelings, not content: the shop bot ignores them.
                if (t.equals("<EMOJI>")) continue;
                for (String part : term.toString().split("[^a-z0-9.]+")) {
                    addWord(out, part);
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen with a StringReader
        }
        return out;
    }

    /** The message as one normalized line, the form given to the embedding model. */
    public static String normalize(String text) {
        return String.join(" ", words(text));
    }

    private static void addWord(List<String> out, String raw) {
        String w = stripDots(raw);
        if (w.isEmpty()) return;
        if (!isNumber(w)) {
            w = shrinkStretched(w);
            w = spanishQ(w);
        }
        String expanded = SHORTHAND.get(w);
        if (expanded != null) {
            for (String e : expanded.split(" ")) out.add(e);
        } else {
            out.add(w);
        }
    }

    private static String stripDots(String w) {
        // keep "4.50" but not "abren." or "..."
        int s = 0, e = w.length();
        while (s < e && w.charAt(s) == '.') s++;
        while (e > s && w.charAt(e - 1) == '.') e--;
        String core = w.substring(s, e);
        return isNumber(core) ? core : core.replace(".", "");
    }

    private static boolean isNumber(String w) {
        return !w.isEmpty() && w.chars().allMatch(c -> (c >= '0' && c <= '9') || c == '.')
                && Character.isDigit(w.charAt(0));
    }

    /** Three or more of the same letter become one ("holaaa", "siii"); doubled letters stay ("carro", "llevan"). */
    public static String shrinkStretched(String w) {
        StringBuilder b = new StringBuilder(w.length());
        int i = 0;
        while (i < w.length()) {
            char c = w.charAt(i);
            int j = i;
            while (j < w.length() && w.charAt(j) == c) j++;
            int run = j - i;
            b.append(c);
            if (run == 2) b.append(c);
            i = j;
        }
        return b.toString();
    }

    /** Spanish spells "q" only before "u": "qiero", "qedan" are "quiero", "quedan" typed fast. */
    static String spanishQ(String w) {
        if (w.length() < 3 || w.indexOf('q') < 0) return w;
        StringBuilder b = new StringBuilder(w.length() + 2);
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            b.append(c);
            if (c == 'q' && i + 1 < w.length() && (w.charAt(i + 1) == 'e' || w.charAt(i + 1) == 'i')) b.append('u');
        }
        return b.toString();
    }
}
