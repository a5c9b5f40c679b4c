package org.genaikg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetMem;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.resultset.ResultsWriter;
import org.apache.jena.sys.JenaSystem;
import org.genaikg.RealBuild;
import org.genaikg.dataset.ReadModel;
import org.genaikg.query.ExampleQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The server's SPARQL JSON is ARQ's, byte for byte: on every example answer and on every kind of term. */
class SparqlJsonTest {
    static {
        JenaSystem.init();
    }

    static List<ExampleQuery> selects() {
        return ExampleQuery.all(Path.of("queries")).stream().filter(q -> q.text().contains("SELECT")).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("selects")
    void everyExampleAnswerIsWrittenAsArqWritesIt(ExampleQuery example) throws IOException {
        DatasetGraph dataset = DatasetGraphFactory.wrap(RealBuild.graph());
        ReadModel.attachTo(dataset);
        RowSet answer;
        try (QueryExec exec = QueryExec.dataset(dataset).query(GuardedQueryAction.withPrefixes(example.text())).build()) {
            if (!exec.getQuery().isSelectType()) return;
            answer = RowSetMem.create(exec.select());
        }
        assertEquals(arq(answer), ours(answer));
    }

    @Test
    void everyKindOfTermAndEscapeIsWrittenAsArqWritesIt() throws IOException {
        Var a = Var.alloc("a");
        Var b = Var.alloc("b");
        Var c = Var.alloc("c");
        Node blank = NodeFactory.createBlankNode();
        List<Node> terms = List.of(
                NodeFactory.createURI("https://w3id.org/genai-kg/x?q=1&r=</s>"),
                blank,
                NodeFactory.createBlankNode(),
                blank,
                NodeFactory.createLiteralString("plain \"quoted\" back\\slash </script> tab\t line\nfeed\r \u0001 \u0085 \u2028 \u20AC é 人工智能 😀"),
                NodeFactory.createLiteralLang("生成式人工智能", "zh"),
                NodeFactory.createLiteralLang("AI", "en-t-zh"),
                NodeFactory.createLiteralDirLang("مرحبا", "ar", "rtl"),
                NodeFactory.createLiteralDT("2025-06", org.apache.jena.datatypes.xsd.XSDDatatype.XSDgYearMonth),
                NodeFactory.createLiteralDT("", org.apache.jena.datatypes.xsd.XSDDatatype.XSDstring),
                NodeFactory.createTripleTerm(NodeFactory.createURI("http://x/s"), NodeFactory.createURI("http://x/p"),
                        NodeFactory.createTripleTerm(blank, NodeFactory.createURI("http://x/q"), NodeFactory.createLiteralLang("o", "en"))));
        List<Binding> rows = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            BindingBuilder row = BindingBuilder.create().add(a, terms.get(i));
            if (i % 2 == 0) row.add(c, terms.get(terms.size() - 1 - i)); // b always unbound, c sometimes
            rows.add(row.build());
        }
        rows.add(BindingBuilder.create().build());
        RowSet answer = RowSetMem.create(RowSetStream.create(List.of(a, b, c), rows.iterator()));
        assertEquals(arq(answer), ours(answer));
        RowSet empty = RowSetMem.create(RowSetStream.create(List.of(a, Var.alloc("ünïcode")), List.<Binding>of().iterator()));
        assertEquals(arq(empty), ours(empty));
        RowSet noVars = RowSetMem.create(RowSetStream.create(List.of(), List.of(BindingBuilder.create().build()).iterator()));
        assertEquals(arq(noVars), ours(noVars));
    }

    private static String arq(RowSet answer) {
        ((RowSetMem) answer).reset();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultsWriter.create().lang(ResultSetLang.RS_JSON).build().write(out, answer);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String ours(RowSet answer) throws IOException {
        ((RowSetMem) answer).reset();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SparqlJson.write(out, answer);
        return out.toString(StandardCharsets.UTF_8);
    }
}
