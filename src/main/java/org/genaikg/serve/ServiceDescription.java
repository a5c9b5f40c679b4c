package org.genaikg.serve;

import org.apache.jena.vocabulary.VOID;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.genaikg.serve.limits.FunctionAllowList;
import org.genaikg.vocab.GKG;
import org.genaikg.vocab.Namespaces;
import org.genaikg.vocab.Res;

/**
 * The endpoint's SPARQL 1.1 Service Description, answered to a GET of the endpoint without a query: where it is, the
 * language and result formats it supports, its default dataset (with the VoID description beside it), the prefixes
 * every query may use without declaring them (as SHACL's {@code sh:declare}), the functions it offers beyond
 * SPARQL's own, and the limits every query runs under.
 */
final class ServiceDescription {
    static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    private static final String FORMATS = "http://www.w3.org/ns/formats/";
    private static final List<String> RESULT_FORMATS = List.of("SPARQL_Results_JSON", "SPARQL_Results_XML",
            "SPARQL_Results_CSV", "SPARQL_Results_TSV", "Turtle", "N-Triples", "JSON-LD", "RDF_XML", "TriG", "N-Quads");

    private final ServeConfig config;
    private final FunctionAllowList functions;
    private final long triples;

    ServiceDescription(ServeConfig config, FunctionAllowList functions, long triples) {
        this.config = config;
        this.functions = functions;
        this.triples = triples;
    }

    /** The description of the endpoint at {@code endpointUrl}, in {@code lang} (Turtle or JSON-LD). */
    byte[] describe(String endpointUrl, String baseUrl, Lang lang) {
        Graph g = GraphFactory.createDefaultGraph();
        Node service = NodeFactory.createURI(endpointUrl);
        add(g, service, RDF.type.asNode(), sd("Service"));
        add(g, service, sd("endpoint"), service);
        add(g, service, sd("supportedLanguage"), sd("SPARQL11Query"));
        add(g, service, RDFS.label.asNode(), NodeFactory.createLiteralLang("genai-kg SPARQL 端点", "zh"));
        add(g, service, RDFS.label.asNode(), NodeFactory.createLiteralLang("genai-kg SPARQL endpoint", "en"));
        for (String format : RESULT_FORMATS) add(g, service, sd("resultFormat"), NodeFactory.createURI(FORMATS + format));
        functions.allowedFunctions().stream().sorted()
                .forEach(f -> add(g, service, sd("extensionFunction"), NodeFactory.createURI(f)));
        for (String pf : FunctionAllowList.PROPERTY_FUNCTIONS.stream().sorted().toList()) {
            add(g, service, sd("propertyFeature"), NodeFactory.createURI(pf));
        }
        Node dataset = NodeFactory.createBlankNode("default-dataset");
        Node graph = NodeFactory.createBlankNode("default-graph");
        add(g, service, sd("defaultDataset"), dataset);
        add(g, dataset, RDF.type.asNode(), sd("Dataset"));
        add(g, dataset, sd("defaultGraph"), graph);
        add(g, dataset, RDFS.seeAlso.asNode(), NodeFactory.createURI(baseUrl + "/.well-known/void"));
        add(g, dataset, VOID.inDataset.asNode(), Res.graphDataset());
        add(g, graph, RDF.type.asNode(), sd("Graph"));
        add(g, graph, VOID.triples.asNode(),
                NodeFactory.createLiteralDT(Long.toString(triples), XSDDatatype.XSDinteger));
        Namespaces.queryPrefixes().getNsPrefixMap().forEach((prefix, namespace) -> {
            Node declaration = NodeFactory.createBlankNode("prefix-" + prefix);
            add(g, service, NodeFactory.createURI(Namespaces.SH + "declare"), declaration);
            add(g, declaration, NodeFactory.createURI(Namespaces.SH + "prefix"), NodeFactory.createLiteralString(prefix));
            add(g, declaration, NodeFactory.createURI(Namespaces.SH + "namespace"),
                    NodeFactory.createLiteralDT(namespace, XSDDatatype.XSDanyURI));
        });
        add(g, service, GKG.term("queryTimeoutSeconds"), integer(config.timeoutSeconds()));
        add(g, service, GKG.term("maxResultRows"), integer(config.maxRows()));
        add(g, service, GKG.term("maxResultTriples"), integer(config.maxTriples()));
        add(g, service, GKG.term("maxQueryBytes"), integer(config.maxQueryBytes()));
        add(g, service, GKG.term("maxConcurrentQueriesPerClient"), integer(config.maxConcurrentPerClient()));
        g.getPrefixMapping().setNsPrefix("sd", SD).setNsPrefix("formats", FORMATS).setNsPrefix("sh", Namespaces.SH)
                .setNsPrefix("void", Namespaces.VOID).setNsPrefix("gkg", Namespaces.GKG).setNsPrefix("rdfs", RDFS.getURI())
                .setNsPrefix("xsd", XSDDatatype.XSD + "#");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFWriter.source(g).format(lang == Lang.JSONLD ? RDFFormat.JSONLD_PRETTY : RDFFormat.TURTLE_PRETTY).output(out);
        return out.toByteArray();
    }

    private static Node sd(String local) {
        return NodeFactory.createURI(SD + local);
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    private static void add(Graph g, Node s, Node p, Node o) {
        g.add(Triple.create(s, p, o));
    }
}
