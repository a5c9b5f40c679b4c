package org.genaikg.web;

import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.SchemaDO;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.genaikg.serve.ServeConfig;
import org.genaikg.serve.TestServer;
import org.genaikg.vocab.GKG;
import org.genaikg.vocab.Namespaces;
import org.genaikg.vocab.Res;
import org.genaikg.vocab.Std;
import org.genaikg.dataset.TermWords;
import org.genaikg.web.html.Html;
import org.genaikg.dataset.ResourceDescription;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Browsing the real graph over HTTP: a page and a description for every resource, content negotiation, the
 * ontology's anchors, search and its ranking, SPARQL text search, and DESCRIBE in every form, method and format.
 */
class BrowseTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Node DEEPSEEK = Res.organization("deepseek");

    @TempDir
    static Path temp;
    private static TestServer server;
    private static Graph graph;

    @BeforeAll
    static void start() throws Exception {
        ServeConfig config = ServeConfig.defaults(temp.resolve("dumps"), Path.of("queries"));
        server = TestServer.start(Path.of("data"), temp.resolve("dumps"), config);
        graph = server.dataset.getDefaultGraph();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    private static String path(Node resource) {
        return "/" + resource.getURI().substring(Namespaces.BASE.length());
    }

    private static Graph parse(String body, Lang lang) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(body, lang).parse(g);
        return g;
    }

    @Test
    void everySubjectHasAPageAndATurtleDescriptionWithItsLinks() throws Exception {
        Set<Node> subjects = new HashSet<>();
        graph.find().forEachRemaining(t -> {
            Node s = t.getSubject();
            if (s.isURI() && s.getURI().startsWith(Namespaces.BASE) && !s.getURI().startsWith(Namespaces.GKG)) subjects.add(s);
        });
        assertTrue(subjects.size() > 1000, "subjects: " + subjects.size());
        List<String> problems = new ArrayList<>();
        for (Node s : subjects) {
            HttpResponse<String> page = server.get(path(s), "text/html");
            if (page.statusCode() != 200 || !page.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
                problems.add(path(s) + " page: " + page.statusCode());
            }
            HttpResponse<String> ttl = server.get(path(s) + ".ttl", null);
            if (ttl.statusCode() != 200) {
                problems.add(path(s) + ".ttl: " + ttl.statusCode());
                continue;
            }
            Graph description = parse(ttl.body(), Lang.TURTLE);
            for (Triple t : graph.find(Node.ANY, Node.ANY, s).toList()) {
                if (!description.contains(t)) problems.add(path(s) + ".ttl lacks incoming " + t);
            }
            for (Triple t : graph.find(s, Node.ANY, Node.ANY).toList()) {
                if (!description.contains(t)) problems.add(path(s) + ".ttl lacks " + t);
            }
        }
        assertEquals(List.of(), problems.stream().limit(20).toList(), problems.size() + " problems");
    }

    @Test
    void theOntologyPageAnchorsEveryTermAndItsTurtleHoldsThem() throws Exception {
        HttpResponse<String> page = server.get("/ontology", "text/html");
        assertEquals(200, page.statusCode());
        Graph ontology = parse(server.get("/ontology.ttl", null).body(), Lang.TURTLE);
        List<String> missing = new ArrayList<>();
        for (Node term : List.of(NodeFactory.createURI(Namespaces.GKG + "Company"),
                NodeFactory.createURI(Namespaces.GKG + "issuedBy"), NodeFactory.createURI(Namespaces.SCHEMA + "Corporation"))) {
            String anchor = term.getURI().startsWith(Namespaces.GKG) ? term.getURI().substring(Namespaces.GKG.length())
                    : Namespaces.prefixes().shortForm(term.getURI());
            if (!page.body().contains("id=\"" + anchor + "\"")) missing.add("anchor " + anchor);
        }
        graph.find().forEachRemaining(t -> {
            String s = t.getSubject().getURI();
            if (s != null && !s.startsWith(Namespaces.RES) && !t.getSubject().equals(Res.graphDataset())
                    && !ontology.contains(t)) {
                missing.add("ontology.ttl lacks " + t);
            }
        });
        assertEquals(List.of(), missing.stream().limit(20).toList());
        assertTrue(page.body().contains("发布单位") && page.body().contains("issued by"), "bilingual property labels");
    }

    @Test
    void everyTermThePagesNameIsInTheGraph() throws Exception {
        List<String> unknown = new ArrayList<>();
        try (var in = TermWords.class.getResourceAsStream("page-labels.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("term\t")) continue;
                String term = line.substring(0, line.indexOf('\t'));
                Node node = NodeFactory.createURI(Namespaces.prefixes().expandPrefix(term));
                boolean known = graph.contains(Node.ANY, node, Node.ANY) || graph.contains(node, Node.ANY, Node.ANY)
                        || graph.contains(Node.ANY, Node.ANY, node);
                if (!known) unknown.add(term);
            }
        }
        assertEquals(List.of(), unknown, "page-labels.tsv names terms the graph does not have (a typo?)");
    }

    static Stream<Arguments> negotiated() {
        return Stream.of(
                Arguments.of("text/turtle", "text/turtle", Lang.TURTLE),
                Arguments.of("application/n-triples", "application/n-triples", Lang.NTRIPLES),
                Arguments.of("application/ld+json", "application/ld+json", Lang.JSONLD),
                Arguments.of("application/rdf+xml", "application/rdf+xml", Lang.RDFXML),
                Arguments.of("application/json", "application/ld+json", Lang.JSONLD),
                Arguments.of("text/turtle;q=0.5, application/rdf+xml;q=0.9", "application/rdf+xml", Lang.RDFXML));
    }

    @ParameterizedTest(name = "Accept: {0}")
    @MethodSource("negotiated")
    void negotiatesTheDescription(String accept, String type, Lang lang) throws Exception {
        HttpResponse<String> r = server.get(path(DEEPSEEK), accept);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(type), r.headers().toString());
        assertEquals("Accept", r.headers().firstValue("Vary").orElse(""));
        Graph expected = server.dataset.calculateRead(() -> ResourceDescription.of(graph, DEEPSEEK).asGraph());
        assertTrue(expected.isIsomorphicWith(parse(r.body(), lang)), "description differs from the graph's");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {".ttl", ".nt", ".jsonld", ".rdf"})
    void aSuffixFixesTheFormat(String suffix) throws Exception {
        HttpResponse<String> r = server.get(path(DEEPSEEK) + suffix, "text/html");
        assertEquals(200, r.statusCode());
        Lang lang = RDFLanguages.filenameToLang("x" + suffix);
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(lang.getContentType().getContentTypeStr()));
        assertTrue(parse(r.body(), lang).size() > 20);
    }

    @Test
    void aBrowserGetsThePageInBothLanguagesWithSourcesAndIncomingLinks() throws Exception {
        HttpResponse<String> r = server.get(path(DEEPSEEK),
                "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertEquals(200, r.statusCode());
        String body = r.body();
        assertTrue(body.contains("企业") && body.contains("company"), "type labelled in both languages");
        assertTrue(body.contains("Products and models developed by this organisation"), "incoming links in plain words");
        assertTrue(body.contains("/ui/#/dataset/kg/query?query=DESCRIBE"), "open in the query editor");
        assertFalse(body.contains("<script"), "no script needed");
    }

    /** Every page of a model or policy shows what the graph says: links, sources with their details, quotes. */
    @Test
    void pagesShowEveryLinkSourceAndQuoteTheGraphHas() throws Exception {
        Set<Node> resources = new HashSet<>();
        for (String kind : List.of("model", "policy", "organization")) {
            graph.find().forEachRemaining(t -> {
                if (t.getSubject().getURI().startsWith(Namespaces.RES + kind + "/")) resources.add(t.getSubject());
            });
        }
        List<String> problems = new ArrayList<>();
        for (Node res : resources) {
            String body = server.get(path(res), "text/html").body();
            for (Triple t : graph.find(res, Node.ANY, Node.ANY).toList()) {
                Node o = t.getObject();
                if (o.isURI() && o.getURI().startsWith(Namespaces.RES) && !body.contains("href=\"" + path(o) + "\"")) {
                    problems.add(path(res) + " does not link " + path(o));
                }
                if (t.getPredicate().equals(GKG.quote)
                        && !body.contains(Html.text(o.getLiteralLexicalForm()).toString())) {
                    problems.add(path(res) + " does not quote " + o.getLiteralLexicalForm());
                }
                if (t.getPredicate().equals(Std.PROV_WAS_DERIVED_FROM)) {
                    for (Triple f : graph.find(o, Node.ANY, Node.ANY).toList()) {
                        boolean detail = f.getPredicate().equals(DCTerms.publisher.asNode())
                                || f.getPredicate().equals(DCTerms.issued.asNode())
                                || f.getPredicate().equals(SchemaDO.url.asNode());
                        if (detail && f.getObject().isLiteral()
                                && !body.contains(Html.text(f.getObject().getLiteralLexicalForm()).toString())) {
                            problems.add(path(res) + " lacks " + f);
                        }
                    }
                }
            }
            for (Triple t : graph.find(Node.ANY, Node.ANY, res).toList()) {
                Node s = t.getSubject();
                if (s.getURI().startsWith(Namespaces.RES) && !body.contains("href=\"" + path(s) + "\"")) {
                    problems.add(path(res) + " does not list incoming " + path(s));
                }
            }
        }
        assertTrue(resources.size() > 150, "resources: " + resources.size());
        assertEquals(List.of(), problems.stream().limit(20).toList(), problems.size() + " problems");
    }

    @Test
    void aDateIsShownAtItsPrecisionWithItsUniformKey() throws Exception {
        List<String> problems = new ArrayList<>();
        List<Triple> released = graph.find(Node.ANY, GKG.released, Node.ANY).toList();
        for (Triple t : released) {
            String body = server.get(path(t.getSubject()), "text/html").body();
            String lex = t.getObject().getLiteralLexicalForm();
            if (!body.contains("<time datetime=\"" + lex + "\">" + lex + "</time>")) problems.add(path(t.getSubject()) + " date");
            for (Node key : List.of(GKG.releasedStart, GKG.releasedEnd)) {
                for (Triple k : graph.find(t.getSubject(), key, Node.ANY).toList()) {
                    if (!body.contains(k.getObject().getLiteralLexicalForm())) problems.add(path(t.getSubject()) + " key");
                }
            }
        }
        assertTrue(released.size() > 20, "released: " + released.size());
        assertEquals(List.of(), problems);
    }

    @Test
    void aDataSetShowsItsObservationsAsATable() throws Exception {
        String body = server.get("/resource/dataset/ai-industrialization-typical-cases", "text/html").body();
        assertTrue(body.contains("<table class=\"grid\">"));
        for (String value : List.of(">33<", ">89<", ">5<", ">24<", ">151<")) assertTrue(body.contains(value), value);
    }

    @Test
    void anUnknownIriIs404WithASearchFormHoldingItsId() throws Exception {
        HttpResponse<String> page = server.get("/resource/organization/no-such-company", "text/html");
        assertEquals(404, page.statusCode());
        assertTrue(page.body().contains("value=\"no-such-company\""), page.body());
        HttpResponse<String> ttl = server.get("/resource/organization/no-such-company", "text/turtle");
        assertEquals(404, ttl.statusCode());
        assertTrue(ttl.body().contains("/search?q=no-such-company"), ttl.body());
    }

    static Stream<Arguments> searches() {
        return Stream.of(
                Arguments.of("deepseek", Res.organization("deepseek")),
                Arguments.of("DeepSeek", Res.organization("deepseek")),
                Arguments.of("《人工智能生成合成内容标识办法》", Res.policy("ai-generated-synthetic-content-labeling-measures")),
                Arguments.of("eu ai act", Res.policy("eu-ai-act")),
                Arguments.of("文心", Res.model("wenxin-flagship-model")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("searches")
    void searchFindsTheResourceAmongTheFirstThree(String q, Node expected) throws Exception {
        HttpResponse<String> r = server.get("/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8), "application/json");
        assertEquals(200, r.statusCode());
        JsonNode hits = JSON.readTree(r.body()).get("hits");
        List<String> first = new ArrayList<>();
        for (int i = 0; i < Math.min(3, hits.size()); i++) first.add(hits.get(i).get("iri").asText());
        assertTrue(first.contains(expected.getURI()), q + " → " + first);
        assertTrue(hits.get(0).get("types").size() > 0, "each hit has its type");
        String page = server.get("/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8), "text/html").body();
        assertTrue(page.contains("href=\"" + path(expected) + "\""), "the page links the hit");
    }

    @Test
    void searchRanksExactNamesFirst() throws Exception {
        JsonNode hits = JSON.readTree(server.get("/search?q=deepseek&format=json", null).body()).get("hits");
        assertEquals("exact", hits.get(0).get("match").asText());
        List<String> order = new ArrayList<>();
        hits.forEach(h -> order.add(h.get("match").asText()));
        int firstOther = order.indexOf(order.stream().filter(m -> !m.equals("exact")).findFirst().orElse("exact"));
        assertTrue(order.subList(firstOther, order.size()).stream().noneMatch("exact"::equals),
                "every exact name comes before the rest: " + order);
        List<String> r1 = new ArrayList<>();
        hits.forEach(h -> { if (h.get("iri").asText().endsWith("/model/deepseek-r1")) r1.add(h.get("match").asText()); });
        assertEquals(List.of("words"), r1, "DeepSeek-R1 holds the query as a whole word");
    }

    static Stream<String> badSearches() {
        return Stream.of("", "   ", "《》", "x".repeat(201));
    }

    @ParameterizedTest(name = "q=''{0}''")
    @MethodSource("badSearches")
    void aBlankOrOverLongSearchIs400(String q) throws Exception {
        String url = "/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8);
        HttpResponse<String> page = server.get(url, "text/html");
        assertEquals(400, page.statusCode());
        HttpResponse<String> json = server.get(url, "application/json");
        assertEquals(400, json.statusCode());
        assertFalse(JSON.readTree(json.body()).get("error").asText().isBlank());
    }

    @Test
    void sparqlTextSearchFindsExactlyTheNamesThatContainThePhrase() throws Exception {
        String text = "PREFIX text: <http://jena.apache.org/text#> SELECT DISTINCT ?s WHERE { ?s text:query \"人工智能\" }";
        String contains = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
                + "PREFIX dcterms: <http://purl.org/dc/terms/> SELECT DISTINCT ?s WHERE { "
                + "?s rdfs:label|skos:prefLabel|skos:altLabel|skos:notation|dcterms:title ?name "
                + "FILTER(CONTAINS(STR(?name), \"人工智能\")) }";
        Set<String> found = column(server.query(text, "text/csv"));
        Set<String> expected = column(server.query(contains, "text/csv"));
        assertTrue(expected.size() > 100, "names with 人工智能: " + expected.size());
        assertEquals(expected, found);
    }

    private static Set<String> column(HttpResponse<String> r) {
        assertEquals(200, r.statusCode(), r.body());
        Set<String> values = new HashSet<>(List.of(r.body().split("\r?\n")));
        values.remove("s");
        return values;
    }

    static Stream<Arguments> describeForms() {
        List<String> queries = List.of(
                "DESCRIBE <" + DEEPSEEK.getURI() + ">",
                "PREFIX gkg: <" + Namespaces.GKG + "> PREFIX rdfs: <" + Namespaces.RDFS + "> "
                        + "DESCRIBE ?x WHERE { ?x a gkg:Company ; rdfs:label \"DeepSeek\"@zh }");
        List<Object[]> formats = List.of(new Object[] {"text/turtle", Lang.TURTLE},
                new Object[] {"application/n-triples", Lang.NTRIPLES}, new Object[] {"application/ld+json", Lang.JSONLD},
                new Object[] {"application/rdf+xml", Lang.RDFXML});
        List<Arguments> cases = new ArrayList<>();
        for (String q : queries) {
            for (String method : List.of("GET", "form POST", "direct POST")) {
                for (Object[] f : formats) cases.add(Arguments.of(q.contains("WHERE") ? "DESCRIBE ?x WHERE" : "DESCRIBE <iri>",
                        method, f[0], f[1], q));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} by {1} as {2}")
    @MethodSource("describeForms")
    void describeAnswersTheFullDescription(String form, String method, String accept, Lang lang, String query)
            throws Exception {
        String encoded = URLEncoder.encode(query, StandardCharsets.UTF_8);
        HttpResponse<String> r = switch (method) {
            case "GET" -> server.get("/kg/sparql?query=" + encoded, accept);
            case "form POST" -> server.http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.url("/kg/sparql")))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", accept)
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("query=" + encoded)).build(),
                    HttpResponse.BodyHandlers.ofString());
            default -> server.query(query, accept);
        };
        assertEquals(200, r.statusCode(), r.body());
        Graph expected = server.dataset.calculateRead(() -> ResourceDescription.of(graph, DEEPSEEK).asGraph());
        Graph answer = parse(r.body(), lang);
        assertTrue(expected.isIsomorphicWith(answer), form + ": " + answer.size() + " triples, expected " + expected.size());
    }
}
