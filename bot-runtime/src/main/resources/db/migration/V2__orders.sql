-- Confirmed orders (a flow's on_confirm: create_order), for the owner and audits.
CREATE TABLE orders (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    channel     TEXT    NOT NULL,
    session_id  TEXT    NOT NULL,
    flow_id     TEXT    NOT NULL,
    answers_json TEXT   NOT NULL,
    lines_json  TEXT    NOT NULL,
    total       TEXT,
    currency    TEXT,
    created_at  TEXT    NOT NULL
);
CREATE INDEX orders_created ON orders (created_at);
