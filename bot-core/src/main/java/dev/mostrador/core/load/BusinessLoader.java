package dev.mostrador.core.load;

import dev.mostrador.core.model.BusinessFolder;
import java.nio.file.Path;

/** Reads and validates a business folder. */
public final class BusinessLoader {
    // TEMPORARY SKELETON: the load task replaces this body (kept here only so the plugin compiles).
    private BusinessLoader() {}

    public static BusinessFolder load(Path folder) throws InvalidBusinessException {
        throw new UnsupportedOperationException("not built yet");
    }
}
