package dev.mostrador.bench;

import dev.mostrador.core.bundle.Bundle;
import dev.mostrador.core.bundle.BundleCompiler;
import dev.mostrador.core.load.BusinessLoader;
import dev.mostrador.core.match.HybridRetriever;
import java.nio.file.Path;
import java.util.Comparator;

/** Development probe (not a test): prints each signal for the best texts of a few messages against business/. */
public final class RetrievalProbe {
    public static void main(String[] args) throws Exception {
        Bundle bundle = new BundleCompiler().compile(BusinessLoader.load(Path.of(args[0])));
        HybridRetriever r = bundle.hybridRetriever();
        for (int a = 1; a < args.length; a++) {
            System.out.println("== " + args[a] + "  -> " + r.search(args[a], "es", 3));
            r.explain(args[a], "es").stream().sorted(Comparator.comparingDouble(HybridRetriever.Scored::score).reversed())
                    .limit(4).forEach(s -> System.out.printf("   %.3f %s %s %s%n", s.score(), s.text().kind() + ":" + s.text().id(),
                            s.signals(), s.text().text()));
        }
    }
}
