package org.genaikg.dataset;

import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * What the served graph can answer, read once when the server starts (the graph does not change while served):
 * every resource's names, types and links, the resources by kind, the words for the ontology's terms, the report
 * the facts are cited from. Attaching it also extends the dataset through its context, so that SPARQL gets the
 * same view: {@code text:query} searches the names, and DESCRIBE answers with the full description.
 */
public final class ReadModel {
    private final DatasetGraph dataset;
    private final LabelIndex labels;
    private final TermWords words;
    private final KindIndex kinds;
    private final ReportCitation citation;

    private ReadModel(DatasetGraph dataset, LabelIndex labels, KindIndex kinds, ReportCitation citation) {
        this.dataset = dataset;
        this.labels = labels;
        this.words = TermWords.of(labels);
        this.kinds = kinds;
        this.citation = citation;
    }

    /** Reads {@code dataset}'s default graph and attaches the text index and the full DESCRIBE to its context. */
    public static ReadModel attachTo(DatasetGraph dataset) {
        ReadModel model = dataset.calculateRead(() -> {
            Graph graph = dataset.getDefaultGraph();
            LabelIndex labels = LabelIndex.of(graph);
            LabelTextIndex.attach(dataset, LabelTextIndex.of(graph));
            return new ReadModel(dataset, labels, KindIndex.of(dataset), ReportCitation.of(graph, labels));
        });
        FullDescribeHandler.enable(dataset);
        return model;
    }

    public DatasetGraph dataset() {
        return dataset;
    }

    public LabelIndex labels() {
        return labels;
    }

    public TermWords words() {
        return words;
    }

    public KindIndex kinds() {
        return kinds;
    }

    public ReportCitation citation() {
        return citation;
    }

    /** {@code reading} applied to the served graph inside a read transaction. */
    public <T> T read(Function<GraphReader, T> reading) {
        return dataset.calculateRead(() -> reading.apply(new GraphReader(dataset.getDefaultGraph())));
    }

    /** The description of {@code resource} (for the ontology: the whole ontology, too) as a graph of its own. */
    public Graph description(Node resource) {
        return dataset.calculateRead(() -> {
            Graph served = dataset.getDefaultGraph();
            Graph description = ResourceDescription.of(served, resource).asGraph();
            if (resource.equals(OntologyTerms.ONTOLOGY)) OntologyTerms.graph(served).find().forEachRemaining(description::add);
            return description;
        });
    }
}
