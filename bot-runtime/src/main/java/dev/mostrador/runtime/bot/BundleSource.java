package dev.mostrador.runtime.bot;

import dev.mostrador.core.bundle.Bundle;
import dev.mostrador.core.bundle.BundleCompiler;
import dev.mostrador.core.bundle.BundleFormatException;
import dev.mostrador.core.load.BusinessLoader;
import dev.mostrador.core.load.InvalidBusinessException;
import dev.mostrador.core.model.BusinessFolder;
import dev.mostrador.runtime.RuntimeSettings;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Where the bot comes from, in order: a business folder compiled at start (BOT_BUSINESS_DIR), a bundle file
 * (BOT_BUNDLE), or the bundle the build packaged into the jar (classpath {@value #PACKAGED}).
 */
@Singleton
public class BundleSource {
    static final String PACKAGED = "mostrador/bundle.zip";

    /** A bundle and a few words about where it came from, for the log. */
    public record Loaded(Bundle bundle, String description) {}

    /** The bot cannot load; the message is written for the owner or operator, no stack trace needed. */
    public static final class CannotLoad extends Exception {
        public CannotLoad(String message) {
            super(message);
        }
    }

    private final RuntimeSettings settings;

    public BundleSource(RuntimeSettings settings) {
        this.settings = settings;
    }

    public Loaded load() throws CannotLoad {
        if (settings.hasBusinessDir()) return compile(Path.of(settings.businessDir()));
        if (settings.hasBundle()) return readFile(Path.of(settings.bundle()));
        return readPackaged();
    }

    private Loaded compile(Path dir) throws CannotLoad {
        if (!Files.isDirectory(dir)) {
            throw new CannotLoad("BOT_BUSINESS_DIR " + dir + " is not a folder; point it at your business/ folder");
        }
        try {
            BusinessFolder folder = BusinessLoader.load(dir);
            return new Loaded(new BundleCompiler().compile(folder), "business folder " + dir.toAbsolutePath());
        } catch (InvalidBusinessException e) {
            throw new CannotLoad(e.getMessage());
        } catch (IOException e) {
            throw new CannotLoad("cannot read business folder " + dir + ": " + e.getMessage());
        }
    }

    private Loaded readFile(Path file) throws CannotLoad {
        try {
            return new Loaded(Bundle.read(file), "bundle " + file.toAbsolutePath());
        } catch (NoSuchFileException e) {
            throw new CannotLoad("BOT_BUNDLE " + file + " does not exist; build it with ./mvnw package or fix the path");
        } catch (IOException e) {
            throw new CannotLoad("cannot read bundle " + file + ": " + e.getMessage());
        } catch (BundleFormatException e) {
            throw new CannotLoad("bundle " + file + " cannot be used: " + e.getMessage() + "; rebuild it with this version");
        }
    }

    private Loaded readPackaged() throws CannotLoad {
        try (InputStream in = BundleSource.class.getClassLoader().getResourceAsStream(PACKAGED)) {
            if (in == null) {
                throw new CannotLoad("no bundle is packaged in this jar; set BOT_BUSINESS_DIR to a business folder"
                        + " or BOT_BUNDLE to a bundle file");
            }
            return new Loaded(Bundle.read(in), "packaged bundle " + PACKAGED);
        } catch (IOException e) {
            throw new CannotLoad("cannot read the packaged bundle: " + e.getMessage());
        } catch (BundleFormatException e) {
            throw new CannotLoad("the packaged bundle cannot be used: " + e.getMessage());
        }
    }
}
