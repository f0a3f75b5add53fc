package dev.mostrador.core.match;

import dev.mostrador.core.model.BusinessFolder;
import dev.mostrador.core.model.DocChunk;
import dev.mostrador.core.model.Faq;
import dev.mostrador.core.model.MenuItem;
import java.util.ArrayList;
import java.util.List;

/** What gets indexed for a business, in a fixed order (FAQs, menu, docs, each in file order). */
public final class Corpus {
    private Corpus() {}

    public static List<IndexedText> of(BusinessFolder folder) {
        List<IndexedText> out = new ArrayList<>();
        for (Faq faq : folder.faqs()) {
            for (String p : faq.phrasings()) {
                if (!p.isBlank()) out.add(new IndexedText("faq", faq.id(), p));
            }
        }
        for (MenuItem item : folder.menu()) {
            out.add(new IndexedText("menu", item.id(), item.name()));
            for (String alias : item.aliases()) {
                if (!alias.isBlank()) out.add(new IndexedText("menu", item.id(), alias));
            }
            // the whole item, so "algo picante de cerdo" can match tags and description
            StringBuilder all = new StringBuilder(item.name());
            if (!item.category().isBlank()) all.append(". ").append(item.category());
            if (!item.tags().isEmpty()) all.append(". ").append(String.join(", ", item.tags()));
            if (!item.description().isBlank()) all.append(". ").append(item.description());
            out.add(new IndexedText("menu", item.id(), all.toString()));
        }
        for (DocChunk chunk : folder.docs()) {
            if (!chunk.text().isBlank()) out.add(new IndexedText("doc", chunk.id(), chunk.text()));
        }
        return out;
    }
}
