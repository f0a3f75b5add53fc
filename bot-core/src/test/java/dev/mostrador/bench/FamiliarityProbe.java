package dev.mostrador.bench;

import dev.mostrador.core.bundle.Bundle;
import dev.mostrador.core.bundle.BundleCompiler;
import dev.mostrador.core.load.BusinessLoader;
import dev.mostrador.core.match.Familiarity;
import java.nio.file.Path;

/**
 * Development: compiles a business folder and prints, per language, the measured familiarity bar and every
 * built-in probe's share of known words and ungated score (then any messages given as arguments after the folder).
 */
public final class FamiliarityProbe {
    public static void main(String[] args) throws Exception {
        Bundle bundle = new BundleCompiler().compile(BusinessLoader.load(Path.of(args.length > 0 ? args[0] : "business")));
        var retriever = bundle.hybridRetriever();
        System.out.println("bars " + retriever.familiarity().bars());
        Familiarity.measure(retriever, java.util.List.of("es", "en")); // warm
        long t0 = System.nanoTime();
        Familiarity.measure(retriever, java.util.List.of("es", "en"));
        System.out.printf("measuring the bars again: %.0f ms%n", (System.nanoTime() - t0) / 1e6);
        for (String lang : retriever.familiarity().bars().keySet()) {
            for (String probe : Familiarity.probes(lang)) print(retriever, probe, lang);
        }
        String lang0 = System.getProperty("lang", "es");
        for (int i = 1; i < args.length; i++) print(retriever, args[i], lang0);
    }

    static void print(dev.mostrador.core.match.HybridRetriever retriever, String text, String lang) {
        var raw = retriever.raw(text, lang);
        var best = retriever.search(text, lang, 1);
        var top = retriever.explain(text, lang).stream()
                .max(java.util.Comparator.comparingDouble(dev.mostrador.core.match.HybridRetriever.Scored::score));
        System.out.printf("%s %.2f %.4f -> %.4f %s | %s | %s%n", lang, raw.known(), raw.score(),
                best.isEmpty() ? 0 : best.get(0).score(), best.isEmpty() ? "-" : best.get(0).id(), text,
                top.map(t -> t.text().text() + " " + new java.util.TreeMap<>(t.signals())).orElse(""));
    }
}
