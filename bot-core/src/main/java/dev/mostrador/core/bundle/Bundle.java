package dev.mostrador.core.bundle;

import dev.mostrador.core.match.Retriever;
import dev.mostrador.core.model.BusinessFolder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * A compiled business: the normalized model plus its lexical and embedding indexes and flow graph,
 * read from the versioned bundle file the compiler writes. The runtime never re-embeds the corpus.
 */
public final class Bundle {
    // TEMPORARY SKELETON: the matching task replaces this body with the real reader.
    private Bundle() {}

    public static Bundle read(Path file) throws IOException, BundleFormatException {
        throw new UnsupportedOperationException("not built yet");
    }

    public static Bundle read(InputStream in) throws IOException, BundleFormatException {
        throw new UnsupportedOperationException("not built yet");
    }

    public Manifest manifest() {
        throw new UnsupportedOperationException("not built yet");
    }

    public BusinessFolder business() {
        throw new UnsupportedOperationException("not built yet");
    }

    public Retriever retriever() {
        throw new UnsupportedOperationException("not built yet");
    }
}
