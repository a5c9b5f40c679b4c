package org.genaikg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.describe.DescribeHandler;
import org.apache.jena.sparql.core.describe.DescribeHandlerFactory;
import org.apache.jena.sparql.core.describe.DescribeHandlerRegistry;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.Symbol;
import org.genaikg.TestData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every SPARQL query form, sent each way the protocol allows (GET, form POST, direct POST), in every format the
 * server offers for it, answers 200 with a body that parses and is not empty.
 */
class ProtocolMatrixTest {
    enum Method { GET, FORM_POST, DIRECT_POST }

    private static final List<Lang> RESULT_FORMATS = List.of(ResultSetLang.RS_JSON, ResultSetLang.RS_XML,
            ResultSetLang.RS_CSV, ResultSetLang.RS_TSV);
    private static final List<Lang> GRAPH_FORMATS = List.of(Lang.TURTLE, Lang.NTRIPLES, Lang.JSONLD, Lang.RDFXML,
            Lang.TRIG, Lang.NQUADS);

    @TempDir
    static Path temp;
    private static TestServer server;
    private static String resource;

    @BeforeAll
    static void start() throws IOException {
        ServeConfig config = ServeConfig.defaults(temp.resolve("dumps"), Path.of("queries")).withTimeout(10);
        server = TestServer.start(TestData.BASE, temp.resolve("dumps"), config);
        resource = server.dataset.calculateRead(() -> server.dataset.getDefaultGraph()
                .find(Node.ANY, org.apache.jena.vocabulary.RDFS.label.asNode(), Node.ANY).next().getSubject().getURI());
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (Method method : Method.values()) {
            for (Lang lang : RESULT_FORMATS) {
                cases.add(Arguments.of("SELECT", method, lang));
                cases.add(Arguments.of("ASK", method, lang));
            }
            for (Lang lang : GRAPH_FORMATS) {
                cases.add(Arguments.of("CONSTRUCT", method, lang));
                cases.add(Arguments.of("DESCRIBE", method, lang));
                cases.add(Arguments.of("DESCRIBE-IRI", method, lang));
            }
        }
        return cases.stream();
    }

    private static String query(String form) {
        String rdfs = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> ";
        return switch (form) {
            case "SELECT" -> rdfs + "SELECT ?s ?label WHERE { ?s rdfs:label ?label } ORDER BY ?s ?label LIMIT 20";
            case "ASK" -> rdfs + "ASK { ?s rdfs:label ?label }";
            case "CONSTRUCT" -> rdfs + "CONSTRUCT { ?s rdfs:label ?label } WHERE { ?s rdfs:label ?label } LIMIT 20";
            case "DESCRIBE" -> "DESCRIBE ?s WHERE { ?s ?p ?o FILTER(?s = <" + resource + ">) }";
            case "DESCRIBE-IRI" -> "DESCRIBE <" + resource + ">";
            default -> throw new IllegalArgumentException(form);
        };
    }

    @ParameterizedTest(name = "{0} by {1} as {2}")
    @MethodSource("cases")
    void everyFormAnswersEveryWayInEveryFormat(String form, Method method, Lang lang) throws Exception {
        HttpResponse<byte[]> r = send(query(form), method, lang.getHeaderString());
        String body = new String(r.body(), StandardCharsets.UTF_8);
        assertEquals(200, r.statusCode(), body);
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(lang.getHeaderString()),
                r.headers().firstValue("Content-Type").orElse("(none)"));
        if (form.equals("SELECT")) {
            ResultSet rows = ResultSetMgr.read(new ByteArrayInputStream(r.body()), lang);
            assertTrue(rows.hasNext(), body);
        } else if (form.equals("ASK")) {
            // Jena's generic reader does not recognise a TSV boolean; its TSV reader does
            boolean answer = lang.equals(ResultSetLang.RS_TSV)
                    ? org.apache.jena.riot.rowset.rw.RowSetReaderTSV.booleanFromTSV(new ByteArrayInputStream(r.body()))
                    : ResultSetMgr.readBoolean(new ByteArrayInputStream(r.body()), lang);
            assertTrue(answer, body);
        } else {
            DatasetGraph parsed = DatasetGraphFactory.create();
            RDFParser.source(new ByteArrayInputStream(r.body())).lang(lang).parse(parsed);
            assertFalse(parsed.isEmpty(), body);
            if (form.startsWith("DESCRIBE")) {
                assertTrue(parsed.getDefaultGraph().contains(NodeFactory.createURI(resource), Node.ANY, Node.ANY), body);
            }
        }
    }

    /** DESCRIBE runs through ARQ's describe machinery with the dataset's own context, as a page handler needs. */
    @Test
    void describeHandlersSeeTheDatasetContext() throws Exception {
        Symbol marker = Symbol.create("urn:genai-kg:test:describe-marker");
        DescribeHandlerFactory factory = () -> new MarkingHandler(marker);
        DescribeHandlerRegistry.get().add(factory);
        Graph graph = server.dataset.getDefaultGraph();
        DatasetGraph marked = KgServer.inMemory(graph);
        marked.getContext().set(marker, true);
        ServeConfig config = ServeConfig.defaults(temp.resolve("dumps"), Path.of("queries"));
        try (KgServer other = KgServer.start(config.withPort(0), marked)) {
            String describe = "DESCRIBE <" + resource + ">";
            String plain = new String(send(server, describe, Method.GET, "application/n-triples").body(), StandardCharsets.UTF_8);
            String withMarker = new String(send(other.baseUrl(), describe, Method.GET, "application/n-triples").body(),
                    StandardCharsets.UTF_8);
            assertFalse(plain.contains("urn:genai-kg:test:described"), plain);
            assertTrue(withMarker.contains("<" + resource + "> <urn:genai-kg:test:described> \"yes\""), withMarker);
        } finally {
            DescribeHandlerRegistry.get().remove(factory);
        }
    }

    /** Adds one triple to each described resource, only when the query's context carries {@code marker}. */
    private static final class MarkingHandler implements DescribeHandler {
        private final Symbol marker;
        private Model model;
        private boolean active;

        MarkingHandler(Symbol marker) {
            this.marker = marker;
        }

        @Override
        public void start(Model accumulateResultModel, Context qContext) {
            model = accumulateResultModel;
            active = qContext.isTrue(marker);
        }

        @Override
        public void describe(Resource r) {
            if (active) r.inModel(model).addProperty(model.createProperty("urn:genai-kg:test:described"), "yes");
        }

        @Override
        public void finish() {}
    }

    private static HttpResponse<byte[]> send(String query, Method method, String accept) throws Exception {
        return send(server.server.baseUrl(), query, method, accept);
    }

    private static HttpResponse<byte[]> send(TestServer s, String query, Method method, String accept) throws Exception {
        return send(s.server.baseUrl(), query, method, accept);
    }

    private static HttpResponse<byte[]> send(String base, String query, Method method, String accept) throws Exception {
        String encoded = URLEncoder.encode(query, StandardCharsets.UTF_8);
        HttpRequest.Builder b = switch (method) {
            case GET -> HttpRequest.newBuilder(URI.create(base + "/kg/sparql?query=" + encoded)).GET();
            case FORM_POST -> HttpRequest.newBuilder(URI.create(base + "/kg/sparql"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("query=" + encoded));
            case DIRECT_POST -> HttpRequest.newBuilder(URI.create(base + "/kg/sparql"))
                    .header("Content-Type", "application/sparql-query")
                    .POST(HttpRequest.BodyPublishers.ofString(query));
        };
        return server.http.send(b.header("Accept", accept).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
