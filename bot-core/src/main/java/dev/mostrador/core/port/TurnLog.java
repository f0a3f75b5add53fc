package dev.mostrador.core.port;

import dev.mostrador.core.engine.TurnRecord;

/** Where every turn is recorded (SQLite in the runtime). */
public interface TurnLog {
    void record(TurnRecord turn);
}
