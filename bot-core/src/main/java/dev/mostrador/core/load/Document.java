package dev.mostrador.core.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * One owner file as a JSON tree (what the JSON Schemas validate) plus where every value and key sits in the file,
 * keyed by JSON pointer ({@code /hours/mon-fri}, {@code /0/also/1}). Keys are stored as {@code pointer + "#key"}.
 * YAML is read with SnakeYAML's node API because Jackson's YAML reader forgets line numbers.
 */
final class Document {
    /** Where a value starts (1-based). {@code inlineOffset} is the column of the first text character when the
     * value is a one-line scalar without escapes, so a placeholder's column can be computed; else -1. */
    record Pos(int line, int column, int inlineOffset) {}

    private final String file;
    private final JsonNode root;
    private final Map<String, Pos> positions;

    Document(String file, JsonNode root, Map<String, Pos> positions) {
        this.file = file;
        this.root = root;
        this.positions = positions;
    }

    String file() {
        return file;
    }

    JsonNode root() {
        return root;
    }

    /** The line of the value at {@code pointer}, or of its nearest located parent. */
    int line(String pointer) {
        Pos p = pos(pointer);
        return p == null ? 0 : p.line();
    }

    Pos pos(String pointer) {
        String p = pointer;
        while (true) {
            Pos found = positions.get(p);
            if (found != null) return found;
            if (p.isEmpty()) return null;
            int hash = p.lastIndexOf('#');
            int slash = p.lastIndexOf('/');
            p = hash > slash ? p.substring(0, hash) : p.substring(0, Math.max(0, slash));
        }
    }

    /** The line of the key that names the value at {@code pointer}; falls back to the value's line. */
    int keyLine(String pointer) {
        Pos p = positions.get(pointer + "#key");
        return p != null ? p.line() : line(pointer);
    }

    static String child(String pointer, String key) {
        return pointer + "/" + key.replace("~", "~0").replace("/", "~1");
    }

    static String child(String pointer, int index) {
        return pointer + "/" + index;
    }

    /** An owner's text file as UTF-8 without BOM; another encoding is a problem (Windows editors still save Latin-1). */
    static Optional<String> readText(Path path, String file, Problems problems) throws IOException {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(path))).toString();
            return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (java.nio.charset.CharacterCodingException e) {
            problems.add(file, 0, "this file is not UTF-8 text", "save it as UTF-8 (in most editors: Save as... > Encoding: UTF-8)");
            return Optional.empty();
        }
    }

    /** Reads a YAML file; a syntax error becomes a problem and the result is empty. */
    static Optional<Document> readYaml(Path path, String file, Problems problems) throws IOException {
        Optional<String> read = readText(path, file, problems);
        if (read.isEmpty()) return Optional.empty();
        String text = read.get();
        Node node;
        try (Reader reader = new java.io.StringReader(text)) {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(true); // we report duplicates ourselves, with both lines
            node = new Yaml(options).compose(reader);
        } catch (MarkedYAMLException e) {
            Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String what = String.valueOf(e.getProblem());
            if (e.getContextMark() != null && (what.contains("stream end") || what.contains("end of stream"))) {
                m = e.getContextMark(); // the file ended inside a quote or list: point at where it was opened
            }
            YamlSyntax words = YamlSyntax.explain(e.getProblem(), e.getContext());
            problems.add(file, m == null ? 0 : m.getLine() + 1, m == null ? 0 : m.getColumn() + 1, words.message(), words.fix());
            return Optional.empty();
        } catch (YAMLException e) {
            problems.add(file, 0, "cannot read this YAML file: " + e.getMessage(), "check the file is plain text YAML");
            return Optional.empty();
        }
        Map<String, Pos> positions = new HashMap<>();
        if (node == null) {
            return Optional.of(new Document(file, JsonNodeFactory.instance.nullNode(), positions));
        }
        JsonNode root = convert(node, "", positions, file, problems, 0, text);
        return Optional.of(new Document(file, root, positions));
    }

    private static JsonNode convert(Node node, String pointer, Map<String, Pos> positions, String file, Problems problems, int depth, String text) {
        positions.put(pointer, posOf(node, text));
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (depth > 64) return f.nullNode(); // a recursive alias; nothing an owner means to write
        if (node instanceof MappingNode map) {
            ObjectNode obj = f.objectNode();
            Map<String, Integer> keyLines = new HashMap<>();
            for (NodeTuple t : map.getValue()) {
                String key = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : String.valueOf(t.getKeyNode());
                int keyLine = t.getKeyNode().getStartMark().getLine() + 1;
                Integer first = keyLines.putIfAbsent(key, keyLine);
                if (first != null) {
                    problems.add(file, keyLine, "key '" + key + "' is written twice (first on line " + first + ")",
                            "keep only one of them");
                    continue;
                }
                String childPointer = child(pointer, key);
                positions.put(childPointer + "#key", posOf(t.getKeyNode(), text));
                obj.set(key, convert(t.getValueNode(), childPointer, positions, file, problems, depth + 1, text));
            }
            return obj;
        }
        if (node instanceof SequenceNode seq) {
            ArrayNode arr = f.arrayNode();
            int i = 0;
            for (Node item : seq.getValue()) {
                arr.add(convert(item, child(pointer, i++), positions, file, problems, depth + 1, text));
            }
            return arr;
        }
        ScalarNode s = (ScalarNode) node;
        String v = s.getValue();
        if (!s.isPlain()) return f.textNode(v);
        Tag tag = s.getTag();
        // YAML 1.1 would turn yes/no/on/off into booleans and "sí" into text: we keep only true/false (YAML 1.2)
        if (Tag.NULL.equals(tag)) return f.nullNode();
        if (Tag.BOOL.equals(tag) && (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false"))) {
            return f.booleanNode(Boolean.parseBoolean(v.toLowerCase()));
        }
        if (Tag.INT.equals(tag)) {
            try {
                return f.numberNode(new BigInteger(v.replace("_", "")));
            } catch (NumberFormatException e) {
                return f.textNode(v); // sexagesimal 1:30, octal... keep what the owner wrote
            }
        }
        if (Tag.FLOAT.equals(tag)) {
            try {
                return f.numberNode(new BigDecimal(v.replace("_", "")));
            } catch (NumberFormatException e) {
                return f.textNode(v);
            }
        }
        return f.textNode(v);
    }

    private static Pos posOf(Node node, String text) {
        Mark start = node.getStartMark();
        Mark end = node.getEndMark();
        int inline = -1;
        if (node instanceof ScalarNode s && end != null && start.getLine() == end.getLine()) {
            switch (s.getScalarStyle()) {
                case PLAIN -> inline = start.getColumn() + 1;
                case SINGLE_QUOTED -> inline = s.getValue().contains("'") ? -1 : start.getColumn() + 2;
                case DOUBLE_QUOTED -> inline = rawContains(text, start, end, '\\') ? -1 : start.getColumn() + 2;
                default -> inline = -1;
            }
        }
        return new Pos(start.getLine() + 1, start.getColumn() + 1, inline);
    }

    private static boolean rawContains(String text, Mark start, Mark end, char c) {
        int from = Math.min(start.getIndex(), text.length());
        int to = Math.min(end.getIndex(), text.length());
        return text.substring(from, to).indexOf(c) >= 0;
    }
}
