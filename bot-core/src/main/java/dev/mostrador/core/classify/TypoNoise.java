package dev.mostrador.core.classify;

import java.util.Random;

/**
 * Makes a phrasing look like a hurried customer typed it: a word left out, a letter dropped, doubled or
 * swapped with its neighbour. Seeded, so training stays reproducible.
 */
final class TypoNoise {
    private final Random random;

    TypoNoise(long seed) {
        this.random = new Random(seed ^ 0x5DEECE66DL);
    }

    String apply(String text) {
        String[] words = text.trim().split("\\s+");
        StringBuilder out = new StringBuilder(text.length());
        int drop = words.length > 2 ? random.nextInt(words.length * 2) : -1; // half the time, no word dropped
        for (int i = 0; i < words.length; i++) {
            if (i == drop) continue;
            String w = words[i];
            if (w.length() > 3 && random.nextInt(3) == 0) w = typo(w);
            if (out.length() > 0) out.append(' ');
            out.append(w);
        }
        return out.length() == 0 ? text : out.toString();
    }

    private String typo(String w) {
        int at = 1 + random.nextInt(w.length() - 2);
        return switch (random.nextInt(3)) {
            case 0 -> w.substring(0, at) + w.substring(at + 1);                                         // dropped
            case 1 -> w.substring(0, at) + w.charAt(at) + w.substring(at);                              // doubled
            default -> w.substring(0, at) + w.charAt(at + 1) + w.charAt(at) + w.substring(at + 2);      // swapped
        };
    }
}
