package dev.mostrador.runtime.bot;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The engine reads time through a Clock so tests can fix it; the runtime uses the system's, in UTC. */
@Factory
public class SystemClock {
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
