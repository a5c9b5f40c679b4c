package org.genaikg.web;

import jakarta.servlet.http.HttpServlet;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Browsing the served graph: a page and an RDF description per resource, the ontology's page, search, SPARQL
 * text search and DESCRIBE with the same description. Everything it knows is read from the served dataset once,
 * when the server starts (the graph does not change while served), never from a request.
 */
public final class BrowseSite {
    private final DatasetGraph dataset;
    private final LabelIndex labels;
    private final TermWords words;
    private final ValueView values;
    private final SearchIndex search;
    private final ResourcePage resourcePage;
    private final String ontologyPage;

    private BrowseSite(DatasetGraph dataset, LabelIndex labels, TermWords words, SearchIndex search,
                       ResourcePage resourcePage, String ontologyPage) {
        this.dataset = dataset;
        this.labels = labels;
        this.words = words;
        this.values = new ValueView(labels, new Links(labels));
        this.search = search;
        this.resourcePage = resourcePage;
        this.ontologyPage = ontologyPage;
    }

    /**
     * Reads {@code dataset}'s default graph and extends the dataset through its context: {@code text:query} gets
     * a Lucene index of the names, and DESCRIBE answers with the full description.
     */
    public static BrowseSite attachTo(DatasetGraph dataset) {
        return dataset.calculateRead(() -> {
            Graph graph = dataset.getDefaultGraph();
            LabelIndex labels = LabelIndex.of(graph);
            TermWords words = TermWords.of(labels);
            Links links = new Links(labels);
            LabelTextIndex.attach(dataset, LabelTextIndex.of(graph));
            FullDescribeHandler.enable(dataset);
            String ontology = new OntologyPage(labels, words, links).render(graph);
            return new BrowseSite(dataset, labels, words, SearchIndex.of(graph, labels),
                    new ResourcePage(labels, words, links), ontology);
        });
    }

    /** The servlets to register, by path: resource pages, the ontology, the data set, search. */
    public Map<String, HttpServlet> servlets() {
        ResourceServlet resources = new ResourceServlet(this);
        Map<String, HttpServlet> servlets = new LinkedHashMap<>();
        servlets.put("/resource/*", resources);
        for (String path : new String[] {"/ontology", "/dataset"}) {
            servlets.put(path, resources);
            for (DocumentFormat f : DocumentFormat.values()) servlets.put(path + f.suffix, resources);
        }
        servlets.put("/search", new SearchServlet(this));
        return servlets;
    }

    LabelIndex labels() {
        return labels;
    }

    /** How values are shown on pages: links to resources' pages under their names. */
    ValueView values() {
        return values;
    }

    TermWords words() {
        return words;
    }

    SearchIndex search() {
        return search;
    }

    /** The description of {@code resource} (for the ontology: the whole ontology, too) as a graph of its own. */
    Graph description(Node resource) {
        return dataset.calculateRead(() -> {
            Graph served = dataset.getDefaultGraph();
            Graph description = ResourceDescription.of(served, resource).asGraph();
            if (resource.equals(OntologyTerms.ONTOLOGY)) OntologyTerms.graph(served).find().forEachRemaining(description::add);
            return description;
        });
    }

    String page(Node resource, String path) {
        if (resource.equals(OntologyTerms.ONTOLOGY)) return ontologyPage;
        return dataset.calculateRead(() -> {
            Graph graph = dataset.getDefaultGraph();
            return resourcePage.render(ResourceDescription.of(graph, resource), graph, path);
        });
    }
}
