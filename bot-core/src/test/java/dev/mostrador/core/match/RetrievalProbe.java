package dev.mostrador.core.match;

import java.util.Comparator;
import java.util.List;

/** Prints what the retriever sees for messages given on the command line (lang|message); for tuning by hand. */
public final class RetrievalProbe {
    public static void main(String[] args) throws Exception {
        HybridRetriever r = HybridRetriever.build(TacoTruck.folder(), Embedder.shared());
        List<String> lines = args.length > 0 ? List.of(args)
                : java.nio.file.Files.readAllLines(java.nio.file.Path.of(System.getProperty("probe.file")));
        for (String line : lines) {
            if (line.isBlank() || !line.contains("|")) continue;
            String[] p = line.split("\\|", 2);
            if (System.getProperty("probe.terms") != null) System.out.println(r.analyzer().analyze(p[1], p[0]));
            List<HybridRetriever.Scored> s = r.explain(p[1], p[0]);
            s = s.stream().sorted(Comparator.comparingDouble(HybridRetriever.Scored::score).reversed()).limit(3).toList();
            StringBuilder b = new StringBuilder(String.format("%-45s", p[1]));
            for (HybridRetriever.Scored x : s) {
                b.append(String.format(" | %s:%s %.2f (l%.2f e%.2f)", x.text().kind(), x.text().id(), x.score(),
                        x.signals().get("lexical"), x.signals().get("embedding")));
            }
            System.out.println(b);
        }
    }
}
