package dev.mostrador.core.match;

import dev.mostrador.core.model.BusinessFolder;
import dev.mostrador.core.model.Faq;
import dev.mostrador.core.model.MenuItem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Search latency for a business of 50 FAQs (the taco truck's plus one "what is in it" FAQ per menu item and a
 * few more), embedding of the message included. Not a test: run it by hand.
 * <pre>java -cp target/classes:target/test-classes:$(deps) dev.mostrador.core.match.SearchBenchmark</pre>
 */
public final class SearchBenchmark {
    public static void main(String[] args) {
        BusinessFolder base = TacoTruck.folder();
        List<Faq> faqs = new ArrayList<>(base.faqs());
        for (MenuItem item : base.menu()) {
            faqs.add(new Faq("lleva-" + item.id(), "¿Qué lleva el " + item.name() + "?",
                    List.of("¿De qué es " + item.name() + "?", "¿" + item.name() + " es picante?",
                            "what's in the " + item.name() + "?"),
                    Map.of("es", item.description()), List.of()));
        }
        for (int i = 0; faqs.size() < 50; i++) {
            MenuItem item = base.menu().get(i);
            faqs.add(new Faq("hoy-" + item.id(), "¿Hay " + item.name() + " hoy?",
                    List.of("¿Les queda " + item.name() + "?", "is there " + item.name() + " today?"),
                    Map.of("es", "Sí, hoy hay."), List.of()));
        }
        BusinessFolder folder = new BusinessFolder(base.business(), faqs, base.menu(), base.flows(), base.tone(),
                base.bot(), base.docs(), base.tests(), base.synonyms(), base.intentExamples());
        long t0 = System.nanoTime();
        HybridRetriever r = HybridRetriever.build(folder, Embedder.shared());
        System.out.printf("built %d FAQs, %d texts in %d ms (model load included)%n", faqs.size(), r.texts().size(),
                (System.nanoTime() - t0) / 1_000_000);
        String[] messages = {"a q hora abren", "aceptan tarjeta?", "donde qedan", "cuanto sale el taco de pastor",
                "hacen delivery?", "tenés algo sin carne", "what time do you close", "cual es la capital de francia",
                "quiero 2 tacos al pastor y una coca", "las tortillas tienen gluten?"};
        for (int i = 0; i < 200; i++) r.search(messages[i % messages.length], "es", 4); // warm-up
        int n = 1000;
        long[] times = new long[n];
        long[] cpu = new long[n];
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 0; i < n; i++) {
            long c = threads.getCurrentThreadCpuTime();
            long s = System.nanoTime();
            r.search(messages[i % messages.length], i % 7 == 6 ? "en" : "es", 4);
            times[i] = System.nanoTime() - s;
            cpu[i] = threads.getCurrentThreadCpuTime() - c;
        }
        Arrays.sort(times);
        Arrays.sort(cpu);
        // the ONNX session runs on the calling thread, so its CPU time is the work done, whatever the machine's load
        System.out.printf("search CPU time of the calling thread: median %.2f ms%n", cpu[n / 2] / 1e6);
        System.out.printf("search over %d texts: median %.2f ms, p90 %.2f ms, p99 %.2f ms%n", r.texts().size(),
                times[n / 2] / 1e6, times[n * 9 / 10] / 1e6, times[n * 99 / 100] / 1e6);
        long[] embed = new long[200];
        for (int i = 0; i < embed.length; i++) {
            long s = System.nanoTime();
            Embedder.shared().embed(messages[i % messages.length]);
            embed[i] = System.nanoTime() - s;
        }
        Arrays.sort(embed);
        System.out.printf("of which embedding the message: median %.2f ms%n", embed[embed.length / 2] / 1e6);
    }
}
