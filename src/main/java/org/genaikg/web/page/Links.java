package org.genaikg.web.page;

import java.util.Optional;
import org.apache.jena.graph.Node;
import org.genaikg.dataset.LabelIndex;
import org.genaikg.dataset.OntologyTerms;
import org.genaikg.dataset.TermWords;
import org.genaikg.vocab.Namespaces;
import org.genaikg.web.html.Url;

/**
 * Where a resource's page is on this server: {@code https://w3id.org/genai-kg/X} is served at {@code /X}, and the
 * standard-vocabulary terms the ontology declares are anchors of {@code /ontology}.
 */
public final class Links {
    static final String ONTOLOGY_PATH = "/ontology";

    private final LabelIndex labels;

    public Links(LabelIndex labels) {
        this.labels = labels;
    }

    /** The local page of {@code node}; empty when this server has none (an outside IRI, a literal). */
    public Optional<Url> page(Node node) {
        if (!node.isURI()) return Optional.empty();
        Optional<Url> own = ownPage(node);
        if (own.isPresent()) return own;
        if (labels.isKnown(node) && OntologyTerms.isDeclaredTerm(labels, node)) {
            return Optional.of(Url.local(ONTOLOGY_PATH + "#" + anchor(node)));
        }
        return Optional.empty();
    }

    /** The page of one of the graph's own IRIs ({@code https://w3id.org/genai-kg/…}); empty for any other IRI. */
    public static Optional<Url> ownPage(Node node) {
        if (!node.isURI() || !node.getURI().startsWith(Namespaces.BASE)) return Optional.empty();
        return Url.of("/" + node.getURI().substring(Namespaces.BASE.length()));
    }

    /** The anchor of a term on the ontology page: the local name for genai-kg terms, the prefixed name otherwise. */
    static String anchor(Node term) {
        String iri = term.getURI();
        if (iri.startsWith(Namespaces.GKG)) return iri.substring(Namespaces.GKG.length());
        return TermWords.shortName(term);
    }

    /** The IRI a local path stands for: {@code /resource/x} is {@code https://w3id.org/genai-kg/resource/x}. */
    static String iriOf(String path) {
        return Namespaces.BASE + (path.startsWith("/") ? path.substring(1) : path);
    }
}
