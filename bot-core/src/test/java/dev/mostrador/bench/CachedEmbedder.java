package dev.mostrador.bench;

import dev.mostrador.core.classify.TextEmbedder;
import dev.mostrador.core.match.Embedder;

import java.io.*;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Remembers embeddings in a file so repeated benchmark runs skip the model for texts already seen. The file names the
 * model that made its vectors ({@link Embedder#model()}); a file from another model (or from before the name was
 * written) is ignored and rewritten, so a model change never mixes vectors. Reads cosines as its model does.
 */
public final class CachedEmbedder implements TextEmbedder, Embedder {
    private final Embedder inner;
    private final Path file;
    private final Map<String, float[]> cache = new java.util.concurrent.ConcurrentHashMap<>();
    /** Starts a file that names its model (older files started with their count, never negative). */
    private static final int MARK = -1;
    private volatile boolean dirty;
    private final java.util.concurrent.atomic.AtomicInteger misses = new java.util.concurrent.atomic.AtomicInteger();

    /** How many texts had to be embedded for real so far. */
    public int misses() {
        return misses.get();
    }

    /** Remembers the shared MiniLM embedder's vectors in {@code file}. */
    public static CachedEmbedder ofShared(Path file) throws IOException {
        return new CachedEmbedder(Embedder.shared(), file);
    }

    /** Remembers the English second look's vectors ({@link Embedder#english()}) in {@code file}. */
    public static CachedEmbedder ofEnglish(Path file) throws IOException {
        return new CachedEmbedder(Embedder.english(), file);
    }

    public CachedEmbedder(Embedder inner, Path file) throws IOException {
        this.inner = inner;
        this.file = file;
        if (Files.exists(file)) {
            try (var in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
                if (in.readInt() != MARK || !in.readUTF().equals(inner.model())) {
                    dirty = true;
                    return;
                }
                int n = in.readInt();
                for (int i = 0; i < n; i++) {
                    String t = in.readUTF();
                    float[] v = new float[in.readInt()];
                    for (int j = 0; j < v.length; j++) v[j] = in.readFloat();
                    cache.put(t, v);
                }
            }
        }
    }

    @Override
    public String model() {
        return inner.model();
    }

    @Override
    public double unrelatedCosine() {
        return inner.unrelatedCosine();
    }

    @Override
    public double paraphraseCosine() {
        return inner.paraphraseCosine();
    }

    @Override
    public float[] embed(String text) {
        if (text == null) text = "";
        float[] v = cache.get(text);
        if (v == null) {
            v = inner.embed(text);
            misses.incrementAndGet();
            cache.put(text, v);
            dirty = true;
        }
        return v;
    }

    public synchronized void save() throws IOException {
        if (!dirty) return;
        try (var out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
            out.writeInt(MARK);
            out.writeUTF(inner.model());
            out.writeInt(cache.size());
            for (var e : cache.entrySet()) {
                out.writeUTF(e.getKey());
                out.writeInt(e.getValue().length);
                for (float f : e.getValue()) out.writeFloat(f);
            }
        }
        dirty = false;
    }
}
