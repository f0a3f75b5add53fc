package dev.mostrador.core.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mostrador.core.model.Faq;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * faqs.yaml (or faqs.csv) into {@link Faq}s. A CSV is first turned into the same tree as the YAML, so both are
 * validated by faqs.schema.json and read by the same code. Without an id, the id is the question's slug.
 */
final class FaqReader {
    static final Pattern ID = Pattern.compile("[a-z0-9_-]+");
    static final List<String> CSV_COLUMNS = List.of("id", "question", "answer", "also", "tags");
    private static final Pattern ANSWER_LANG = Pattern.compile("answer_([a-z]{2})");

    /** Where each faq id was written, for tests that refer to it. */
    final Map<String, Integer> idLines = new LinkedHashMap<>();
    private final Problems problems;

    FaqReader(Problems problems) {
        this.problems = problems;
    }

    /** Builds the YAML-shaped tree from a faqs.csv, or empty when the CSV itself is broken. */
    static Optional<Document> csvDocument(Path path, String file, Problems problems) throws IOException {
        Optional<CsvTable> table = CsvTable.read(path, file, List.of("question", "answer"), CSV_COLUMNS, ANSWER_LANG, problems);
        if (table.isEmpty()) return Optional.empty();
        JsonNodeFactory f = JsonNodeFactory.instance;
        ArrayNode root = f.arrayNode();
        Map<String, Document.Pos> positions = new HashMap<>();
        positions.put("", new Document.Pos(1, 0, -1));
        for (CsvTable.Row row : table.get().rows) {
            ObjectNode faq = f.objectNode();
            String pointer = "/" + root.size();
            positions.put(pointer, new Document.Pos(row.line(), 0, -1));
            for (String column : table.get().header) {
                String value = row.get(column);
                if (column.equals("also") || column.equals("tags")) {
                    ArrayNode list = faq.putArray(column);
                    CsvTable.split(value).forEach(list::add);
                } else if (!value.isEmpty() || !(column.equals("id") || ANSWER_LANG.matcher(column).matches())) {
                    // an empty id or answer_<lang> cell means "none" in a spreadsheet, not "empty text"
                    faq.put(column, value);
                }
            }
            root.add(faq);
        }
        return Optional.of(new Document(file, root, positions));
    }

    List<Faq> read(Document doc, String defaultLanguage, List<String> languages) {
        List<Faq> faqs = new ArrayList<>();
        JsonNode root = doc.root();
        if (!root.isArray()) {
            if (!root.isNull()) return faqs; // the schema says it must be a list
            problems.add(doc.file(), 1, "the file has no faqs", "add at least one entry with question: and answer:");
            return faqs;
        }
        for (int i = 0; i < root.size(); i++) {
            JsonNode node = root.get(i);
            String pointer = "/" + i;
            if (!node.isObject()) continue;
            String question = BusinessReader.text(node, "question");
            String id = BusinessReader.text(node, "id");
            int line = doc.line(pointer);
            boolean derived = id == null;
            if (id == null && question != null) id = Spelling.slug(question).isEmpty() ? "faq-" + (i + 1) : Spelling.slug(question);
            if (id != null && !ID.matcher(id).matches()) {
                String suggestion = Spelling.slug(id);
                problems.add(doc, pointer + "/id", "faq id '" + id + "' is not valid",
                        "use lowercase letters, digits, _ and - only" + (suggestion.isEmpty() ? "" : ", e.g. " + suggestion));
            } else if (id != null) {
                Integer first = idLines.putIfAbsent(id, line);
                if (first != null) {
                    problems.add(doc.file(), line, "duplicate faq id '" + id + "' (lines " + first + " and " + line + ")",
                            derived ? "give each faq its own id (this one is made from the question; write an id for it)"
                                    : "give each faq its own id");
                }
            }
            blank(doc, node, pointer, "question");
            blank(doc, node, pointer, "answer");
            Map<String, String> answers = new LinkedHashMap<>();
            String answer = BusinessReader.text(node, "answer");
            if (answer != null) answers.put(defaultLanguage, answer);
            var fields = node.fields();
            while (fields.hasNext()) {
                var field = fields.next();
                var m = ANSWER_LANG.matcher(field.getKey());
                if (!m.matches() || !field.getValue().isTextual()) continue;
                String lang = m.group(1);
                String p = Document.child(pointer, field.getKey());
                if (!languages.contains(lang)) {
                    problems.add(doc.file(), doc.keyLine(p), field.getKey() + " is for '" + lang + "', which is not in languages " + languages,
                            "add " + lang + " to languages in business.yaml, or remove " + field.getKey());
                }
                blank(doc, node, pointer, field.getKey());
                answers.putIfAbsent(lang, field.getValue().asText());
            }
            fields = node.fields();
            while (fields.hasNext()) {
                var field = fields.next();
                if ((field.getKey().equals("answer") || ANSWER_LANG.matcher(field.getKey()).matches()) && field.getValue().isTextual()) {
                    Placeholders.check(doc, Document.child(pointer, field.getKey()), field.getValue().asText(), Placeholders.BUSINESS, problems);
                }
            }
            if (id != null && question != null) {
                faqs.add(new Faq(id, question, BusinessReader.strings(node.get("also")), answers, BusinessReader.strings(node.get("tags"))));
            }
        }
        if (root.isEmpty()) problems.add(doc.file(), 1, "the file has no faqs", "add at least one entry with question: and answer:");
        return faqs;
    }

    private void blank(Document doc, JsonNode node, String pointer, String key) {
        JsonNode v = node.get(key);
        if (v != null && v.isTextual() && v.asText().isBlank()) {
            problems.add(doc, Document.child(pointer, key), "'" + key + "' is empty", "write the text");
        }
    }
}
