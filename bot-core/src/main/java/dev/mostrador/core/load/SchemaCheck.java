package dev.mostrador.core.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Validates an owner file against its JSON Schema in {@code schema/} and says what is wrong in the owner's words:
 * the validator's keyword (required, type, enum, additionalProperties, ...) becomes a sentence with a fix, and its
 * instance path becomes the line in the file.
 */
final class SchemaCheck {
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final Map<String, Loaded> CACHE = new ConcurrentHashMap<>();
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Files are pushed to a repository: a key or token written there is leaked. */
    private static final java.util.regex.Pattern SECRET_KEY =
            java.util.regex.Pattern.compile("(?i)(api_?key|token|secret|password|contrase)");

    private record Loaded(Schema schema, JsonNode raw) {}

    private SchemaCheck() {}

    /** The raw schema document, e.g. for listing the valid keys in tests. */
    static JsonNode raw(String schemaFile) {
        return load(schemaFile).raw();
    }

    static void validate(Document doc, String schemaFile, Problems problems) {
        Loaded loaded = load(schemaFile);
        List<Error> errors = loaded.schema().validate(doc.root());
        for (Error e : errors) {
            report(doc, loaded.raw(), e, problems);
        }
    }

    private static Loaded load(String schemaFile) {
        return CACHE.computeIfAbsent(schemaFile, name -> {
            try (InputStream in = SchemaCheck.class.getClassLoader().getResourceAsStream("schema/" + name)) {
                if (in == null) throw new IllegalStateException("schema/" + name + " is not on the classpath");
                JsonNode raw = JSON.readTree(in);
                return new Loaded(REGISTRY.getSchema(raw), raw);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static void report(Document doc, JsonNode rawSchema, Error e, Problems problems) {
        String pointer = pointer(e.getInstanceLocation());
        String keyword = e.getKeyword() == null ? "" : e.getKeyword();
        JsonNode at = e.getInstanceNode();
        String name = name(e.getInstanceLocation());
        JsonNode schemaHere = schemaParent(rawSchema, e);
        switch (keyword) {
            case "additionalProperties" -> {
                String key = String.valueOf(e.getProperty());
                List<String> valid = validKeys(schemaHere);
                String childPointer = Document.child(pointer, key);
                if (SECRET_KEY.matcher(key).find()) {
                    problems.add(doc.file(), doc.keyLine(childPointer), "'" + key + "' looks like a secret, and secrets never go in these files",
                            "remove it from the file (and change it if it was pushed); set it in the environment (.env) instead");
                    return;
                }
                problems.add(doc.file(), doc.keyLine(childPointer), "unknown key '" + key + "'",
                        Spelling.didYouMean(key, valid, "'", "'") + "valid keys: " + String.join(", ", valid));
            }
            case "required" -> {
                String key = e.getProperty() != null ? e.getProperty() : String.valueOf(e.getArguments()[0]);
                problems.add(doc.file(), doc.line(pointer), "missing required key '" + key + "'" + inWhat(e.getInstanceLocation()),
                        pointer.isEmpty() ? "add " + key + ": at the top of the file" : "add " + key + ": to this entry");
            }
            case "type" -> {
                if ((at == null || at.isNull()) && e.getSchemaNode().toString().contains("string")) {
                    // "answer:" with nothing after it: the owner forgot the text, not the type
                    problems.add(doc.file(), doc.line(pointer), subject(name) + " is empty", "write the text");
                    return;
                }
                String expected = expectedType(e.getSchemaNode());
                problems.add(doc.file(), doc.line(pointer), subject(name) + " must be " + expected + ", not " + found(at),
                        typeFix(e.getSchemaNode(), at));
            }
            case "enum" -> {
                List<String> allowed = new ArrayList<>();
                e.getSchemaNode().forEach(v -> allowed.add(v.asText()));
                String value = at == null ? "" : at.asText();
                String noun = name.equals("type") ? "step type" : name;
                problems.add(doc.file(), doc.line(pointer), "unknown " + noun + " '" + value + "'",
                        Spelling.didYouMean(value, allowed, "", "") + "valid " + (name.equals("type") ? "types" : "values") + ": "
                                + String.join(", ", allowed));
            }
            case "propertyNames" -> {
                String key = e.getProperty() != null ? e.getProperty() : String.valueOf(at == null ? "" : at.asText());
                problems.add(doc.file(), doc.keyLine(Document.child(pointer, key)), "name '" + key + "' is not valid",
                        "use lowercase letters, digits, _ and - only, e.g. " + Spelling.slug(key).replace('-', '_'));
            }
            case "pattern" -> problems.add(doc.file(), doc.line(pointer),
                    subject(name) + " '" + (at == null ? "" : at.asText()) + "' is not valid", description(schemaHere));
            case "minLength" -> problems.add(doc.file(), doc.line(pointer), subject(name) + " is empty", "write the text");
            case "minItems" -> {
                int min = e.getSchemaNode().asInt();
                problems.add(doc.file(), doc.line(pointer), subject(name) + (at != null && at.isEmpty() ? " is an empty list" : " is too short"),
                        "list at least " + min + (min == 1 ? " item" : " items"));
            }
            case "minimum", "exclusiveMinimum" -> problems.add(doc.file(), doc.line(pointer),
                    subject(name) + " is " + (at == null ? "" : at.asText()) + ", below the minimum " + e.getSchemaNode().asText(),
                    rangeFix(schemaHere));
            case "maximum", "exclusiveMaximum" -> problems.add(doc.file(), doc.line(pointer),
                    subject(name) + " is " + (at == null ? "" : at.asText()) + ", above the maximum " + e.getSchemaNode().asText(),
                    rangeFix(schemaHere));
            case "uniqueItems" -> problems.add(doc.file(), doc.line(pointer), subject(name) + " lists the same value twice",
                    "remove the repeated value");
            default -> problems.add(doc.file(), doc.line(pointer), subject(name) + " " + e.getMessage(), description(schemaHere));
        }
    }

    static String pointer(NodePath path) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            Object el = path.getElement(i);
            sb.append(el instanceof Integer n ? Document.child("", n) : Document.child("", String.valueOf(el)));
        }
        return sb.toString();
    }

    /** How the owner calls the value at a path: its key, or "item 3 of also". */
    private static String name(NodePath path) {
        int n = path.getNameCount();
        if (n == 0) return "the file";
        Object last = path.getElement(n - 1);
        if (last instanceof Integer i) {
            if (n == 1) return "entry " + (i + 1);
            return "item " + (i + 1) + " of " + path.getElement(n - 2);
        }
        return String.valueOf(last);
    }

    private static String subject(String name) {
        return name.startsWith("the ") || name.startsWith("entry ") || name.startsWith("item ") ? name : "'" + name + "'";
    }

    private static String inWhat(NodePath path) {
        int n = path.getNameCount();
        if (n == 0) return "";
        Object last = path.getElement(n - 1);
        return last instanceof Integer ? "" : " in '" + last + "'";
    }

    /** The schema object that holds the failing keyword (the keyword's parent in the raw schema). */
    private static JsonNode schemaParent(JsonNode raw, Error e) {
        NodePath frag = e.getSchemaLocation() == null ? null : e.getSchemaLocation().getFragment();
        if (frag == null) return raw;
        JsonNode node = raw;
        for (int i = 0; i < frag.getNameCount() - 1 && node != null; i++) {
            Object el = frag.getElement(i);
            node = el instanceof Integer n ? node.get(n) : node.get(String.valueOf(el));
        }
        return node == null ? raw : node;
    }

    private static List<String> validKeys(JsonNode schemaObject) {
        List<String> keys = new ArrayList<>();
        JsonNode props = schemaObject.get("properties");
        if (props != null) props.fieldNames().forEachRemaining(keys::add);
        JsonNode patterns = schemaObject.get("patternProperties");
        if (patterns != null) {
            for (Iterator<String> it = patterns.fieldNames(); it.hasNext(); ) {
                keys.add(readablePattern(it.next()));
            }
        }
        return keys;
    }

    /** "^answer_[a-z]{2}$" becomes "answer_<lang>"; "^(greeting|fallback)_[a-z]{2}$" becomes "greeting|fallback_<lang>". */
    private static String readablePattern(String pattern) {
        String p = pattern.replace("^", "").replace("$", "").replace("[a-z]{2}", "<lang>");
        if (!p.startsWith("(")) return p;
        String alternatives = p.substring(1, p.indexOf(')')).replace("|", "/");
        return alternatives + p.substring(p.indexOf(')') + 1);
    }

    private static String rangeFix(JsonNode schemaObject) {
        JsonNode min = schemaObject.get("minimum");
        JsonNode max = schemaObject.get("maximum");
        if (min != null && max != null) return "write a number from " + min.asText() + " to " + max.asText();
        if (min != null) return "write " + min.asText() + " or more";
        return max == null ? "" : "write " + max.asText() + " or less";
    }

    private static String description(JsonNode schemaObject) {
        JsonNode d = schemaObject == null ? null : schemaObject.get("description");
        return d == null ? "" : d.asText();
    }

    private static String expectedType(JsonNode typeNode) {
        List<String> names = new ArrayList<>();
        if (typeNode != null && typeNode.isArray()) typeNode.forEach(t -> names.add(typeWords(t.asText())));
        else if (typeNode != null) names.add(typeWords(typeNode.asText()));
        return names.stream().collect(Collectors.joining(" or "));
    }

    private static String typeWords(String type) {
        return switch (type) {
            case "string" -> "a text";
            case "number" -> "a number";
            case "integer" -> "a whole number";
            case "boolean" -> "true or false";
            case "array" -> "a list";
            case "object" -> "a block of 'key: value' lines";
            default -> type;
        };
    }

    private static String found(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) return "empty";
        if (node.isTextual()) return "the text \"" + node.asText() + "\"";
        if (node.isNumber()) return "the number " + node.asText();
        if (node.isBoolean()) return node.asText();
        if (node.isArray()) return "a list";
        return "a block of 'key: value' lines";
    }

    private static String typeFix(JsonNode typeNode, JsonNode found) {
        String t = typeNode == null ? "" : typeNode.isArray() ? typeNode.get(0).asText() : typeNode.asText();
        if (t.equals("string") && found != null && (found.isNumber() || found.isBoolean())) {
            // phone: 88880000 is read as a number (and would lose a leading 0 or +)
            return "put it in quotes: \"" + found.asText() + "\"";
        }
        if (t.equals("string") && found != null && found.isContainerNode()) {
            return "put the text in quotes; a text that starts with { or [ (like {hours}) must be quoted";
        }
        return switch (t) {
            case "string" -> "write the text after the key, in quotes if it has special characters";
            case "number", "integer" -> "write a number without quotes or currency sign, e.g. 30";
            case "boolean" -> "write true or false";
            case "array" -> "write a list: [a, b] or one '- item' per line";
            case "object" -> "write 'key: value' lines indented under it";
            default -> "";
        };
    }
}
