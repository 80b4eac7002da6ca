package org.commentary.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.commentary.validation.Problem;
import org.commentary.validation.Problems;
import org.commentary.vocabulary.YamlNodes;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Reads a Markdown file's YAML front matter: a {@code ---} first line, {@code key: value} fields
 * (multi-valued fields as YAML lists), a closing {@code ---} line, then the text. GitHub shows such
 * a block as a table in diffs and previews.
 *
 * <p>It only splits the block into {@link HeaderField}s, exactly like the {@code key=value} reader:
 * a list becomes its items joined with {@code "; "}, so {@link MetadataNormaliser} interprets both
 * styles the same way. The YAML is read as nodes ({@link YamlNodes}): line numbers are the file's,
 * tags outside the core schema are refused, and nothing is ever instantiated.
 */
public final class YamlFrontMatterReader implements HeaderReader {

    /** The line that opens and closes the front matter. */
    public static final String DELIMITER = "---";

    private static final Pattern LINE_BREAKS = Pattern.compile("\\s*\\n\\s*");

    /** Whether {@code text} starts with a {@code ---} line, i.e. has YAML front matter. */
    public static boolean startsWithFrontMatter(String text) {
        int end = text.indexOf('\n');
        return (end < 0 ? text : text.substring(0, end)).stripTrailing().equals(DELIMITER);
    }

