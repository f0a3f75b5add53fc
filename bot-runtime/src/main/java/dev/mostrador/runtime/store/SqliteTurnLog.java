package dev.mostrador.runtime.store;

import dev.mostrador.core.engine.TurnRecord;
import dev.mostrador.core.port.TurnLog;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Records every turn in SQLite. A failed write is logged, not thrown: the customer still gets the answer. */
@Singleton
public class SqliteTurnLog implements TurnLog {
    private static final Logger LOG = LoggerFactory.getLogger(SqliteTurnLog.class);
    private final TurnRepository turns;

    public SqliteTurnLog(TurnRepository turns) {
        this.turns = turns;
    }

    @Override
    public void record(TurnRecord t) {
        try {
            turns.save(new TurnRow(null, t.channel(), t.sessionId(), t.textIn(), t.textOut(), t.intent(),
                    t.sourceKind(), t.sourceId(), t.score(), t.lang(), t.latencyMicros(), t.at().toString()));
        } catch (RuntimeException e) {
            LOG.error("Could not record the turn of session {}: {}", t.sessionId(), e.toString());
        }
    }
}
