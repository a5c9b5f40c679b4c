package org.genaikg.publish;

import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.VOID;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.genaikg.vocab.Namespaces;
import org.genaikg.vocab.Res;
import org.genaikg.vocab.Std;

/**
 * The description of the genai-kg data set: the catalogue facts that go into the graph itself (titles, version,
 * licence, creator, source report), and the full VoID + DCAT description with statistics, partitions, example
 * resources, the SPARQL endpoint and the dump URLs, published as {@code void.ttl} and {@code /.well-known/void}.
 */
public final class DatasetDescription {
    public static final String TITLE_ZH = "生成式人工智能知识图谱";
    public static final String TITLE_EN = "genai-kg: knowledge graph of the generative-AI landscape";
    public static final String DESCRIPTION_ZH = "根据中国互联网络信息中心《生成式人工智能应用发展报告（2025）》整理的知识图谱："
            + "国家与机构、政策、企业、模型与产品、应用场景、事件和统计数据，每个事实均注明出处。";
    public static final String DESCRIPTION_EN = "A knowledge graph of the generative-AI landscape built from CNNIC's report "
            + "on the development of generative AI applications (2025): countries and agencies, policies, companies, "
            + "models and products, application scenarios, events and statistics, every fact cited.";
    public static final Node LICENCE = NodeFactory.createURI("https://creativecommons.org/licenses/by/4.0/");
    public static final String CREATOR = "genai-kg contributors";
    public static final Node SOURCE_REPORT = Res.report("cnnic-genai-2025");

    private DatasetDescription() {}

    /** The catalogue facts about the data set, added to the graph itself. */
    public static void addCatalogueFacts(Graph graph, String version) {
        Node ds = Res.graphDataset();
        add(graph, ds, RDF.Nodes.type, VOID.Dataset.asNode());
        add(graph, ds, RDF.Nodes.type, DCAT.Dataset.asNode());
        add(graph, ds, DCTerms.title.asNode(), NodeFactory.createLiteralLang(TITLE_ZH, "zh"));
        add(graph, ds, DCTerms.title.asNode(), NodeFactory.createLiteralLang(TITLE_EN, "en"));
        add(graph, ds, RDFS.Nodes.label, NodeFactory.createLiteralLang(TITLE_ZH, "zh"));
        add(graph, ds, RDFS.Nodes.label, NodeFactory.createLiteralLang(TITLE_EN, "en"));
        add(graph, ds, DCTerms.description.asNode(), NodeFactory.createLiteralLang(DESCRIPTION_ZH, "zh"));
        add(graph, ds, DCTerms.description.asNode(), NodeFactory.createLiteralLang(DESCRIPTION_EN, "en"));
        add(graph, ds, Std.DCAT_VERSION, NodeFactory.createLiteralString(version));
        add(graph, ds, DCTerms.license.asNode(), LICENCE);
        add(graph, ds, DCTerms.creator.asNode(), NodeFactory.createLiteralString(CREATOR));
        add(graph, ds, DCTerms.source.asNode(), SOURCE_REPORT);
        add(graph, ds, DCTerms.language.asNode(), NodeFactory.createLiteralString("zh"));
        add(graph, ds, DCTerms.language.asNode(), NodeFactory.createLiteralString("en"));
        add(graph, ds, VOID.uriSpace.asNode(), NodeFactory.createLiteralString(Namespaces.RES));
        add(graph, ds, VOID.vocabulary.asNode(), NodeFactory.createURI(Namespaces.ONTOLOGY));
    }

