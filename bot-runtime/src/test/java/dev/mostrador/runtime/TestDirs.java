package dev.mostrador.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Temporary folders and files for tests that start the runtime (its SQLite data folder, a browser profile, a child
 * process's output), deleted when the test JVM exits: the runtime may still hold them open until its context
 * closes, after the test method, so JUnit's per-test folders cannot be used. Without this every run left eight
 * folders in /tmp (a Chromium profile is several MB).
 */
public final class TestDirs {
    private static final List<Path> CREATED = new ArrayList<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(TestDirs::deleteAll, "test-dirs-cleanup"));
    }

    private TestDirs() {}

    public static Path dir(String prefix) {
        try {
            return remember(Files.createTempDirectory(prefix));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path file(String prefix, String suffix) {
        try {
            return remember(Files.createTempFile(prefix, suffix));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized Path remember(Path p) {
        CREATED.add(p);
        return p;
    }

    private static synchronized void deleteAll() {
        for (Path root : CREATED) {
            if (!Files.exists(root)) continue;
            try (Stream<Path> all = Files.walk(root)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
            } catch (IOException | UncheckedIOException e) {
                // best effort at exit: a file a killed browser still holds is left to the OS's tmp cleaner
            }
        }
    }
}
