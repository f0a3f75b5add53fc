package dev.mostrador.runtime.orders;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;

/** SQL for the order_lines table. */
@JdbcRepository(dialect = Dialect.ANSI)
public interface OrderLineRepository extends GenericRepository<OrderLineRow, Long> {
    OrderLineRow save(OrderLineRow row);

    List<OrderLineRow> findByOrderIdOrderByPosition(long orderId);
}
