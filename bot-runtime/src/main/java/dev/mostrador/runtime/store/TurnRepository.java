package dev.mostrador.runtime.store;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

/** SQL for the turns table. */
@JdbcRepository(dialect = Dialect.ANSI)
public interface TurnRepository extends GenericRepository<TurnRow, Long> {
    TurnRow save(TurnRow row);
}
