-- Confirmed orders. Money is exact decimal text ("150.00"), never REAL. number is the readable "#0042".
-- idempotency_key is session/flow/hash of the confirmed draft: a repeated "sí" or a retried request finds
-- the same row instead of creating a second order. An older order of the same draft outside the duplicate
-- window has its key retired (suffixed with '#id') so the customer can order the same thing again later.
CREATE TABLE orders (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    number          INTEGER NOT NULL UNIQUE,
    customer_name   TEXT,
    phone           TEXT,
    total           TEXT    NOT NULL,
    currency        TEXT    NOT NULL,
    fulfilment      TEXT    NOT NULL CHECK (fulfilment IN ('delivery', 'pickup')),
    payment_method  TEXT,
    status          TEXT    NOT NULL DEFAULT 'new'
                            CHECK (status IN ('new', 'confirmed', 'ready', 'delivered', 'cancelled')),
    channel         TEXT    NOT NULL,
    session_id      TEXT    NOT NULL,
    flow_id         TEXT    NOT NULL,
    answers_json    TEXT    NOT NULL,
    idempotency_key TEXT    NOT NULL UNIQUE,
    created_at      TEXT    NOT NULL,
    updated_at      TEXT    NOT NULL
);
CREATE INDEX orders_session ON orders (session_id, id);
CREATE INDEX orders_created ON orders (created_at);

-- The lines of an order, in the order the customer said them.
CREATE TABLE order_lines (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    order_id   INTEGER NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    item_id    TEXT    NOT NULL,
    name       TEXT    NOT NULL,
    quantity   INTEGER NOT NULL CHECK (quantity > 0),
    unit_price TEXT    NOT NULL,
    UNIQUE (order_id, position)
);

-- Messages to the owner, written in the same transaction as what they report and sent by OutboxSender with
-- retries: if the mail server is down nothing is lost. sent_at is null until delivered.
CREATE TABLE outbox (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    kind            TEXT    NOT NULL,
    reference       TEXT    NOT NULL,
    recipient       TEXT,
    subject         TEXT    NOT NULL,
    body            TEXT    NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT    NOT NULL,
    last_error      TEXT,
    sent_at         TEXT,
    created_at      TEXT    NOT NULL
);
CREATE INDEX outbox_due ON outbox (sent_at, next_attempt_at);
