package dev.mostrador.core.load;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mostrador.core.model.Flow;
import dev.mostrador.core.model.FlowStep;
import dev.mostrador.core.model.StepType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * flows.yaml into {@link Flow}s. A step's prompt may use the business placeholders, the variables of earlier steps,
 * and {total} and {items} (the order so far). {@code choices_from} is {@code payment_methods} (business.yaml) or
 * {@code menu_categories} (the categories of menu.csv, in file order).
 */
final class FlowReader {
    static final List<String> BUILT_IN_INTENTS = List.of("greeting", "faq", "menu", "order", "handoff", "complaint", "smalltalk");
    static final List<String> ORDER_VARIABLES = List.of("total", "items");
    private static final Pattern VAR = Pattern.compile("[a-z_][a-z0-9_]*");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}\\n]{1,40})\\}");
    private static final Pattern LANG_KEY = Pattern.compile("(ask|confirm)_([a-z]{2})");

    private final Problems problems;
    private final Set<String> intents;
    private final List<String> paymentMethods;
    private final List<String> menuCategories;

    FlowReader(Problems problems, Set<String> intents, List<String> paymentMethods, List<String> menuCategories) {
        this.problems = problems;
        this.intents = intents;
        this.paymentMethods = paymentMethods;
        this.menuCategories = menuCategories;
    }

    Map<String, Flow> read(Document doc, String defaultLanguage, List<String> languages) {
        Map<String, Flow> flows = new LinkedHashMap<>();
        Map<String, String> starters = new LinkedHashMap<>();
        if (!doc.root().isObject()) return flows;
        var fields = doc.root().fields();
        while (fields.hasNext()) {
            var field = fields.next();
            if (!field.getValue().isObject()) continue;
            String id = field.getKey();
            String pointer = Document.child("", id);
            JsonNode flow = field.getValue();
            List<String> startWhen = BusinessReader.strings(flow.get("start_when"));
            for (int i = 0; i < startWhen.size(); i++) {
                String intent = startWhen.get(i);
                if (!intents.contains(intent)) {
                    problems.add(doc, pointer + "/start_when/" + i, "flow '" + id + "': unknown intent '" + intent + "' in start_when",
                            Spelling.didYouMean(intent, intents, "", "") + "the intents are: " + String.join(", ", intents)
                                    + " (add your own in intents.yaml)");
                }
            }
            for (String intent : startWhen) {
                String other = starters.putIfAbsent(intent, id);
                if (other != null && !other.equals(id)) {
                    problems.add(doc.file(), doc.keyLine(pointer + "/start_when"), "intent '" + intent + "' starts both flows '" + other
                            + "' and '" + id + "'", "let only one flow start with " + intent);
                }
            }
            List<FlowStep> steps = steps(doc, id, pointer, flow.get("steps"), defaultLanguage, languages);
            String onConfirm = BusinessReader.text(flow, "on_confirm");
            if (onConfirm != null && steps.stream().noneMatch(FlowStep::confirm) && flow.path("steps").isArray()) {
                problems.add(doc.file(), doc.keyLine(pointer + "/on_confirm"), "flow '" + id + "' has on_confirm but no confirm step",
                        "add a last step with confirm: and a summary, e.g. confirm: \"{items}: total {total}. ¿Confirmamos?\"");
            }
            flows.put(id, new Flow(id, startWhen, steps, onConfirm));
        }
        return flows;
    }

    private List<FlowStep> steps(Document doc, String flowId, String flowPointer, JsonNode node, String defaultLanguage, List<String> languages) {
        List<FlowStep> steps = new ArrayList<>();
        if (node == null || !node.isArray()) return steps;
        Map<String, Integer> varLines = new LinkedHashMap<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode step = node.get(i);
            if (!step.isObject()) continue;
            String pointer = flowPointer + "/steps/" + i;
            int line = doc.line(pointer);
            String where = "flow '" + flowId + "', step " + (i + 1);
            Set<String> earlier = new LinkedHashSet<>(varLines.keySet());
            boolean confirm = step.has("confirm");
            String var = BusinessReader.text(step, "var");
            if (confirm && step.has("ask")) {
                problems.add(doc.file(), line, where + " has both ask: and confirm:", "split it into two steps");
            } else if (!confirm && !step.has("ask")) {
                problems.add(doc.file(), line, where + " has neither ask: nor confirm:",
                        "write ask: with the question and var: with a name for the answer, or confirm: with a summary");
            } else if (!confirm && var == null) {
                problems.add(doc.file(), line, where + " asks but has no var:", "add var: with a name for the answer, e.g. var: name");
            }
            if (var != null) {
                if (!VAR.matcher(var).matches()) {
                    problems.add(doc, pointer + "/var", where + ": var '" + var + "' is not a valid name",
                            "use lowercase letters, digits and _, e.g. " + Spelling.slug(var).replace('-', '_'));
                }
                Integer first = varLines.putIfAbsent(var, doc.line(pointer + "/var"));
                if (first != null) {
                    problems.add(doc, pointer + "/var", where + ": var '" + var + "' is already used on line " + first,
                            "give each step its own var");
                }
            }
            StepType type = type(doc, pointer, where, step);
            Map<String, String> prompt = new LinkedHashMap<>();
            var fields = step.fields();
            while (fields.hasNext()) {
                var field = fields.next();
                String key = field.getKey();
                if (!field.getValue().isTextual()) continue;
                String lang = null;
                if (key.equals("ask") || key.equals("confirm")) lang = defaultLanguage;
                Matcher m = LANG_KEY.matcher(key);
                if (m.matches()) {
                    lang = m.group(2);
                    if (!languages.contains(lang)) {
                        problems.add(doc.file(), doc.keyLine(Document.child(pointer, key)),
                                key + " is for '" + lang + "', which is not in languages " + languages,
                                "add " + lang + " to languages in business.yaml, or remove " + key);
                    }
                }
                if (lang == null) continue;
                String text = field.getValue().asText();
                if (text.isBlank()) {
                    problems.add(doc, Document.child(pointer, key), "'" + key + "' is empty", "write the text");
                }
                checkVariables(doc, Document.child(pointer, key), text, where, earlier);
                prompt.putIfAbsent(lang, text);
            }
            List<String> choices = BusinessReader.strings(step.get("choices"));
            steps.add(new FlowStep(confirm ? null : var, confirm, prompt, type, choices, BusinessReader.text(step, "choices_from"), line));
        }
        return steps;
    }

    private StepType type(Document doc, String pointer, String where, JsonNode step) {
        String typeText = BusinessReader.text(step, "type");
        StepType type = null;
        if (typeText != null) {
            type = Arrays.stream(StepType.values()).filter(t -> t.key().equals(typeText.toLowerCase(Locale.ROOT))).findFirst().orElse(null);
        }
        boolean hasChoices = step.has("choices") || step.has("choices_from");
        if (type == null && typeText == null && hasChoices) type = StepType.CHOICE;
        if (type == StepType.CHOICE && !hasChoices) {
            problems.add(doc, pointer, where + " is a choice without options",
                    "add choices: [a, b] or choices_from: payment_methods (or menu_categories)");
        }
        if (type != null && type != StepType.CHOICE && hasChoices) {
            problems.add(doc, pointer + "/type", where + " has choices but type " + type.key(), "remove type: or write type: choice");
        }
        String from = BusinessReader.text(step, "choices_from");
        if ("payment_methods".equals(from) && paymentMethods.isEmpty()) {
            problems.add(doc, pointer + "/choices_from", where + " takes its choices from payment_methods, but business.yaml has none",
                    "add payment_methods: [efectivo, tarjeta] to business.yaml, or write choices:");
        }
        if ("menu_categories".equals(from) && menuCategories.isEmpty()) {
            problems.add(doc, pointer + "/choices_from", where + " takes its choices from menu_categories, but menu.csv has no categories",
                    "fill the category column of menu.csv, or write choices:");
        }
        return type;
    }

    /** A prompt may show answers already given (earlier steps), never its own, plus the order so far. */
    private void checkVariables(Document doc, String pointer, String text, String where, Set<String> earlierVars) {
        Set<String> variables = new LinkedHashSet<>(earlierVars);
        variables.addAll(ORDER_VARIABLES);
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            String name = m.group(1).trim();
            if (variables.contains(name) || Placeholders.BUSINESS.contains(name)) continue;
            Document.Pos pos = doc.pos(pointer);
            int column = pos == null || pos.inlineOffset() < 0 ? 0 : pos.inlineOffset() + m.start();
            Set<String> all = new LinkedHashSet<>(variables);
            all.addAll(Placeholders.BUSINESS);
            problems.add(doc.file(), pos == null ? 0 : pos.line(), column,
                    where + ": unknown variable {" + name + "} (no earlier step has var: " + name + ")",
                    Spelling.didYouMean(name, all, "{", "}") + "the variables here are: " + braces(variables)
                            + "; the placeholders are: " + braces(Placeholders.BUSINESS));
        }
    }

    private static String braces(java.util.Collection<String> names) {
        return String.join(" ", names.stream().map(n -> "{" + n + "}").toList());
    }
}
