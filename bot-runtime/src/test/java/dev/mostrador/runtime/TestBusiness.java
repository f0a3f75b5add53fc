package dev.mostrador.runtime;

import java.nio.file.Files;
import java.nio.file.Path;

/** The example business the build compiles (surefire passes its folder as business.dir). */
final class TestBusiness {
    private TestBusiness() {}

    static Path dir() {
        Path dir = Path.of(System.getProperty("business.dir", "../business")).toAbsolutePath().normalize();
        if (!Files.isRegularFile(dir.resolve("business.yaml"))) {
            throw new IllegalStateException("the example business is missing at " + dir);
        }
        return dir;
    }
}
