package org.genaikg.vocab;

import org.apache.jena.shared.PrefixMapping;

/** The namespaces of genai-kg and of the standard vocabularies it reuses, with the prefixes every output uses. */
public final class Namespaces {
    public static final String BASE = "https://w3id.org/genai-kg/";
    public static final String GKG = BASE + "ontology#";
    public static final String ONTOLOGY = BASE + "ontology";
    public static final String RES = BASE + "resource/";
    public static final String SHAPES = BASE + "shapes#";

    public static final String ORG = "http://www.w3.org/ns/org#";
    public static final String SCHEMA = "https://schema.org/";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String DCTERMS = "http://purl.org/dc/terms/";
    public static final String QB = "http://purl.org/linked-data/cube#";
    public static final String SDMX_ATTRIBUTE = "http://purl.org/linked-data/sdmx/2009/attribute#";
    public static final String SDMX_MEASURE = "http://purl.org/linked-data/sdmx/2009/measure#";
    public static final String ELI = "http://data.europa.eu/eli/ontology#";
    public static final String DCAT = "http://www.w3.org/ns/dcat#";
    public static final String VOID = "http://rdfs.org/ns/void#";
    public static final String FOAF = "http://xmlns.com/foaf/0.1/";
    public static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
    public static final String OWL = "http://www.w3.org/2002/07/owl#";
    public static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    public static final String SH = "http://www.w3.org/ns/shacl#";

    private static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
            .setNsPrefix("gkg", GKG)
            .setNsPrefix("res", RES)
            .setNsPrefixes(ResourcePrefixes.NAMESPACES)
            .setNsPrefix("org", ORG)
            .setNsPrefix("schema", SCHEMA)
            .setNsPrefix("skos", SKOS)
            .setNsPrefix("prov", PROV)
            .setNsPrefix("dcterms", DCTERMS)
            .setNsPrefix("qb", QB)
            .setNsPrefix("sdmx-attribute", SDMX_ATTRIBUTE)
            .setNsPrefix("sdmx-measure", SDMX_MEASURE)
            .setNsPrefix("eli", ELI)
            .setNsPrefix("dcat", DCAT)
            .setNsPrefix("void", VOID)
            .setNsPrefix("foaf", FOAF)
            .setNsPrefix("rdf", RDF)
            .setNsPrefix("rdfs", RDFS)
            .setNsPrefix("owl", OWL)
            .setNsPrefix("xsd", XSD)
            .lock();

    /** The text index's namespace: predeclared for queries, not used by the graph itself. */
    public static final String TEXT = "http://jena.apache.org/text#";
    private static final PrefixMapping QUERY_PREFIXES = PrefixMapping.Factory.create()
            .setNsPrefixes(PREFIXES).setNsPrefix("text", TEXT).lock();

    private Namespaces() {}

    /**
     * The prefixes every query may use without declaring them, on the endpoint and in the query command alike: the
     * graph's own and {@code text:} for the full-text search.
     */
    public static PrefixMapping queryPrefixes() {
        return QUERY_PREFIXES;
    }

    /** The prefixes used by every dump, the served graph and the query command. */
    public static PrefixMapping prefixes() {
        return PREFIXES;
    }

    /** The same prefixes as a SPARQL prologue, for queries written without them. */
    public static String sparqlPrologue() {
        StringBuilder sb = new StringBuilder();
        PREFIXES.getNsPrefixMap().forEach((p, ns) -> sb.append("PREFIX ").append(p).append(": <").append(ns).append(">\n"));
        return sb.toString();
    }
}
