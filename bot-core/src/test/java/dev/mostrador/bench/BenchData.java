package dev.mostrador.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mostrador.core.classify.LabeledText;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Loads the public benchmark sets in /work/shared/bench-data (see its README). OOS items carry label "oos". */
public final class BenchData {
    public static final String OOS = "oos";

    private BenchData() {}

    public static Map<String, List<LabeledText>> clinc(Path file) throws IOException {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        Map<String, List<LabeledText>> parts = new LinkedHashMap<>();
        for (String part : List.of("train", "val", "oos_train", "oos_val")) {
            List<LabeledText> items = new ArrayList<>();
            for (JsonNode pair : root.get(part)) items.add(new LabeledText(pair.get(1).asText(), pair.get(0).asText()));
            parts.put(part, items);
        }
        return parts;
    }

    /** Column 1 intent, column 3 text. */
    public static List<LabeledText> tsv(Path file) throws IOException {
        List<LabeledText> items = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) continue;
            String[] cols = line.split("\t");
            items.add(new LabeledText(cols[0], cols[2]));
        }
        return items;
    }

    /** The first {@code perLabel} items of each label, in file order. */
    public static List<LabeledText> firstPerLabel(List<LabeledText> items, int perLabel) {
        Map<String, Integer> seen = new LinkedHashMap<>();
        List<LabeledText> out = new ArrayList<>();
        for (LabeledText t : items) {
            if (seen.merge(t.label(), 1, Integer::sum) <= perLabel) out.add(t);
        }
        return out;
    }
}
