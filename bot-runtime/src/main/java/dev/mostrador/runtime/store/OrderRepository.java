package dev.mostrador.runtime.store;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

/** SQL for the orders table. */
@JdbcRepository(dialect = Dialect.ANSI)
public interface OrderRepository extends GenericRepository<OrderRow, Long> {
    OrderRow save(OrderRow row);
}
