package org.genaikg.web;

import java.util.List;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.riot.RDFFormat;

/** The forms a resource is served in: its page, or its description in one of four RDF syntaxes. */
enum DocumentFormat {
    HTML("text/html", ".html", null),
    TURTLE("text/turtle", ".ttl", RDFFormat.TURTLE_PRETTY),
    NTRIPLES("application/n-triples", ".nt", RDFFormat.NTRIPLES_UTF8),
    JSONLD("application/ld+json", ".jsonld", RDFFormat.JSONLD11_PRETTY),
    RDFXML("application/rdf+xml", ".rdf", RDFFormat.RDFXML_PLAIN);

    final String mediaType;
    final String suffix;
    final RDFFormat rdf;

    DocumentFormat(String mediaType, String suffix, RDFFormat rdf) {
        this.mediaType = mediaType;
        this.suffix = suffix;
        this.rdf = rdf;
    }

    /** What content negotiation offers, the page first: a browser's {@code * / *} gets the page. */
    static final AcceptList OFFER = AcceptList.create("text/html", "text/turtle", "application/n-triples",
            "application/ld+json", "application/rdf+xml", "application/json", "application/xhtml+xml");

    static DocumentFormat ofMediaType(String type) {
        for (DocumentFormat f : values()) if (f.mediaType.equals(type)) return f;
        if (type.equals("application/json")) return JSONLD;
        return HTML;
    }

    /** The format named by the end of a path ({@code .ttl} …), or {@code null}. */
    static DocumentFormat ofSuffix(String path) {
        for (DocumentFormat f : values()) if (path.endsWith(f.suffix)) return f;
        return null;
    }

    static List<DocumentFormat> rdfFormats() {
        return List.of(TURTLE, JSONLD, NTRIPLES, RDFXML);
    }
}
