package org.genaikg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;

/** The terminal table lines up Chinese and Latin text, and never passes a control character through. */
class TextTableTest {

    @Test
    void columnsLineUpByDisplayWidth() {
        List<String> lines = table("SELECT ?s ?name WHERE { ?s <http://example.org/name> ?name } ORDER BY ?s",
                "生成式人工智能应用发展报告（2025）", "DeepSeek", "ＡＢ", "e\u0301te\u0301");
        assertEquals(8, lines.size(), () -> String.join("\n", lines));
        assertEquals("| <http://example.org/0> | \"生成式人工智能应用发展报告（2025）\" |", lines.get(3));
        assertEquals("| <http://example.org/2> | \"ＡＢ\"                               |", lines.get(5));
        int width = DisplayWidth.of(lines.get(0));
        List<Integer> rules = ruleColumns(lines.get(1));
        for (String line : lines) assertEquals(width, DisplayWidth.of(line), () -> "misaligned: " + line);
        for (String row : lines.subList(3, 7)) assertEquals(rules, ruleColumns(row), () -> "column rule moved: " + row);
    }

    /** The display columns at which a line has its '|' rules. */
    private static List<Integer> ruleColumns(String line) {
        List<Integer> columns = new java.util.ArrayList<>();
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '|') columns.add(DisplayWidth.of(line.substring(0, i)));
        }
        return columns;
    }

    @Test
    void controlCharactersAreShownAsEscapes() {
        List<String> lines = table("SELECT ?name WHERE { ?s <http://example.org/name> ?name }", "bad\u001B[2Jname\u202E");
        assertEquals("| \"bad\\u001B[2Jname\\u202E\" |", lines.get(3));
    }

    private static List<String> table(String query, String... names) {
        Graph graph = GraphFactory.createDefaultGraph();
        for (int i = 0; i < names.length; i++) {
            graph.add(NodeFactory.createURI("http://example.org/" + i), NodeFactory.createURI("http://example.org/name"),
                    NodeFactory.createLiteralString(names[i]));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        QueryRunner.run(graph, query, QueryRunner.Format.TABLE, out);
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }
}
