package org.genaikg.publish;

import org.apache.jena.vocabulary.RDF;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.PrefixMapping;

/**
 * Writes sorted triples as compacted JSON-LD 1.1: one {@code @context} with the project's prefixes, then one node
 * object per subject in {@code @graph}. Streamed with Jackson in one pass, because Jena's JSON-LD 1.1 writer
 * compacts the whole graph in memory and grows far faster than the graph.
 */
final class JsonLdDump {
    private JsonLdDump() {}

    static void write(List<Triple> sorted, PrefixMapping prefixes, OutputStream out) throws IOException {
        try (JsonGenerator json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            json.setPrettyPrinter(new DefaultPrettyPrinter());
            json.writeStartObject();
            json.writeObjectFieldStart("@context");
            for (Map.Entry<String, String> e : new java.util.TreeMap<>(prefixes.getNsPrefixMap()).entrySet()) {
                json.writeStringField(e.getKey(), e.getValue());
            }
            json.writeEndObject();
            json.writeArrayFieldStart("@graph");
            int i = 0;
            while (i < sorted.size()) {
                Node subject = sorted.get(i).getSubject();
                json.writeStartObject();
                json.writeStringField("@id", compact(subject.getURI(), prefixes));
                while (i < sorted.size() && sorted.get(i).getSubject().equals(subject)) {
                    Node predicate = sorted.get(i).getPredicate();
                    boolean type = predicate.equals(RDF.Nodes.type);
                    json.writeArrayFieldStart(type ? "@type" : compact(predicate.getURI(), prefixes));
                    while (i < sorted.size() && sorted.get(i).getSubject().equals(subject)
                            && sorted.get(i).getPredicate().equals(predicate)) {
                        Node o = sorted.get(i++).getObject();
                        if (type) json.writeString(compact(o.getURI(), prefixes));
                        else value(json, o, prefixes);
                    }
                    json.writeEndArray();
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeRaw('\n');
        }
    }

    private static void value(JsonGenerator json, Node o, PrefixMapping prefixes) throws IOException {
        json.writeStartObject();
        if (o.isURI()) {
            json.writeStringField("@id", compact(o.getURI(), prefixes));
        } else {
            json.writeStringField("@value", o.getLiteralLexicalForm());
            String lang = o.getLiteralLanguage();
            if (lang != null && !lang.isEmpty()) {
                json.writeStringField("@language", lang);
            } else if (!o.getLiteralDatatypeURI().equals(XSDDatatype.XSDstring.getURI())) {
                json.writeStringField("@type", compact(o.getLiteralDatatypeURI(), prefixes));
            }
        }
        json.writeEndObject();
    }

    /** A compact IRI where a prefix fits and the rest is safe to expand back, else the full IRI. */
    static String compact(String iri, PrefixMapping prefixes) {
        String shortForm = prefixes.shortForm(iri);
        if (shortForm.equals(iri)) return iri;
        String local = shortForm.substring(shortForm.indexOf(':') + 1);
        return local.startsWith("//") ? iri : shortForm;
    }
}