    @Override
    public Optional<HeaderBlock> read(String text, Problems problems) {
        String[] lines = text.split("\n", -1);
        int closing = -1;
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].stripTrailing().equals(DELIMITER)) {
                closing = i;
                break;
            }
        }
        if (closing < 0) {
            problems.add(1, "header", "no \"" + DELIMITER + "\" line closes the YAML front matter; write the"
                    + " fields (title: ..., date: ..., ...) between two \"" + DELIMITER + "\" lines, then the"
                    + " article text");
            return Optional.empty();
        }
        // The opening "---" is YAML's own document start, so node lines are the file's lines.
        StringBuilder yaml = new StringBuilder();
        for (int i = 0; i < closing; i++) {
            yaml.append(lines[i]).append('\n');
        }
        Problems found = new Problems(problems.file());
        Optional<Node> root = YamlNodes.parse(yaml.toString(), found);
        for (Problem problem : found.list()) {
            problems.add(problem.line(), problem.field(), problem.message());
        }
        if (!found.isEmpty()) {
            return Optional.empty();
        }
        List<HeaderField> fields = new ArrayList<>();
        if (root.isPresent() && !isNull(root.get())) {
            if (!(root.get() instanceof MappingNode mapping)) {
                problems.add(YamlNodes.line(root.get()), "header", "the front matter must be fields, one per line,"
                        + " such as \"title: The Strait and the Ledger\"");
                return Optional.empty();
            }
            for (NodeTuple tuple : mapping.getValue()) {
                if (isRepeatable(tuple) && tuple.getValueNode() instanceof SequenceNode entries) {
                    fields.addAll(entries(((ScalarNode) tuple.getKeyNode()).getValue().strip(), entries, problems));
                } else {
                    field(tuple, problems).ifPresent(fields::add);
                }
            }
        }
        StringBuilder body = new StringBuilder();
        for (int i = closing + 1; i < lines.length; i++) {
            body.append(lines[i]).append('\n');
        }
        return Optional.of(new HeaderBlock(SourceFormat.MARKDOWN, fields, closing + 1, body.toString(),
                body.toString(), YamlFrontMatterReader::fieldSyntax));
    }

    /** How a field is written in front matter: {@code key: value}, lists in brackets. */
    public static String fieldSyntax(String key, String example) {
        int colon = example.indexOf(": ");
        if (Field.forKey(key).map(Field::repeatable).orElse(false) && colon > 0) {
            return key + ": [{date: " + example.substring(0, colon) + ", text: \"" + example.substring(colon + 2)
                    + "\"}]";
        }
        if (Field.forKey(key).map(Field::multiValued).orElse(false)) {
            return key + ": [" + String.join(", ", example.split(";\\s*")) + "]";
        }
        return key + ": " + example;
    }

    private static boolean isRepeatable(NodeTuple tuple) {
        return tuple.getKeyNode() instanceof ScalarNode key
                && Field.forKey(key.getValue().strip()).map(Field::repeatable).orElse(false);
    }

    /**
     * A list of entries (corrections), each "- date: ..." with "text: ...", as one field per entry
     * written "date: text", which is how the key=value header gives each one on its own line.
     */
    private static List<HeaderField> entries(String key, SequenceNode sequence, Problems problems) {
        List<HeaderField> fields = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            int line = YamlNodes.line(item);
            if (item instanceof ScalarNode scalar) {
                fields.add(new HeaderField(key, text(scalar), line));
                continue;
            }
            String date = "";
            String text = "";
            boolean valid = item instanceof MappingNode;
            if (valid) {
                for (NodeTuple pair : ((MappingNode) item).getValue()) {
                    String name = pair.getKeyNode() instanceof ScalarNode k ? k.getValue().strip() : "";
                    String value = pair.getValueNode() instanceof ScalarNode v ? text(v) : null;
                    if (name.equals("date") && value != null) {
                        date = value;
                    } else if (name.equals("text") && value != null) {
                        text = value;
                    } else {
                        valid = false;
                    }
                }
            }
            if (!valid || date.isEmpty() || text.isEmpty()) {
                problems.add(line, key, "each entry needs a \"date\" and a \"text\", e.g. \"- date: 2024-12-03\""
                        + " then, indented below it, \"text: The tonnage was 40,000, not 4,000.\"");
                continue;
            }
            fields.add(new HeaderField(key, date + ": " + text, line));
        }
        return fields;
    }

    private static Optional<HeaderField> field(NodeTuple tuple, Problems problems) {
        if (!(tuple.getKeyNode() instanceof ScalarNode keyNode) || isNull(keyNode)) {
            problems.add(YamlNodes.line(tuple.getKeyNode()), "header", "field names must be plain words, such as"
                    + " \"title\"");
            return Optional.empty();
        }
        String key = keyNode.getValue().strip();
        int line = YamlNodes.line(keyNode);
        Node valueNode = tuple.getValueNode();
        String value;
        if (valueNode instanceof ScalarNode scalar) {
            value = text(scalar);
        } else if (valueNode instanceof SequenceNode sequence) {
            value = list(key, line, sequence, problems);
        } else {
            problems.add(line, key, "nested fields are not allowed; give a single value or a"
                    + " list, e.g. \"" + example(key) + "\"");
            value = "";
        }
        return Optional.of(new HeaderField(key, value, line));
    }

    private static String list(String key, int line, SequenceNode sequence, Problems problems) {
        Optional<Field> known = Field.forKey(key);
        if (known.isPresent() && !known.get().multiValued()) {
            problems.add(line, key, "takes a single value, not a list; write \"" + example(key)
                    + "\"");
        }
        List<String> items = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            if (!(item instanceof ScalarNode scalar)) {
                problems.add(YamlNodes.line(item), key, "each list item must be a single value, not a list or"
                        + " nested fields");
                continue;
            }
            String value = text(scalar);
            if (value.contains(";")) {
                problems.add(YamlNodes.line(item), key, "\"" + value + "\" contains ';'; give each value as its own"
                        + " list item");
            }
            items.add(value);
        }
        return String.join("; ", items);
    }

    private static String example(String key) {
        return fieldSyntax(key, Field.forKey(key).map(Field::example).orElse("..."));
    }

    // A header value is one line: folded or literal block scalars are joined with spaces.
    private static String text(ScalarNode scalar) {
        return isNull(scalar) ? "" : LINE_BREAKS.matcher(scalar.getValue().strip()).replaceAll(" ");
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode && Tag.NULL.equals(node.getTag());
    }
}
