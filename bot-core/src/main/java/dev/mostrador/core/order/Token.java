package dev.mostrador.core.order;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One word, number or punctuation mark of a customer's message, with where it is in the original text.
 * {@code word} is folded (lower case, no accents); {@code key} is the spelling-tolerant form used to
 * compare with menu words (see {@link WordKey}).
 */
record Token(int index, String raw, String word, String key, int start, int end, Kind kind) {
    enum Kind { WORD, NUMBER, SYMBOL }

    // A minus sign counts only when it starts a number ("-2 tacos"), not inside "8888-0000" or "coca-cola".
    private static final Pattern PARTS = Pattern.compile(
            "(?<![\\p{L}\\p{N}])-\\d+|\\d+|[\\p{L}\\p{M}]+(?:'[\\p{L}]+)?|[,;+&/:.!?()=]");

    static List<Token> of(String text) {
        List<Token> tokens = new ArrayList<>();
        if (text == null) return tokens;
        Matcher m = PARTS.matcher(text);
        while (m.find()) {
            String raw = m.group();
            char first = raw.charAt(0);
            Kind kind = Character.isDigit(first) || (first == '-' && raw.length() > 1) ? Kind.NUMBER
                    : Character.isLetter(first) ? Kind.WORD : Kind.SYMBOL;
            String word = Folding.fold(raw);
            String key = kind == Kind.WORD ? WordKey.of(word) : word;
            tokens.add(new Token(tokens.size(), raw, word, key, m.start(), m.end(), kind));
        }
        return tokens;
    }

    boolean isWord() {
        return kind == Kind.WORD;
    }

    boolean isNumber() {
        return kind == Kind.NUMBER;
    }

    int number() {
        try {
            return Integer.parseInt(word);
        } catch (NumberFormatException tooLong) {
            return word.startsWith("-") ? -Integer.MAX_VALUE : Integer.MAX_VALUE;
        }
    }
}
