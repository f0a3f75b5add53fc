-- Every customer message and the bot's answer, for analytics and audits.
CREATE TABLE turns (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    channel        TEXT    NOT NULL,
    session_id     TEXT    NOT NULL,
    text_in        TEXT    NOT NULL,
    text_out       TEXT    NOT NULL,
    intent         TEXT,
    source_kind    TEXT,
    source_id      TEXT,
    score          REAL,
    lang           TEXT,
    latency_micros INTEGER NOT NULL,
    created_at     TEXT    NOT NULL
);
CREATE INDEX turns_session ON turns (session_id, id);
CREATE INDEX turns_created ON turns (created_at);

-- Each conversation's state (language, running flow) as JSON, keyed by the client's session id.
CREATE TABLE sessions (
    session_id TEXT PRIMARY KEY,
    state_json TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
