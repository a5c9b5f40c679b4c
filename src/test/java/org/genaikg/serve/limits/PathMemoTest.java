package org.genaikg.serve.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.graph.GraphFactory;
import org.genaikg.query.ExampleQuery;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A path evaluated once per start and kept for the query gives the rows ARQ gives, repeats and all. */
class PathMemoTest {
    private static final QueryLimits SERVER = new QueryLimits(30, 100_000, 1 << 20, Set.of());

    static Stream<ExampleQuery> examples() {
        return ExampleQuery.all(Path.of("queries")).stream().filter(q -> !q.text().contains("CONSTRUCT")
                && !q.text().contains("DESCRIBE"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void everyExampleAnswersAsArqDoes(ExampleQuery example) {
        DatasetGraph dataset = Served.dataset();
        Query query = QueryFactory.create(example.text());
        assertEquals(rows(arq(dataset, query)), rows(server(dataset, query)), example.name());
    }

    private static final String DATA = """
            @prefix : <urn:x:> .
            :a :p :b , :c . :b :p :c , :d . :c :p :a . :d :q "1"^^<http://www.w3.org/2001/XMLSchema#integer> .
            :e :q "01"^^<http://www.w3.org/2001/XMLSchema#integer> , "1" . :r1 :p :a . :r2 :p :a .
            """;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "SELECT * { ?r :p ?a . ?a :p* ?o }",
            "SELECT * { ?r :p ?a . ?a :p+ :d }",
            "SELECT * { VALUES ?o { :a :d } ?s :p* ?o }",
            "SELECT * { ?r :p ?a . ?a (:p|:p) ?o }",
            "SELECT * { ?r :p ?a . ?a :p/:p ?o }",
            "SELECT * { ?r :p ?a . ?a ^:p ?o }",
            "SELECT * { ?x :q ?v . ?y (:p*)/:q ?v }",
            "SELECT * { ?s :p* ?o }",
            "SELECT * { ?s :p+ ?s }",
            "SELECT * { ?r :p ?a . ?a :p{0} ?o }",
            "SELECT (COUNT(*) AS ?n) { ?r :p ?a . ?a :p* ?b . ?b :p* ?c }"})
    void pathsFromABoundEndGiveArqsRows(String text) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(DATA, Lang.TURTLE).parse(graph);
        DatasetGraph dataset = DatasetGraphFactory.wrap(graph);
        Query query = QueryFactory.create("PREFIX : <urn:x:> " + text, org.apache.jena.query.Syntax.syntaxARQ);
        List<String> expected = rows(arq(dataset, query));
        assertFalse(expected.isEmpty() && !text.contains("{0}"), "a query with rows: " + text);
        assertEquals(expected, rows(server(dataset, query)), text);
    }

    private static RowSet arq(DatasetGraph dataset, Query query) {
        return QueryExec.dataset(dataset).query(query).build().select().materialize();
    }

    private static RowSet server(DatasetGraph dataset, Query query) {
        return SERVER.applyTo(QueryExec.newBuilder().dataset(dataset).query(query), dataset).build().select().materialize();
    }

    private static List<String> rows(RowSet rows) {
        return Served.rows(rows);
    }
}
