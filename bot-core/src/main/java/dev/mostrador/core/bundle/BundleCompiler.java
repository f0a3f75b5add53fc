package dev.mostrador.core.bundle;

import dev.mostrador.core.model.BusinessFolder;
import java.io.IOException;
import java.io.OutputStream;

/** Turns a loaded business folder into a bundle. Same input, byte-identical output. */
public final class BundleCompiler {
    // TEMPORARY SKELETON: the matching task replaces this body.
    public void write(BusinessFolder folder, OutputStream out) throws IOException {
        throw new UnsupportedOperationException("not built yet");
    }

    /** Compile in memory (development mode and tests): the same bytes as {@link #write}, read back. */
    public Bundle compile(BusinessFolder folder) {
        throw new UnsupportedOperationException("not built yet");
    }
}
