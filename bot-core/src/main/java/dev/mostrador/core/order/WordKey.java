package dev.mostrador.core.order;

/**
 * A spelling-tolerant key for a folded word, applied the same way to menu words and customer words so
 * that plural/singular and the usual Spanish misspellings compare equal: "quesadiyas" and "quesadilla",
 * "orchata" and "horchata", "pastorr" and "pastor", "tacos" and "taco". What is left (real typos) is
 * measured with {@link #distance}.
 */
final class WordKey {
    private WordKey() {}

    static String of(String folded) {
        return phonetic(plain(singular(folded)));
    }

    /** Diminutives are the same thing: "taquito"→"taquo" (→"tako"), "horchatita"→"horchata", "coquita"→"coqua". */
    static String plain(String w) {
        if (w.length() > 6 && (w.endsWith("ito") || w.endsWith("ita"))) {
            return w.substring(0, w.length() - 3) + w.charAt(w.length() - 1);
        }
        return w;
    }

    /** Same rule on both sides, so it need not be good Spanish: "flanes"→"flan", "postres"/"postre"→"postr". */
    static String singular(String w) {
        String s = w;
        if (s.length() > 3 && s.endsWith("s") && !s.endsWith("ss")) s = s.substring(0, s.length() - 1);
        if (s.length() > 3 && s.endsWith("e") && "lnrdjz".indexOf(s.charAt(s.length() - 2)) >= 0) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    static String phonetic(String w) {
        String s = w.replace("ch", "\u00e7").replace("qu", "k").replace("ce", "se").replace("ci", "si")
                .replace('c', 'k').replace('z', 's').replace("ll", "y").replace('v', 'b').replace("h", "")
                .replace('w', 'u');
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (i > 0 && c == s.charAt(i - 1)) continue;
            out.append(c);
        }
        return out.toString().replace("\u00e7", "ch");
    }

    /** How many typos a word of this length may carry and still be recognized. */
    static int tolerance(int length) {
        // Four-letter words are too close to each other to guess ("cosa"/"coca", "caso"/"queso", "take"/"taco").
        if (length <= 4) return 0;
        if (length <= 7) return 1;
        return 2;
    }

    /** Customer word vs menu word: equal keys, or few typos and the same first letter. */
    static int match(String said, String menu) {
        if (said.equals(menu)) return 0;
        if (said.isEmpty() || menu.isEmpty() || said.charAt(0) != menu.charAt(0)) return -1;
        int d = distance(said, menu);
        return d <= tolerance(menu.length()) ? d : -1;
    }

    /** Optimal string alignment distance (Levenshtein plus swapped neighbours: "psator"). */
    static int distance(String a, String b) {
        int n = a.length(), m = b.length();
        int[][] d = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) d[i][0] = i;
        for (int j = 0; j <= m; j++) d[0][j] = j;
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[n][m];
    }

    /** 0..1, for ranking suggestions. */
    static double similarity(String a, String b) {
        int max = Math.max(a.length(), b.length());
        return max == 0 ? 1 : 1.0 - (double) distance(a, b) / max;
    }
}
