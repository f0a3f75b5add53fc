package dev.mostrador.runtime;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The runtime's settings. Each comes from an environment variable (Micronaut maps {@code BOT_DATA_DIR} to
 * {@code bot.data-dir}) and is documented in bot-runtime/README.md; {@code RuntimeReadmeTest} checks that.
 *
 * @param businessDir   BOT_BUSINESS_DIR: a business folder loaded and compiled at start (development), or null
 * @param bundle        BOT_BUNDLE: a prebuilt bundle file, or null for the one packaged in the jar
 * @param dataDir       BOT_DATA_DIR: where bot.db (SQLite) lives; created if missing
 * @param corsOrigins   BOT_CORS_ORIGINS: origins allowed to call the API from a browser (the widget's hosts)
 * @param sessionPerMin BOT_RATE_LIMIT_SESSION_PER_MIN: messages a session may send per minute (0: no limit)
 * @param clientPerMin  BOT_RATE_LIMIT_CLIENT_PER_MIN: messages one client address may send per minute (0: no limit)
 * @param behindProxy   BOT_BEHIND_PROXY: take the client address from X-Forwarded-For (set by your reverse proxy)
 */
@Singleton
public record RuntimeSettings(
        @Nullable @Value("${bot.business-dir:}") String businessDir,
        @Nullable @Value("${bot.bundle:}") String bundle,
        @Value("${bot.data-dir:./data}") String dataDir,
        @Value("${bot.cors-origins:}") String corsOrigins,
        @Value("${bot.rate-limit.session-per-min:20}") int sessionPerMin,
        @Value("${bot.rate-limit.client-per-min:60}") int clientPerMin,
        @Value("${bot.behind-proxy:false}") boolean behindProxy) {

    /** The environment variables the runtime reads, for the README check. */
    public static final List<String> VARIABLES = List.of(
            "BOT_BUSINESS_DIR", "BOT_BUNDLE", "BOT_DATA_DIR", "MICRONAUT_SERVER_PORT", "BOT_CORS_ORIGINS",
            "BOT_RATE_LIMIT_SESSION_PER_MIN", "BOT_RATE_LIMIT_CLIENT_PER_MIN", "BOT_BEHIND_PROXY");

    public Path dataPath() {
        return Path.of(dataDir).toAbsolutePath().normalize();
    }

    public Path databaseFile() {
        return dataPath().resolve("bot.db");
    }

    public List<String> corsOriginList() {
        return Arrays.stream(corsOrigins.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .map(s -> s.endsWith("/") ? s.substring(0, s.length() - 1) : s).toList();
    }

    public boolean hasBusinessDir() {
        return businessDir != null && !businessDir.isBlank();
    }

    public boolean hasBundle() {
        return bundle != null && !bundle.isBlank();
    }
}
