package org.commentary.vocabulary;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.commentary.files.Text;
import org.commentary.validation.Problems;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Reads YAML as a tree of nodes with line numbers, never constructing objects: no tag can make it
 * instantiate a class, and any tag outside YAML's core schema is reported as an error.
 */
public final class YamlNodes {

    private static final String CORE = "tag:yaml.org,2002:";
    private static final Set<String> CORE_TAGS = Set.of("str", "int", "float", "bool", "null", "map", "seq",
            "timestamp", "binary");

    private YamlNodes() {
    }

    /** A scalar value and the 1-based line it sits on. */
    public record Value(String text, int line) {
    }

    /** A YAML mapping flattened to scalar values keyed by field name, with its own line. */
    public record Entry(Map<String, Value> fields, int line) {
        public Optional<String> text(String key) {
            Value value = fields.get(key);
            return value == null || value.text().isBlank() ? Optional.empty() : Optional.of(value.text().strip());
        }

        public int lineOf(String key) {
            Value value = fields.get(key);
            return value == null ? line : value.line();
        }
    }

    /** Parses {@code text}; returns the root node, or empty (with a problem recorded) when unreadable. */
    public static Optional<Node> parse(String text, Problems problems) {
        try {
            LoadSettings settings = settings(problems.file().toString());
            Composer composer = new Composer(settings, new ParserImpl(settings, new StreamReader(settings, text)));
            Optional<Node> root = composer.getSingleNode();
            root.ifPresent(node -> checkTags(node, problems));
            return problems.isEmpty() ? root : Optional.empty();
        } catch (MarkedYamlEngineException e) {
            int line = errorLine(e, text);
            problems.add(line, "yaml", "not valid YAML: " + e.getProblem());
        } catch (YamlEngineException e) {
            problems.add(0, "yaml", "not valid YAML: " + e.getMessage());
        }
        return Optional.empty();
    }

    /** Settings for every YAML read: the YAML 1.2 core schema, where {@code ~} and {@code null} are null. */
    public static LoadSettings settings(String label) {
        return LoadSettings.builder().setLabel(label).setSchema(new CoreSchema()).build();
    }

    /** Reads a list of mappings of scalars, the shape of every vocabulary and profile file. */
    public static List<Entry> entries(Node root, Problems problems) {
        List<Entry> entries = new ArrayList<>();
        if (!(root instanceof SequenceNode sequence)) {
            problems.add(line(root), "yaml", "expected a list of entries, each starting with \"- name: ...\"");
            return entries;
        }
        for (Node item : sequence.getValue()) {
            if (item instanceof MappingNode mapping) {
                entries.add(new Entry(scalars(mapping, problems), line(item)));
            } else {
                problems.add(line(item), "yaml", "expected an entry with fields such as \"name: ...\"");
            }
        }
        return entries;
    }

    /** Reads a mapping whose values are all scalars. */
    public static Map<String, Value> scalars(MappingNode mapping, Problems problems) {
        Map<String, Value> fields = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                problems.add(line(tuple.getKeyNode()), "yaml", "field names must be plain words");
                continue;
            }
            Node valueNode = tuple.getValueNode();
            if (valueNode instanceof ScalarNode value) {
                String text = value.getTag().equals(Tag.NULL) ? "" : Text.normalise(value.getValue());
                if (fields.put(key.getValue(), new Value(text, line(value))) != null) {
                    problems.add(line(key), key.getValue(), "field given twice; keep one");
                }
            } else {
                problems.add(line(valueNode), key.getValue(), "expected a single text value");
            }
        }
        return fields;
    }

    // At the end of the file the problem mark says little; the context mark shows where the trouble began.
    private static int errorLine(MarkedYamlEngineException e, String text) {
        boolean atEnd = e.getProblemMark().map(m -> m.getIndex() >= text.strip().length()).orElse(true);
        return (atEnd ? e.getContextMark().or(e::getProblemMark) : e.getProblemMark())
                .map(m -> m.getLine() + 1).orElse(0);
    }

    public static int line(Node node) {
        return node.getStartMark().map(m -> m.getLine() + 1).orElse(0);
    }

    private static void checkTags(Node node, Problems problems) {
        String tag = node.getTag().getValue();
        boolean core = tag.startsWith(CORE) && CORE_TAGS.contains(tag.substring(CORE.length()));
        if (!core) {
            problems.add(line(node), "yaml", "the tag \"" + tag + "\" is not allowed; data files hold plain"
                    + " text, numbers, lists and mappings only (remove the tag)");
        }
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                checkTags(tuple.getKeyNode(), problems);
                checkTags(tuple.getValueNode(), problems);
            }
        } else if (node instanceof SequenceNode sequence) {
            sequence.getValue().forEach(child -> checkTags(child, problems));
        }
    }

    /** The path a data file is reported under. */
    public static String describe(Path dataFolder, String fileName) {
        return dataFolder.getFileName() + "/" + fileName;
    }
}
