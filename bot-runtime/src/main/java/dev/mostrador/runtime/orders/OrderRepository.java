package dev.mostrador.runtime.orders;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;

/** SQL for the orders table. Callers own the transaction ({@link OrderBook}). */
@JdbcRepository(dialect = Dialect.ANSI)
public interface OrderRepository extends GenericRepository<OrderRow, Long> {
    OrderRow save(OrderRow row);

    Optional<OrderRow> findByIdempotencyKey(String idempotencyKey);

    Optional<OrderRow> findByNumber(long number);

    List<OrderRow> findAllOrderByNumber();

    /**
     * Frees the key of an order older than the duplicate window, so the same draft ordered again later is a
     * new order. Being a write, it is also the transaction's first statement: SQLite takes the write lock
     * here (waiting on busy_timeout), so two concurrent confirmations of one draft run one after the other.
     */
    @Query("UPDATE orders SET idempotency_key = idempotency_key || '#' || id"
            + " WHERE idempotency_key = :idempotencyKey AND created_at < :before")
    void retireKey(String idempotencyKey, String before);

    @Query("SELECT COALESCE(MAX(number), 0) + 1 FROM orders")
    long nextNumber();
}
