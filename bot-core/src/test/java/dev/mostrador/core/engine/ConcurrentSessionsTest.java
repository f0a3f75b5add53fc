package dev.mostrador.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One engine serves many conversations at once; each keeps its own order and language. */
class ConcurrentSessionsTest {

    @Test
    void parallelConversationsDoNotMix() throws Exception {
        ChatEngine engine = new ChatEngine(Carrito.bundle(), EnginePorts.inMemory(Carrito.at(Carrito.WEDNESDAY_10AM)));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> confirms = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String session = "web-" + i;
                int tacos = i + 1;
                confirms.add(pool.submit(() -> {
                    engine.handle(new ChatRequest("web", session, "quiero " + tacos + " tacos al pastor"));
                    engine.handle(new ChatRequest("web", session, "Cliente " + tacos));
                    engine.handle(new ChatRequest("web", session, "8888 000" + tacos));
                    return engine.handle(new ChatRequest("web", session, "efectivo")).text();
                }));
            }
            for (int i = 0; i < 8; i++) {
                assertThat(confirms.get(i).get()).contains((i + 1) + " × Taco al pastor", "Cliente " + (i + 1));
            }
        } finally {
            pool.shutdown();
        }
    }
}
