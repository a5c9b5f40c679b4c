package org.genaikg.serve.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.sparql.core.BasicPattern;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.genaikg.RealBuild;
import org.genaikg.query.ExampleQuery;
import org.genaikg.vocab.GKG;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Ordering patterns by the graph's counts changes how fast a query runs, never what it answers. */
class GraphStatsReorderTest {
    private static final GraphStatsReorder ORDER = GraphStatsReorder.of(RealBuild.graph());
    private static final QueryLimits BY_COUNTS = new QueryLimits(30, 10_000, 1 << 20, Set.of(), ORDER);
    private static final QueryLimits BY_SHAPE = new QueryLimits(30, 10_000, 1 << 20, Set.of());

    static List<ExampleQuery> examples() {
        return ExampleQuery.all(Path.of("queries"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void everyExampleAnswersTheSameInEitherOrder(ExampleQuery example) {
        DatasetGraph dataset = DatasetGraphFactory.wrap(RealBuild.graph());
        Query query = QueryFactory.create(example.text());
        assertEquals(sorted(answer(BY_SHAPE, dataset, query)), sorted(answer(BY_COUNTS, dataset, query)), example.name());
    }

    @Test
    void theRarerPatternGoesFirst() {
        Var x = Var.alloc("x");
        Var l = Var.alloc("l");
        BasicPattern pattern = new BasicPattern();
        pattern.add(Triple.create(x, RDFS.Nodes.label, l));
        pattern.add(Triple.create(x, RDF.Nodes.type, GKG.term("Law")));
        BasicPattern ordered = ORDER.reorder(pattern);
        assertEquals(RDF.Nodes.type, ordered.get(0).getPredicate(), "the laws before every label: " + ordered);
        Node unknown = NodeFactory.createURI("urn:nothing");
        pattern.add(Triple.create(x, unknown, l));
        assertEquals(unknown, ORDER.reorder(pattern).get(0).getPredicate(), "a property the graph lacks matches nothing");
    }

    private static String answer(QueryLimits limits, DatasetGraph dataset, Query query) {
        try (QueryExec exec = limits.applyTo(QueryExec.newBuilder().dataset(dataset).query(query), dataset).build()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (query.isSelectType()) ResultSetFormatter.outputAsCSV(out, org.apache.jena.query.ResultSet.adapt(exec.select()));
            else if (query.isAskType()) return String.valueOf(exec.ask());
            else return String.valueOf(exec.construct().size());
            return out.toString(StandardCharsets.UTF_8);
        }
    }

    /** The rows in a fixed order (the header first): a query without ORDER BY may list them either way. */
    private static List<String> sorted(String csv) {
        List<String> lines = new ArrayList<>(csv.lines().toList());
        assertTrue(!lines.isEmpty());
        String header = lines.remove(0);
        lines.sort(null);
        lines.add(0, header);
        return lines;
    }
}
