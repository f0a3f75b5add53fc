package dev.mostrador.core.load;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mostrador.core.model.ConversationTest;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** tests/*.yaml into {@link ConversationTest}s; every faq, menu item, flow and intent a test names must exist. */
final class TestReader {
    private final Problems problems;
    private final Collection<String> faqIds;
    private final Collection<String> menuIds;
    private final Collection<String> flowIds;
    private final Collection<String> intents;
    private final java.util.Map<String, String> names = new java.util.HashMap<>();

    TestReader(Problems problems, Collection<String> faqIds, Collection<String> menuIds, Collection<String> flowIds,
            Collection<String> intents) {
        this.problems = problems;
        this.faqIds = faqIds;
        this.menuIds = menuIds;
        this.flowIds = flowIds;
        this.intents = intents;
    }

    List<ConversationTest> read(Document doc) {
        List<ConversationTest> tests = new ArrayList<>();
        if (!doc.root().isArray()) return tests;
        for (int i = 0; i < doc.root().size(); i++) {
            JsonNode test = doc.root().get(i);
            String pointer = "/" + i;
            if (!test.isObject()) continue;
            String name = BusinessReader.text(test, "name");
            if (name != null) {
                String where = doc.file() + ":" + doc.line(pointer);
                String first = names.putIfAbsent(name, where);
                if (first != null) {
                    problems.add(doc, pointer, "test name '" + name + "' is used twice (first at " + first + ")",
                            "give each test its own name, so a failure says which one it was");
                }
            }
            String now = BusinessReader.text(test, "now");
            if (now != null) {
                try {
                    LocalDateTime.parse(now.trim());
                } catch (DateTimeParseException e) {
                    problems.add(doc, pointer + "/now", "now \"" + now + "\" is not a date and time",
                            "write it as year-month-dayThour:minute, e.g. 2026-11-23T10:00");
                }
            }
            List<ConversationTest.Turn> turns = new ArrayList<>();
            JsonNode turnNodes = test.get("turns");
            if (turnNodes != null && turnNodes.isArray()) {
                for (int t = 0; t < turnNodes.size(); t++) {
                    JsonNode turn = turnNodes.get(t);
                    String tp = pointer + "/turns/" + t;
                    if (!turn.isObject()) continue;
                    turns.add(new ConversationTest.Turn(BusinessReader.text(turn, "user"), expect(doc, tp + "/expect", turn.get("expect")),
                            doc.line(tp)));
                }
            }
            tests.add(new ConversationTest(name == null ? "" : name, doc.file(), doc.line(pointer), now == null ? null : now.trim(), turns));
        }
        return tests;
    }

    private ConversationTest.Expect expect(Document doc, String pointer, JsonNode e) {
        if (e == null || !e.isObject()) return new ConversationTest.Expect(null, null, null, null, null, null, null, null);
        String faq = known(doc, pointer, e, "faq", "faq", faqIds, "faqs.yaml");
        String menu = known(doc, pointer, e, "menu_item", "menu item", menuIds, "menu.csv");
        String flow = known(doc, pointer, e, "flow", "flow", flowIds, "flows.yaml");
        String intent = known(doc, pointer, e, "intent", "intent", intents, "intents.yaml");
        return new ConversationTest.Expect(faq, menu, intent, flow, BusinessReader.text(e, "reply_contains"),
                BusinessReader.text(e, "reply_not_contains"), bool(e, "fallback"), bool(e, "handoff"));
    }

    private String known(Document doc, String pointer, JsonNode e, String key, String what, Collection<String> ids, String where) {
        String value = BusinessReader.text(e, key);
        if (value != null && e.get(key).isTextual() && !ids.contains(value)) { // other types: the schema says so
            String known = ids.isEmpty() ? "there are no " + what + "s yet" : "the " + what + " ids are: " + String.join(", ", ids);
            if (key.equals("intent")) known = "the intents are: " + String.join(", ", ids);
            problems.add(doc, Document.child(pointer, key), "unknown " + what + " '" + value + "'",
                    Spelling.didYouMean(value, ids, "", "") + known
                            + (key.equals("intent") ? " (add your own in intents.yaml)" : " (see " + where + ")"));
        }
        return value;
    }

    private static Boolean bool(JsonNode e, String key) {
        JsonNode v = e.get(key);
        return v != null && v.isBoolean() ? v.asBoolean() : null;
    }
}
