package dev.mostrador.runtime.notify;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * How owner emails are sent, from the environment only (Micronaut maps BOT_SMTP_HOST to bot.smtp.host).
 * No host: messages stay in the outbox, pending, until one is set. The password is never logged
 * ({@link #toString} leaves it out).
 *
 * @param host       BOT_SMTP_HOST: the SMTP server, or empty to keep messages in the outbox
 * @param port       BOT_SMTP_PORT: 587 by default (465 for ssl)
 * @param user       BOT_SMTP_USER: login, or empty for a server without authentication
 * @param password   BOT_SMTP_PASSWORD: the login's password
 * @param tls        BOT_SMTP_TLS: none, starttls (default) or ssl
 * @param from       BOT_SMTP_FROM: the sender address; BOT_SMTP_USER when empty
 * @param interval   BOT_OUTBOX_INTERVAL: how often due messages are sent (default 5s)
 * @param retryFirst BOT_OUTBOX_RETRY_FIRST: wait after the first failed attempt, doubled on each retry (30s)
 * @param retryMax   BOT_OUTBOX_RETRY_MAX: the longest wait between attempts (15m)
 */
@Singleton
public record MailSettings(
        @Nullable @Value("${bot.smtp.host:}") String host,
        @Nullable @Value("${bot.smtp.port:}") Integer port,
        @Nullable @Value("${bot.smtp.user:}") String user,
        @Nullable @Value("${bot.smtp.password:}") String password,
        @Value("${bot.smtp.tls:starttls}") String tls,
        @Nullable @Value("${bot.smtp.from:}") String from,
        @Value("${bot.outbox.interval:5s}") Duration interval,
        @Value("${bot.outbox.retry-first:30s}") Duration retryFirst,
        @Value("${bot.outbox.retry-max:15m}") Duration retryMax) {

    /** The environment variables these settings come from, for the documentation check. */
    public static final List<String> VARIABLES = List.of(
            "BOT_SMTP_HOST", "BOT_SMTP_PORT", "BOT_SMTP_USER", "BOT_SMTP_PASSWORD", "BOT_SMTP_TLS", "BOT_SMTP_FROM",
            "BOT_OUTBOX_INTERVAL", "BOT_OUTBOX_RETRY_FIRST", "BOT_OUTBOX_RETRY_MAX");

    /** How the connection is secured. */
    public enum Tls { NONE, STARTTLS, SSL }

    public MailSettings {
        tls(tls); // a typo in BOT_SMTP_TLS fails at start, not at the first order
    }

    public boolean enabled() {
        return host != null && !host.isBlank();
    }

    public Tls security() {
        return tls(tls);
    }

    public int effectivePort() {
        if (port != null && port > 0) return port;
        return security() == Tls.SSL ? 465 : 587;
    }

    public boolean authenticates() {
        return user != null && !user.isBlank();
    }

    public String sender() {
        if (from != null && !from.isBlank()) return from.trim();
        return authenticates() ? user.trim() : "mostrador@localhost";
    }

    private static Tls tls(String value) {
        String v = value == null || value.isBlank() ? "starttls" : value.trim().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "none", "off", "false" -> Tls.NONE;
            case "starttls", "tls" -> Tls.STARTTLS;
            case "ssl", "smtps" -> Tls.SSL;
            default -> throw new IllegalArgumentException(
                    "BOT_SMTP_TLS \"" + value + "\" is not one of none, starttls, ssl");
        };
    }

    @Override
    public String toString() {
        return "smtp " + (enabled() ? host + ":" + effectivePort() + " " + security().name().toLowerCase(Locale.ROOT)
                + (authenticates() ? " as " + user : "") : "off");
    }
}
