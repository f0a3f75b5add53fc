package dev.mostrador.maven;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Copies a fixture business folder from src/test/resources into a temp dir, as an owner's checkout would be. */
final class Fixtures {
    private Fixtures() {}

    static Path copy(String name, Path tempDir) {
        try {
            Path source = Path.of(Fixtures.class.getResource("/" + name).toURI());
            Path target = tempDir.resolve("business");
            try (Stream<Path> files = Files.walk(source)) {
                for (Path p : files.toList()) {
                    Path t = target.resolve(source.relativize(p).toString());
                    if (Files.isDirectory(p)) Files.createDirectories(t);
                    else Files.copy(p, t);
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
