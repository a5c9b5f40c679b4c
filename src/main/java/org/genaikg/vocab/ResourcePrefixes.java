package org.genaikg.vocab;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One SPARQL/Turtle prefix per kind of resource ({@code policy:eu-ai-act}), because {@code res:policy/eu-ai-act}
 * is not a valid prefixed name. Names that common vocabularies already use are avoided: {@code organization:}
 * (W3C ORG is {@code org:}), {@code evt:} (the Event Ontology is {@code event:}), {@code uom:} (QUDT is
 * {@code unit:}). Observations and codes have two-level paths and keep their full IRIs.
 */
public final class ResourcePrefixes {
    private ResourcePrefixes() {}

    /** Prefix → namespace, in the order they are listed to users. */
    public static final Map<String, String> NAMESPACES = build();

    private static Map<String, String> build() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("place", Namespaces.RES + "place/");
        m.put("agency", Namespaces.RES + "agency/");
        m.put("organization", Namespaces.RES + "organization/");
        m.put("person", Namespaces.RES + "person/");
        m.put("policy", Namespaces.RES + "policy/");
        m.put("model", Namespaces.RES + "model/");
        m.put("scenario", Namespaces.RES + "scenario/");
        m.put("term", Namespaces.RES + "term/");
        m.put("evt", Namespaces.RES + "event/");
        m.put("figure", Namespaces.RES + "figure/");
        m.put("uom", Namespaces.RES + "unit/");
        m.put("report", Namespaces.RES + "report/");
        m.put("source", Namespaces.RES + "source/");
        m.put("dataset", Namespaces.RES + "dataset/");
        m.put("measure", Namespaces.RES + "measure/");
        m.put("dimension", Namespaces.RES + "dimension/");
        m.put("codelist", Namespaces.RES + "codelist/");
        return Collections.unmodifiableMap(m);
    }
}
