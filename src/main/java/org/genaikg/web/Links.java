package org.genaikg.web;

import org.apache.jena.graph.Node;
import org.genaikg.vocab.Namespaces;

/**
 * Where a resource's page is on this server: {@code https://w3id.org/genai-kg/X} is served at {@code /X}, and the
 * standard-vocabulary terms the ontology declares are anchors of {@code /ontology}.
 */
final class Links {
    static final String ONTOLOGY_PATH = "/ontology";

    private final LabelIndex labels;

    Links(LabelIndex labels) {
        this.labels = labels;
    }

    /** The local page of {@code node}, or {@code null} when this server has none (an outside IRI, a literal). */
    String page(Node node) {
        if (!node.isURI()) return null;
        String iri = node.getURI();
        if (iri.startsWith(Namespaces.BASE)) return "/" + iri.substring(Namespaces.BASE.length());
        if (labels.isKnown(node) && OntologyTerms.isDeclaredTerm(labels, node)) {
            return ONTOLOGY_PATH + "#" + anchor(node);
        }
        return null;
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

    static String editor(String query) {
        return Layout.editorHref(query);
    }

    /** Whether an outside link may be shown as a link: only http and https, never {@code javascript:} and kin. */
    static boolean isWebUrl(String url) {
        String u = url.trim().toLowerCase(java.util.Locale.ROOT);
        return u.startsWith("https://") || u.startsWith("http://");
    }
}
