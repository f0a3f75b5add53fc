package dev.mostrador.core.match;

import dev.mostrador.core.load.BusinessLoader;
import dev.mostrador.core.model.BusinessFolder;
import dev.mostrador.core.model.ConversationTest;
import java.nio.file.Path;
import java.util.List;

/**
 * Runs the first-turn-style expectations of the example business's conversation tests (faq / menu_item /
 * fallback) straight against the retriever and prints hits and misses. For tuning by hand, not a test: the
 * engine's own test runner is the judge of whole conversations.
 */
public final class ExampleBusinessProbe {
    public static void main(String[] args) throws Exception {
        BusinessFolder folder = BusinessLoader.load(Path.of(args.length > 0 ? args[0] : "../business"));
        HybridRetriever r = HybridRetriever.build(folder, Embedder.shared());
        String lang = folder.business().language();
        int hits = 0, total = 0;
        for (ConversationTest t : folder.tests()) {
            for (ConversationTest.Turn turn : t.turns()) {
                ConversationTest.Expect e = turn.expect();
                String want = e.faq() != null ? "faq:" + e.faq() : e.menuItem() != null ? "menu:" + e.menuItem()
                        : Boolean.TRUE.equals(e.fallback()) ? "fallback" : null;
                if (want == null) continue;
                List<Candidate> found = r.search(turn.user(), lang, 3);
                Candidate top = found.isEmpty() ? null : found.get(0);
                String got = top == null || top.score() < folder.bot().retrieval().minScore() ? "fallback"
                        : top.kind() + ":" + top.id();
                total++;
                if (got.equals(want)) hits++;
                System.out.printf("%s %-40s want %-22s got %-22s %s%n", got.equals(want) ? "ok  " : "MISS",
                        turn.user(), want, got, found);
            }
        }
        System.out.printf("%d of %d%n", hits, total);
    }
}
