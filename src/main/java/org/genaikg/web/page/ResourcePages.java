package org.genaikg.web.page;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.genaikg.dataset.OntologyTerms;
import org.genaikg.dataset.ReadModel;
import org.genaikg.dataset.ResourceDescription;
import org.genaikg.web.html.Html;
import org.genaikg.web.html.Layout;

/**
 * The page of every resource of the served graph and of the ontology. The ontology's page is written once, when
 * the server starts (the graph does not change while served); a resource's page when it is asked for.
 */
public final class ResourcePages {
    private final ReadModel model;
    private final ResourcePage resourcePage;
    private final Html ontologyPage;

    public ResourcePages(ReadModel model, Layout layout) {
        this.model = model;
        Links links = new Links(model.labels());
        this.resourcePage = new ResourcePage(model.labels(), model.words(), links, layout);
        this.ontologyPage = model.read(read ->
                new OntologyPage(model.labels(), model.words(), links, layout).render(read.graph()));
    }

    ReadModel model() {
        return model;
    }

    Html page(Node resource, String path) {
        if (resource.equals(OntologyTerms.ONTOLOGY)) return ontologyPage;
        return model.read(read -> resourcePage.render(ResourceDescription.of(read.graph(), resource), read.graph(), path));
    }

    Graph description(Node resource) {
        return model.description(resource);
    }
}
