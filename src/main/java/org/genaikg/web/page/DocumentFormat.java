package org.genaikg.web.page;

import java.util.List;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.WebContent;

/**
 * The forms a resource is served in: its page, or its description in one of four RDF syntaxes. Media types and
 * file suffixes are Jena's own ({@link Lang}); only the choice of syntaxes and of their pretty form is made here.
 */
enum DocumentFormat {
    HTML(null, null),
    TURTLE(Lang.TURTLE, RDFFormat.TURTLE_PRETTY),
    NTRIPLES(Lang.NTRIPLES, RDFFormat.NTRIPLES_UTF8),
    JSONLD(Lang.JSONLD, RDFFormat.JSONLD11_PRETTY),
    RDFXML(Lang.RDFXML, RDFFormat.RDFXML_PLAIN);

    private final Lang lang;
    final RDFFormat rdf;

    DocumentFormat(Lang lang, RDFFormat rdf) {
        this.lang = lang;
        this.rdf = rdf;
    }

    String mediaType() {
        return lang == null ? WebContent.contentTypeHTML : lang.getContentType().getContentTypeStr();
    }

    /** {@code .ttl}, {@code .nt}, {@code .jsonld}, {@code .rdf}, {@code .html}: the first file extension Jena gives. */
    String suffix() {
        return "." + (lang == null ? "html" : lang.getFileExtensions().get(0));
    }

    String label() {
        return lang.getLabel();
    }

    /** What content negotiation offers, the page first: a browser's {@code * / *} gets the page. */
    static final AcceptList OFFER = AcceptList.create(WebContent.contentTypeHTML, WebContent.contentTypeTurtle,
            WebContent.contentTypeNTriples, WebContent.contentTypeJSONLD, WebContent.contentTypeRDFXML,
            WebContent.contentTypeJSON, "application/xhtml+xml");

    static DocumentFormat ofMediaType(String type) {
        for (DocumentFormat f : values()) if (f.mediaType().equals(type)) return f;
        if (type.equals(WebContent.contentTypeJSON)) return JSONLD;
        return HTML;
    }

    /** The format named by the end of a path ({@code .ttl} …), or {@code null}. */
    static DocumentFormat ofSuffix(String path) {
        for (DocumentFormat f : values()) if (path.endsWith(f.suffix())) return f;
        return null;
    }

    static List<DocumentFormat> rdfFormats() {
        return List.of(TURTLE, JSONLD, NTRIPLES, RDFXML);
    }
}
