package org.genaikg.dataset;

import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDFS;
import org.genaikg.vocab.GKG;

/**
 * How the report the graph is built from is cited, as the graph states it ({@code data/reports.csv}): its title,
 * its publisher's name, when it was published and the attribution its publisher asks for.
 */
public record ReportCitation(Node report, Bilingual title, Bilingual publisher, String issued, String attribution) {

    /** The report the served graph's facts come from: the one its data set names as {@code dct:source}. */
    public static ReportCitation of(Graph graph, LabelIndex labels) {
        GraphReader read = new GraphReader(graph);
        Node report = graph.find(Node.ANY, DCTerms.source.asNode(), Node.ANY)
                .filterKeep(t -> labels.types(t.getObject()).contains(GKG.Report))
                .nextOptional().map(t -> t.getObject()).orElse(null);
        if (report == null) return new ReportCitation(null, Bilingual.NONE, Bilingual.NONE, "", "");
        Optional<Node> publisher = read.object(report, DCTerms.publisher.asNode());
        return new ReportCitation(report, labels.label(report),
                publisher.map(labels::label).orElse(Bilingual.NONE),
                read.literal(report, DCTerms.issued.asNode()).orElse(""),
                read.literal(report, RDFS.Nodes.comment).orElse(""));
    }
}
