package dev.mostrador.runtime.store;

import dev.mostrador.runtime.RuntimeSettings;
import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/**
 * Points the datasource at $BOT_DATA_DIR/bot.db, creating the folder first (SQLite does not). WAL lets the
 * admin read while a turn writes; busy_timeout makes the second connection wait for a write instead of failing.
 */
@Singleton
public class DataDirectory implements BeanCreatedEventListener<DatasourceConfiguration> {
    private final RuntimeSettings settings;

    public DataDirectory(RuntimeSettings settings) {
        this.settings = settings;
    }

    @Override
    public DatasourceConfiguration onCreated(BeanCreatedEvent<DatasourceConfiguration> event) {
        DatasourceConfiguration config = event.getBean();
        try {
            Files.createDirectories(settings.dataPath());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create BOT_DATA_DIR " + settings.dataPath(), e);
        }
        config.setUrl("jdbc:sqlite:" + settings.databaseFile()
                + "?journal_mode=WAL&busy_timeout=5000&synchronous=NORMAL&foreign_keys=true");
        return config;
    }
}
