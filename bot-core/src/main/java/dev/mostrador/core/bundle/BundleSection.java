package dev.mostrador.core.bundle;

import dev.mostrador.core.model.BusinessFolder;
import java.io.IOException;

/**
 * Extra data a compiler stage stores in the bundle, e.g. the per-business classifier's trained weights. The
 * entry name must start with {@code classifier/} (the reserved slot); the bytes must depend only on the folder,
 * so the bundle stays byte-identical for the same input. Read back with {@link Bundle#resource(String)}.
 */
public interface BundleSection {
    String name();

    byte[] bytes(BusinessFolder folder) throws IOException;
}
