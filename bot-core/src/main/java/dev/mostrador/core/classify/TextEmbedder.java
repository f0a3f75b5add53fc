package dev.mostrador.core.classify;

/**
 * Turns a message into a dense sentence vector. Kept to one method so the runtime's shared MiniLM instance
 * (loaded once, ~5 s) plugs in without this package knowing where it comes from.
 */
public interface TextEmbedder {
    float[] embed(String text);
}