    /**
     * The full VoID + DCAT description of {@code graph} as published at {@code publicUrl} (no trailing slash),
     * with the byte sizes of the dumps in {@code dumps} when given.
     */
    public static Graph describe(Graph graph, String version, String publicUrl, Path dumps) throws IOException {
        Graph g = GraphFactory.createDefaultGraph();
        g.getPrefixMapping().setNsPrefixes(Namespaces.prefixes());
        addCatalogueFacts(g, version);
        Node ds = Res.graphDataset();
        GraphStatistics stats = GraphStatistics.of(graph);
        add(g, ds, VOID.triples.asNode(), integer(stats.triples()));
        add(g, ds, VOID.entities.asNode(), integer(stats.entities()));
        add(g, ds, VOID.classes.asNode(), integer(stats.classes().size()));
        add(g, ds, VOID.properties.asNode(), integer(stats.properties().size()));
        add(g, ds, VOID.distinctSubjects.asNode(), integer(stats.distinctSubjects()));
        add(g, ds, VOID.distinctObjects.asNode(), integer(stats.distinctObjects()));
        add(g, ds, VOID.feature.asNode(), NodeFactory.createURI("http://www.w3.org/ns/formats/Turtle"));
        add(g, ds, VOID.feature.asNode(), NodeFactory.createURI("http://www.w3.org/ns/formats/N-Triples"));
        add(g, ds, VOID.feature.asNode(), NodeFactory.createURI("http://www.w3.org/ns/formats/JSON-LD"));
        partitions(g, ds, "class", VOID.classPartition.asNode(), VOID._class.asNode(), VOID.entities.asNode(), stats.classes());
        partitions(g, ds, "property", VOID.propertyPartition.asNode(), VOID.property.asNode(), VOID.triples.asNode(), stats.properties());
        for (Node example : stats.examples()) add(g, ds, VOID.exampleResource.asNode(), example);

        Node endpoint = NodeFactory.createURI(publicUrl + "/kg/sparql");
        add(g, ds, VOID.sparqlEndpoint.asNode(), endpoint);
        Node service = NodeFactory.createURI(Namespaces.BASE + "dataset/service/sparql");
        add(g, service, RDF.Nodes.type, DCAT.DataService.asNode());
        add(g, service, DCTerms.title.asNode(), NodeFactory.createLiteralLang("SPARQL 查询服务", "zh"));
        add(g, service, DCTerms.title.asNode(), NodeFactory.createLiteralLang("SPARQL endpoint", "en"));
        add(g, service, DCAT.endpointURL.asNode(), endpoint);
        add(g, service, DCAT.servesDataset.asNode(), ds);
        add(g, service, DCTerms.conformsTo.asNode(), NodeFactory.createURI("https://www.w3.org/TR/sparql11-protocol/"));

        for (String file : DumpWriter.FILES) {
            Node url = NodeFactory.createURI(publicUrl + "/dumps/" + file);
            add(g, ds, VOID.dataDump.asNode(), url);
            Node dist = NodeFactory.createURI(Namespaces.BASE + "dataset/distribution/" + file);
            add(g, ds, DCAT.distribution.asNode(), dist);
            add(g, dist, RDF.Nodes.type, DCAT.Distribution.asNode());
            add(g, dist, DCTerms.title.asNode(), NodeFactory.createLiteralString(file));
            add(g, dist, DCAT.downloadURL.asNode(), url);
            add(g, dist, DCAT.accessURL.asNode(), NodeFactory.createURI(publicUrl + "/dumps/"));
            add(g, dist, DCAT.mediaType.asNode(), NodeFactory.createURI("https://www.iana.org/assignments/media-types/"
                    + DumpFiles.mediaType(file)));
            add(g, dist, DCTerms.license.asNode(), LICENCE);
            if (dumps != null && Files.exists(dumps.resolve(file))) {
                add(g, dist, DCAT.byteSize.asNode(), NodeFactory.createLiteralDT(
                        String.valueOf(Files.size(dumps.resolve(file))), XSDDatatype.XSDnonNegativeInteger));
            }
        }
        return g;
    }

    private static void partitions(Graph g, Node ds, String kind, Node link, Node key, Node countProperty,
                                   Map<Node, Long> counts) {
        Map<Node, Long> sorted = new TreeMap<>(java.util.Comparator.comparing(Node::getURI));
        sorted.putAll(counts);
        for (Map.Entry<Node, Long> e : sorted.entrySet()) {
            String local = Namespaces.prefixes().shortForm(e.getKey().getURI()).replace(':', '-');
            Node partition = NodeFactory.createURI(Namespaces.BASE + "dataset/" + kind + "-partition/" + local);
            add(g, ds, link, partition);
            add(g, partition, key, e.getKey());
            add(g, partition, countProperty, integer(e.getValue()));
        }
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    private static void add(Graph g, Node s, Node p, Node o) {
        g.add(Triple.create(s, p, o));
    }
}
