package org.genaikg.query;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.text.TextQuery;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.OpWalker;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.resultset.ResultsFormat;
import org.genaikg.vocab.Namespaces;
import org.genaikg.dataset.FullDescribeHandler;
import org.genaikg.dataset.LabelTextIndex;

/** Runs one SPARQL query against a graph and prints the answer in the requested format. */
public final class QueryRunner {
    public enum Format { TABLE, CSV, TSV, JSON, XML }

    private QueryRunner() {}

    /** Parses with the project's prefixes predeclared, so queries may use gkg:, res:, skos: … without PREFIX lines. */
    public static Query parse(String sparql) {
        Query query = new Query();
        query.setPrefixMapping(org.apache.jena.shared.PrefixMapping.Factory.create().setNsPrefixes(Namespaces.queryPrefixes()));
        return QueryFactory.parse(query, sparql, null, null);
    }

    /**
     * {@code graph} as the server offers it: DESCRIBE gives the full description and {@code text:query} searches
     * the names (the text index is built only for a query that uses it).
     */
    static DatasetGraph servedLike(Graph graph, Query query) {
        DatasetGraph dataset = DatasetGraphFactory.wrap(graph);
        FullDescribeHandler.enable(dataset);
        if (usesTextSearch(query)) LabelTextIndex.attach(dataset, LabelTextIndex.of(graph));
        return dataset;
    }

    /** Whether the parsed query calls text:query, however it names it (a PREFIX of its own, or the predeclared one). */
    private static boolean usesTextSearch(Query query) {
        if (query.getQueryPattern() == null) return false;
        Node textQuery = NodeFactory.createURI(TextQuery.NS + "query");
        AtomicBoolean found = new AtomicBoolean();
        OpWalker.walk(Algebra.compile(query), new OpVisitorBase() {
            @Override
            public void visit(OpBGP bgp) {
                if (bgp.getPattern().getList().stream().anyMatch(t -> t.getPredicate().equals(textQuery))) found.set(true);
            }
        });
        return found.get();
    }

    public static void run(Graph graph, String sparql, Format format, OutputStream out) {
        Query query = parse(sparql);
        try (QueryExecution qe = QueryExecution.create(query, DatasetFactory.wrap(servedLike(graph, query)))) {
            if (query.isSelectType()) {
                ResultSet rs = qe.execSelect();
                switch (format) {
                    case TABLE -> TextTable.print(rs, query.getPrefixMapping(), printer(out));
                    case CSV -> ResultSetFormatter.output(out, rs, ResultsFormat.FMT_RS_CSV);
                    case TSV -> ResultSetFormatter.output(out, rs, ResultsFormat.FMT_RS_TSV);
                    case JSON -> ResultSetFormatter.output(out, rs, ResultsFormat.FMT_RS_JSON);
                    case XML -> ResultSetFormatter.output(out, rs, ResultsFormat.FMT_RS_XML);
                }
            } else if (query.isAskType()) {
                boolean answer = qe.execAsk();
                switch (format) {
                    case JSON -> ResultSetFormatter.outputAsJSON(out, answer);
                    case XML -> ResultSetFormatter.outputAsXML(out, answer);
                    default -> printer(out).println(answer);
                }
            } else {
                Model result = query.isConstructType() ? qe.execConstruct() : qe.execDescribe();
                result.setNsPrefixes(Namespaces.prefixes());
                RDFDataMgr.write(out, result, format == Format.JSON ? Lang.JSONLD : Lang.TURTLE);
            }
        }
    }

    /** UTF-8 whatever the platform's default, as the other formats are written. */
    private static PrintStream printer(OutputStream out) {
        return new PrintStream(out, true, StandardCharsets.UTF_8);
    }
}
